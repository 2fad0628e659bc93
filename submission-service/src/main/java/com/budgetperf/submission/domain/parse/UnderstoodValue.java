package com.budgetperf.submission.domain.parse;

import java.util.ArrayList;
import java.util.List;

import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.IndicatorValue;
import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * An indicator's 指标值 as the platform understood it, at its JSON pointer in the document; {@code deadline} is the
 * date a deadline value names, in the document's fiscal year unless the text names another (ISO, "2026-06-30").
 */
public record UnderstoodValue(String path, String name, ParsedValue value, String deadline) {

    private static final IndicatorValueParser PARSER = new IndicatorValueParser();

    /** Every non-blank indicator row of the document, department-wide first, then project by project. */
    public static List<UnderstoodValue> of(TargetDocument document, int fiscalYear) {
        List<UnderstoodValue> values = new ArrayList<>();
        add(values, "/departmentIndicators", document.departmentIndicators(), fiscalYear);
        for (int i = 0; i < document.projects().size(); i++) {
            add(values, "/projects/" + i + "/indicators", document.projects().get(i).indicators(), fiscalYear);
        }
        return values;
    }

    public static ParsedValue parse(IndicatorValue value) {
        if (value == null) {
            return PARSER.parse("");
        }
        return value.isSplit() ? PARSER.parse(value.symbol(), value.number(), value.unit())
                : PARSER.parse(value.raw() == null ? "" : value.raw());
    }

    private static void add(List<UnderstoodValue> values, String at, List<Indicator> rows, int fiscalYear) {
        for (int j = 0; j < rows.size(); j++) {
            Indicator row = rows.get(j);
            if (row != null && !row.isBlank()) {
                ParsedValue value = parse(row.value());
                String deadline = value.deadline() == null ? null : value.deadline().in(fiscalYear).toString();
                values.add(new UnderstoodValue(at + "/" + j + "/value", row.name(), value, deadline));
            }
        }
    }
}
