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
 * @param operator the comparison, only for {@link ValueKind#QUANTITATIVE}
 * @param number   the target number, exact, only for {@link ValueKind#QUANTITATIVE}
 * @param unit     the normalised unit ("%", "万元", "人"…), may be null
 * @param raw      exactly what was written; for the split 符号/值/单位 layout the three cells joined by '|'
 * @param text     the cleaned text (Word leftovers removed, full width normalised, spaces collapsed)
 * @param flags    observations about how it was written
 */
public record ParsedValue(ValueKind kind, ComparisonOperator operator, BigDecimal number, String unit,
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

    public boolean has(ValueFlag flag) {
        return flags.contains(flag);
    }

    public boolean isQuantitative() {
        return kind == ValueKind.QUANTITATIVE;
    }
}
