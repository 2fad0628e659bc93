package com.budgetperf.report.domain.cube;

/**
 * A whitelisted dimension: name, Chinese label, type and the grain it needs ({@link Grain#SUBMISSION}
 * dimensions exist at every grain). {@code fdpType} is the Fiscal Data Package dimension type.
 */
public record Dimension(String name, String label, ValueType type, Grain grain, String fdpType) {

    public boolean availableAt(Grain other) {
        return grain == Grain.SUBMISSION || grain == other || grain == Grain.PROJECT && other == Grain.INDICATOR;
    }
}
