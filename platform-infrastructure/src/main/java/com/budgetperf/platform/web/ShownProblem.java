package com.budgetperf.platform.web;

import java.util.List;

import com.budgetperf.platform.problem.Problem;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.RegionNotCoveredException;

import io.quarkus.security.ForbiddenException;

/**
 * A refused action as a web page ({@code /ui}) shows it: the problem's HTTP status, Chinese title, detail and field
 * messages, the same words the API answers as problem+json. Each service's page model registers it for its
 * type-safe templates ({@code @TemplateData(target = ShownProblem.class)}).
 */
public record ShownProblem(int status, String title, String detail, List<String> violations) {

    /** A problem of the page itself (a form field it checked), status 422. */
    public static ShownProblem invalid(String violation) {
        return new ShownProblem(422, "提交的数据未通过校验", "", List.of(violation));
    }

    /**
     * What the page says about a refused action.
     *
     * @throws RuntimeException {@code e} itself when it is not a refusal (a bug or an outage: the 500 of the platform)
     */
    public static ShownProblem of(RuntimeException e) {
        if (e instanceof ProblemException problemException) {
            Problem problem = problemException.problem();
            List<String> violations = problem.violations() == null ? List.of()
                    : problem.violations().stream().map(Problem.Violation::message).toList();
            return new ShownProblem(problem.status(), problem.title(), problem.detail() == null ? "" : problem.detail(),
                    violations);
        }
        if (e instanceof RegionNotCoveredException region) {
            return new ShownProblem(403, "无权访问该行政区划的数据", region.regionCode() == null
                    ? "您的账号没有行政区划（region）信息" : "行政区划 " + region.regionCode() + " 不在您的权限范围内", List.of());
        }
        if (e instanceof ForbiddenException) {
            return new ShownProblem(403, "没有权限", "您的角色无权执行此操作", List.of());
        }
        if (e instanceof IllegalArgumentException) {
            return new ShownProblem(422, "提交的数据未通过校验", e.getMessage() == null ? "" : e.getMessage(), List.of());
        }
        throw e;
    }
}
