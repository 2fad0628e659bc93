package com.budgetperf.platform.events;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and writes envelopes, and maps {@code data} to a consumer's own event schema. */
@ApplicationScoped
public class CloudEventCodec {

    private final ObjectMapper objectMapper;

    public CloudEventCodec(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String write(CloudEvent event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.id() + " cannot be serialised", e);
        }
    }

    /** @throws MalformedEventException when the text is not a CloudEvents 1.0 JSON envelope */
    public CloudEvent read(String json) {
        try {
            CloudEvent event = objectMapper.readValue(json, CloudEvent.class);
            if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
                throw new MalformedEventException("unsupported specversion " + event.specversion());
            }
            return event;
        } catch (IOException | NullPointerException e) {
            throw new MalformedEventException("not a CloudEvents 1.0 JSON envelope: " + e.getMessage(), e);
        }
    }

    public <T> T data(CloudEvent event, Class<T> schema) {
        try {
            return objectMapper.treeToValue(event.data(), schema);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(
                    "data of " + event.type() + " " + event.id() + " does not match " + schema.getSimpleName(), e);
        }
    }

    public JsonNode toTree(Object data) {
        return objectMapper.valueToTree(data);
    }
}
