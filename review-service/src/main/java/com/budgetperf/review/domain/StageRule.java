package com.budgetperf.review.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/** A rule from {@code stage_rule}: when it matches a submission, {@link #stage} is required for it. */
public record StageRule(ReviewStage stage, Condition condition, String parameter, String description) {

    public enum Condition {
        /** {@link #parameter} is a regular expression found in some project's text (e.g. a transfer document number) */
        TEXT_MATCHES,
        /** the submission's budget total (万元) is above {@link #parameter} */
        BUDGET_TOTAL_ABOVE,
        /** always required */
        ALWAYS
    }

    public StageRule {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(condition, "condition");
        if (condition == Condition.TEXT_MATCHES) {
            Pattern.compile(Objects.requireNonNull(parameter, "parameter"));
        }
        if (condition == Condition.BUDGET_TOTAL_ABOVE) {
            new BigDecimal(Objects.requireNonNull(parameter, "parameter").strip());
        }
    }

    public boolean matches(SubmissionFacts facts) {
        return switch (condition) {
            case ALWAYS -> true;
            case TEXT_MATCHES -> {
                Pattern pattern = Pattern.compile(parameter);
                yield facts.projectTexts().stream().anyMatch(text -> text != null && pattern.matcher(text).find());
            }
            case BUDGET_TOTAL_ABOVE -> facts.budgetTotal().compareTo(new BigDecimal(parameter.strip())) > 0;
        };
    }
}
