package com.budgetperf.review;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.PublishedContract;

import io.quarkus.test.junit.QuarkusTest;

/** The served OpenAPI document is the committed contract docs/api/review-service.yaml (exported, linted, no drift). */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void servedDocumentIsTheCommittedContract() {
        PublishedContract.of("review-service").assertServedDocumentIsCommitted();
    }
}
