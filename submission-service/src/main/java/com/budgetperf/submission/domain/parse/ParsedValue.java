package com.budgetperf.submission.domain.parse;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A 指标值 as written ({@code raw}) and as understood.
 *
 * @param kind     what sort of value it is
 * @param operator the comparison, only for {@link ValueKind#QUANTITATIVE}; {@link ComparisonOperator#BETWEEN} for a
 *                 range ("90%-95%", "≥95%且≤100%")
 * @param number   the target number, exact, only for {@link ValueKind#QUANTITATIVE}; the lower bound of a range
 * @param upper    the upper bound of a range, else null
 * @param unit     the normalised unit ("%", "万元", "人"…), may be null
 * @param unitKind what the unit measures (count, money, share, time …); null without a unit or for an unknown one
 * @param change   for a change against a base ("较上年增长10%"), else null
 * @param deadline for a {@link ValueKind#DEADLINE} that names a date ("2026年6月底", "上半年"), else null
 * @param raw      exactly what was written; for the split 符号/值/单位 layout the three cells joined by '|'
 * @param text     the cleaned text (Word leftovers removed, full width normalised, spaces collapsed)
 * @param flags    observations about how it was written
 */
public record ParsedValue(ValueKind kind, ComparisonOperator operator, BigDecimal number, BigDecimal upper,
                          String unit, UnitKind unitKind, RelativeChange change, Deadline deadline,
                          String raw, String text, Set<ValueFlag> flags) {

    public ParsedValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(text, "text");
        EnumSet<ValueFlag> copy = EnumSet.noneOf(ValueFlag.class);
        if (flags != null) {
            copy.addAll(flags);
        }
        flags = Collections.unmodifiableSet(copy);
    }

    /** A value without a number: qualitative, empty, classified, unreadable or a deadline. */
    static ParsedValue of(ValueKind kind, Deadline deadline, String raw, String text, Set<ValueFlag> flags) {
        return new ParsedValue(kind, null, null, null, null, null, null, deadline, raw, text, flags);
    }

    /** The same understanding with another raw text and flags (the split layout keeps its three cells). */
    ParsedValue withRaw(String newRaw, Set<ValueFlag> newFlags) {
        return new ParsedValue(kind, operator, number, upper, unit, unitKind, change, deadline, newRaw, text, newFlags);
    }

    public boolean has(ValueFlag flag) {
        return flags.contains(flag);
    }

    public boolean isQuantitative() {
        return kind == ValueKind.QUANTITATIVE;
    }

    public boolean isRange() {
        return operator == ComparisonOperator.BETWEEN;
    }
}
