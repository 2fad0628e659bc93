package com.budgetperf.catalog;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.PublishedContract;

import io.quarkus.test.junit.QuarkusTest;

/** The served OpenAPI document is the committed contract docs/api/catalog-service.yaml (exported, linted, no drift). */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void servedDocumentIsTheCommittedContract() {
        PublishedContract.of("catalog-service").assertServedDocumentIsCommitted();
    }
}
