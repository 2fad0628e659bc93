package com.budgetperf.catalog.domain.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.budgetperf.catalog.domain.FieldViolation;

/** Checks a rule set draft; every problem is reported with a JSON pointer into the request. */
public final class RuleSetValidation {

    public static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    public static final Pattern RULE_CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
    public static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO");
    static final int MAX_NAME = 60;
    static final int MAX_WORD = 50;

    private RuleSetValidation() {
    }

    /** A setting as received: {@code enabled} may be missing. */
    public record SettingInput(Boolean enabled, String severity) {
    }

    public static List<FieldViolation> validate(String version, Integer fiscalYear, Map<String, SettingInput> settings,
            Map<String, List<String>> wordLists, Map<String, BigDecimal> thresholds, Map<String, String> synonyms) {
        List<FieldViolation> violations = new ArrayList<>();
        if (version == null || version.isBlank()) {
            violations.add(new FieldViolation("/version", "请填写规则集版本号"));
        } else if (!VERSION.matcher(version).matches() || "active".equals(version)) {
            violations.add(new FieldViolation("/version",
                    "版本号须以字母或数字开头，只能包含字母、数字和 . _ -，最多 40 个字符（不能为 active）"));
        }
        if (fiscalYear == null) {
            violations.add(new FieldViolation("/fiscalYear", "请填写预算年度"));
        } else if (fiscalYear < 2000 || fiscalYear > 2100) {
            violations.add(new FieldViolation("/fiscalYear", "预算年度须在 2000 到 2100 之间"));
        }
        if (settings != null) {
            settings.forEach((code, setting) -> {
                String field = "/settings/" + FieldViolation.segment(code);
                if (!RULE_CODE.matcher(code).matches()) {
                    violations.add(new FieldViolation(field, "规则编码须为大写字母开头的大写字母、数字或下划线，如 VAGUE_WORDS"));
                }
                if (setting == null) {
                    violations.add(new FieldViolation(field, "请填写规则设置 {enabled, severity}"));
                    return;
                }
                if (setting.enabled() == null) {
                    violations.add(new FieldViolation(field + "/enabled", "请填写是否启用（true 或 false）"));
                }
                if (setting.severity() != null && !SEVERITIES.contains(setting.severity())) {
                    violations.add(new FieldViolation(field + "/severity", "严重程度只能是 ERROR、WARNING 或 INFO"));
                }
            });
        }
        if (wordLists != null) {
            wordLists.forEach((name, words) -> {
                String field = "/wordLists/" + FieldViolation.segment(name);
                checkName(name, field, "词表名称", violations);
                if (words == null || words.isEmpty()) {
                    violations.add(new FieldViolation(field, "词表至少需要一个词"));
                    return;
                }
                for (int i = 0; i < words.size(); i++) {
                    String word = words.get(i);
                    if (word == null || word.isBlank()) {
                        violations.add(new FieldViolation(field + "/" + i, "词不能为空"));
                    } else if (word.length() > MAX_WORD) {
                        violations.add(new FieldViolation(field + "/" + i, "每个词最多 " + MAX_WORD + " 个字符"));
                    }
                }
            });
        }
        if (thresholds != null) {
            thresholds.forEach((name, value) -> {
                String field = "/thresholds/" + FieldViolation.segment(name);
                checkName(name, field, "阈值名称", violations);
                if (value == null) {
                    violations.add(new FieldViolation(field, "请填写阈值"));
                } else if (value.signum() < 0) {
                    violations.add(new FieldViolation(field, "阈值不能为负数"));
                }
            });
        }
        if (synonyms != null) {
            synonyms.forEach((written, canonical) -> {
                String field = "/synonyms/" + FieldViolation.segment(written);
                checkName(written, field, "同义词", violations);
                if (canonical == null || canonical.isBlank()) {
                    violations.add(new FieldViolation(field, "请填写规范名称"));
                } else if (canonical.strip().equals(written.strip())) {
                    violations.add(new FieldViolation(field, "同义词不能映射到自身"));
                }
            });
        }
        return violations;
    }

    private static void checkName(String name, String field, String what, List<FieldViolation> violations) {
        if (name.isBlank()) {
            violations.add(new FieldViolation(field, what + "不能为空"));
        } else if (name.length() > MAX_NAME) {
            violations.add(new FieldViolation(field, what + "最多 " + MAX_NAME + " 个字符"));
        }
    }
}
