package com.budgetperf.submission.domain.review.rules;

import java.util.Set;
import java.util.stream.Collectors;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** Every project needs indicators under each required 一级 (产出, 效益, 满意度). */
public final class MissingLevel1 extends NamedRule {

    public MissingLevel1() {
        super("MISSING_LEVEL1", Severity.ERROR, "缺少一级指标");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        for (ReviewContext.LocatedProject project : context.projects()) {
            Set<String> present = context.filledIndicatorsOf(project.project()).stream()
                    .map(ReviewContext.LocatedIndicator::level1)
                    .collect(Collectors.toSet());
            for (String required : context.ruleSet().words("requiredLevel1")) {
                if (!present.contains(required)) {
                    findings.report(project.pointer() + "/indicators", "项目" + quoted(project.project().displayName())
                            + "缺少一级指标" + quoted(required) + "，请至少设置一个该类指标");
                }
            }
        }
    }
}
