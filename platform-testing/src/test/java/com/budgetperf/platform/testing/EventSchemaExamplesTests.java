package com.budgetperf.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EventSchemaExamplesTests {

    @Test
    void everyEventTypeHasASchemaAndAValidExample() {
        List<String> types = EventSchemas.types();
        assertEquals(15, types.size(), types.toString());
        for (String type : types) {
            assertTrue(EventSchemas.problems(EventSchemas.example(type)).isEmpty(), type);
        }
    }

    @Test
    void aDriftedEventIsRefused() {
        String returned = EventSchemas.example("budget.review.returned.v1");
        assertFalse(EventSchemas.problems(returned.replace("\"submissionVersion\": 1", "\"submissionVersion\": \"1\""))
                .isEmpty(), "a number written as text");
        assertFalse(EventSchemas.problems(returned.replace("\"decidedAt\"", "\"decidedOn\"")).isEmpty(),
                "a renamed field");
        assertFalse(EventSchemas.problems(returned.replace("/budget/review-service", "/budget/report-service"))
                .isEmpty(), "another source");
        assertFalse(EventSchemas.problems(returned.replace("2026-03-03T08:00:00Z", "yesterday")).isEmpty(),
                "a time that is not RFC 3339");
        assertEquals(List.of("no schema of record for event type 'budget.review.unknown.v1' in docs/events"),
                EventSchemas.problems(returned.replace("budget.review.returned.v1", "budget.review.unknown.v1")));
    }
}
