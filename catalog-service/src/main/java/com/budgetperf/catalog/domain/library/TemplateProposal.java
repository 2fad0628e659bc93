package com.budgetperf.catalog.domain.library;

import java.util.ArrayList;
import java.util.List;

import com.budgetperf.catalog.domain.FieldViolation;

/**
 * A standard 三级 indicator a catalog administrator proposes, normalised like the seed import: the name by
 * {@link IndicatorLibraryImport#normalizeName}, levels and texts trimmed, blank unit dropped, lists without
 * duplicates. {@link #violations()} says what stops it from entering the library.
 */
public record TemplateProposal(String name, String level1, String level2, String valueKind, String unit,
        String direction, List<String> aliases, List<String> typicalValues, List<String> policyAreas) {

    public static TemplateProposal normalised(String name, String level1, String level2, String valueKind, String unit,
            String direction, List<String> aliases, List<String> typicalValues, List<String> policyAreas) {
        return new TemplateProposal(IndicatorLibraryImport.normalizeName(name), strip(level1), strip(level2), valueKind,
                unit == null || unit.isBlank() ? null : unit.strip(), direction, distinct(aliases), distinct(typicalValues),
                distinct(policyAreas));
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            violations.add(new FieldViolation("/name", "请填写三级指标名称"));
        }
        if (!CanonicalLevels.isLevel1(level1)) {
            violations.add(new FieldViolation("/level1", "一级指标须为规范名称之一：" + String.join("、", CanonicalLevels.level1s())));
        } else if (!CanonicalLevels.contains(level1, level2)) {
            violations.add(new FieldViolation("/level2", "“" + level1 + "”下的二级指标须为："
                    + String.join("、", CanonicalLevels.LEVELS.get(level1))));
        }
        if (direction != null && !IndicatorLibraryImport.QUANTITATIVE.equals(valueKind)) {
            violations.add(new FieldViolation("/direction", "只有定量指标（quantitative）才有指标方向"));
        }
        return violations;
    }

    /** The template to add: no seed rows, no seed sources. */
    public IndicatorTemplateDraft draft() {
        return new IndicatorTemplateDraft(name, aliases, level1, level2, valueKind, unit, direction, typicalValues, 0,
                policyAreas, List.of());
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static List<String> distinct(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(String::strip).distinct().toList();
    }
}
