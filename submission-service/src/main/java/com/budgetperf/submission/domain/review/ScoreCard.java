package com.budgetperf.submission.domain.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A machine review's score: the total 0-100, its grade, the four 88号 dimensions 0-100 and the score of each
 * project (and of the department-wide part) with the weight it had. See {@link QualityScoring} for the formula.
 */
public record ScoreCard(int total, String grade, Map<QualityDimension, Integer> dimensions, List<PartScore> parts) {

    /**
     * One project ({@code /projects/3}) or the department-wide part ({@code ""}): its score, its four dimensions,
     * its weight (预算数 in 万元, or 1 when the document is combined by mean) and how many rows it was measured on.
     */
    public record PartScore(String pointer, String name, int score, Map<QualityDimension, Integer> dimensions,
            BigDecimal weight, int rows) {
    }

    public ScoreCard {
        dimensions = Map.copyOf(dimensions);
        parts = List.copyOf(parts);
    }
}
