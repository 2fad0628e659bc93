package com.budgetperf.report.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

import com.budgetperf.report.domain.cube.CubeModel;
import com.budgetperf.report.domain.cube.Grain;

/** Every name of the whitelist has its SQL, and a measure has SQL exactly at the grains the model says it exists at. */
class CubeSnippetsTests {

    @Test
    void everyWhitelistedNameHasItsSqlAndNoMore() {
        CubeModel.MEASURES.values().forEach(measure -> {
            for (Grain grain : Grain.values()) {
                assertEquals(measure.availableAt(grain), CubeSnippets.measure(measure, grain).isPresent(),
                        measure.name() + " at " + grain);
            }
        });
        CubeModel.DIMENSIONS.values().forEach(dimension -> assertNotNull(CubeSnippets.dimension(dimension), dimension.name()));
        CubeModel.FACT_COLUMNS.forEach((grain, columns) -> columns.forEach(column ->
                assertNotNull(CubeSnippets.fact(grain, column), grain + " " + column.key())));
        for (Grain grain : Grain.values()) {
            assertNotNull(CubeSnippets.from(grain), grain.name());
        }
    }
}
