package com.budgetperf.submission.mapping;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.RuleSet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stored JSON ⇄ domain: documents, findings and rule sets as they are kept in the database. */
@ApplicationScoped
public class DocumentJson {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    private final ObjectMapper objectMapper;

    public DocumentJson(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String write(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public TargetDocument document(String json) {
        return read(json, TargetDocument.class);
    }

    public List<Finding> findings(String json) {
        try {
            return objectMapper.readValue(json, FINDINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored findings are unreadable", e);
        }
    }

    private static final TypeReference<java.util.Map<String, Integer>> SCORES = new TypeReference<>() {
    };

    /** Stored dimension scores ({COMPLETENESS: 92, …}). */
    public java.util.Map<String, Integer> dimensionScores(String json) {
        try {
            return objectMapper.readValue(json, SCORES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored dimension scores are unreadable", e);
        }
    }

    private static final TypeReference<List<com.budgetperf.submission.domain.review.LevelFramework.Level1>> LEVELS =
            new TypeReference<>() {
            };

    /** A framework copy ({@code levels}: the catalog's [{name, synonyms, children: [{name, synonyms}]}]). */
    public com.budgetperf.submission.domain.review.LevelFramework levelFramework(String code, String name,
            String levels) {
        try {
            return new com.budgetperf.submission.domain.review.LevelFramework(code, name,
                    objectMapper.readValue(levels, LEVELS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored framework " + code + " is unreadable", e);
        }
    }

    public RuleSet ruleSet(String json) {
        return read(json, RuleSet.class);
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }
}
