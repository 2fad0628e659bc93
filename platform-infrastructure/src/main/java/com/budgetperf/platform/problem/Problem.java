package com.budgetperf.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail with the platform's extensions (docs/architecture.md §5): {@code code} for programs,
 * {@code violations} with a JSON pointer per field for people fixing their input. Titles and messages
 * are Chinese, written for a county clerk.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem("urn:budgetperf:problem:" + code, title, status, detail, null, code, List.of());
    }

    /**
     * The one 422 answer to input that did not pass validation ({@code VALIDATION_FAILED}): one violation per
     * field, each with the JSON pointer (or the cell) of the field and a Chinese message.
     */
    public static Problem validationFailed(List<Violation> violations) {
        return of(422, "VALIDATION_FAILED", "提交的数据未通过校验", "请按字段提示修改后重新提交").withViolations(violations);
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, instance, code, List.copyOf(list));
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, code, violations);
    }
}
