package com.budgetperf.submission.domain.review.rules;

import java.util.Set;
import java.util.stream.Collectors;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** Under 产出指标 a project should state quantity, quality and time (数量, 质量, 时效). */
public final class MissingOutputLevel2 extends NamedRule {

    public MissingOutputLevel2() {
        super("MISSING_OUTPUT_LEVEL2", Severity.WARNING, "产出指标缺少二级指标");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        for (ReviewContext.LocatedProject project : context.projects()) {
            Set<String> present = context.filledIndicatorsOf(project.project()).stream()
                    .filter(row -> "产出指标".equals(row.level1()))
                    .map(ReviewContext.LocatedIndicator::level2)
                    .collect(Collectors.toSet());
            if (present.isEmpty()) {
                continue; // MISSING_LEVEL1 already says that 产出指标 is missing
            }
            for (String required : context.ruleSet().words("requiredOutputLevel2")) {
                if (!present.contains(required)) {
                    findings.report(project.pointer() + "/indicators", "项目" + quoted(project.project().displayName())
                            + "的产出指标缺少" + quoted(required) + "，请补充");
                }
            }
        }
    }
}
