package com.budgetperf.platform.input;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The bounds every service reads request JSON with, before any field is validated: short numbers, shallow
 * nesting, bounded strings and documents, no duplicate keys, and decimals whose magnitude and number of decimals
 * are bounded, so that no later arithmetic scales by an exponent the client chose ({@code 1e100000000} is refused
 * while it is read, before it can reach {@code setScale}, {@code add} or {@code toPlainString}).
 */
@Singleton
public class JsonReadBounds implements ObjectMapperCustomizer {

    /** Characters of one JSON number; 10¹² with 6 decimals needs 20. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Nesting of objects and arrays; the deepest request (a submission's indicator value) needs 7. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Characters of one JSON string; the longest text any request allows is 2,000. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** Characters of one JSON document (the HTTP body limit is {@code quarkus.http.limits.max-body-size}). */
    public static final long MAX_DOCUMENT_LENGTH = 6_000_000L;
    /** Digits before the decimal point, and decimals, a number may have at all (the fields bound them further). */
    public static final int MAX_DECIMAL_DIGITS = 30;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("bounded-decimals")
                .addDeserializer(BigDecimal.class, new BoundedDecimals()));
    }

    /** Whether a decimal's integer digits and decimals are both within {@link #MAX_DECIMAL_DIGITS}. */
    public static boolean bounded(BigDecimal value) {
        return value.scale() <= MAX_DECIMAL_DIGITS && value.precision() - value.scale() <= MAX_DECIMAL_DIGITS;
    }

    /** Jackson's own {@code BigDecimal} reading, then the magnitude check (cheap: precision and scale only). */
    static final class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = super.deserialize(parser, context);
            if (value != null && !bounded(value)) {
                throw InvalidFormatException.from(parser, "数值超出可接受范围（整数部分和小数部分各最多 "
                        + MAX_DECIMAL_DIGITS + " 位）", parser.getText(), BigDecimal.class);
            }
            return value;
        }
    }
}
