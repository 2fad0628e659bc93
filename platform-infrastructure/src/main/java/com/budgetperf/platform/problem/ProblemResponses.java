package com.budgetperf.platform.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.budgetperf.platform.security.ProvinceOnlyException;
import com.budgetperf.platform.security.RegionNotCoveredException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.ForbiddenException;
import com.budgetperf.platform.input.JsonReadBounds;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every client error into {@code application/problem+json} (RFC 9457). Bad input is refused
 * before any change, with one violation per field, each pointing at the field with a JSON pointer.
 */
public class ProblemResponses {

    @ServerExceptionMapper(priority = 1)
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(jsonPointer(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(Problem.validationFailed(violations), uri);
    }

    /** Quarkus wraps resource-parameter violations in this subtype; its built-in mapper would answer 400. */
    @ServerExceptionMapper(priority = 1)
    public Response resourceViolations(ResteasyReactiveViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream()
                .anyMatch(v -> v.getPropertyPath().toString().contains("<return value>"))) {
            return UnexpectedErrors.answer(e, uri == null ? null : uri.getPath(), null);
        }
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonParseException e, UriInfo uri) {
        return respond(Problem.of(400, "MALFORMED_JSON", "请求内容不是有效的 JSON",
                "第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列附近格式有误"), uri);
    }

    /** A number, string, nesting or document beyond {@code JsonReadBounds}: refused while reading, before any field is set. */
    @ServerExceptionMapper(priority = 1)
    public Response jsonOverLimits(StreamConstraintsException e, UriInfo uri) {
        return respond(Problem.of(400, "JSON_LIMIT_EXCEEDED", "请求内容超出限制",
                "数字最多 " + JsonReadBounds.MAX_NUMBER_LENGTH + " 个字符，嵌套最多 " + JsonReadBounds.MAX_NESTING_DEPTH
                        + " 层，文本最多 " + JsonReadBounds.MAX_STRING_LENGTH + " 个字符"), uri);
    }

    /** Wrong JSON types (a string where a list belongs, text in a number); Quarkus' built-in mapper would answer 400. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unmappableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unmappableJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPointer(e.getPath());
        String message = e.getCause() instanceof StreamConstraintsException
                ? "超出限制：数字最多 " + JsonReadBounds.MAX_NUMBER_LENGTH + " 个字符，文本最多 " + JsonReadBounds.MAX_STRING_LENGTH
                        + " 个字符，嵌套最多 " + JsonReadBounds.MAX_NESTING_DEPTH + " 层"
                : e instanceof InvalidFormatException && e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("数值超出")
                        ? e.getOriginalMessage() : "字段类型或取值格式不正确";
        return respond(Problem.validationFailed(List.of(new Problem.Violation(field, message))), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response regionNotCovered(RegionNotCoveredException e, UriInfo uri) {
        String detail = e.regionCode() == null ? "访问令牌中没有行政区划（region）信息"
                : "行政区划 " + e.regionCode() + " 不在您的权限范围内";
        return respond(Problem.of(403, "REGION_NOT_COVERED", "无权访问该行政区划的数据", detail), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response provinceOnly(ProvinceOnlyException e, UriInfo uri) {
        return respond(Problem.of(403, "PROVINCE_ONLY", "没有权限", e.why()), uri);
    }

    /** A valid token without the role the operation needs (Quarkus security answers 403 with no body). */
    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "ROLE_NOT_ALLOWED", "没有权限", "您的角色无权执行此操作"), uri);
    }

    @ServerExceptionMapper(priority = 10)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof StreamConstraintsException limits) {
            return jsonOverLimits(limits, uri);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return unreadableJson(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unmappableJson(mapping, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedErrors.answer(e, uri == null ? null : uri.getPath(), null);
        }
        if (status < 400 || status == 401) {
            return e.getResponse();
        }
        String title = switch (status) {
            case 403 -> "没有权限";
            case 404 -> "未找到";
            case 405 -> "不支持该请求方法";
            case 406, 415 -> "不支持的内容类型";
            case 413 -> "请求内容过大";
            default -> "请求有误";
        };
        return respond(Problem.of(status, "HTTP_" + status, title, e.getMessage()), uri);
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri == null ? null : uri.getPath()))
                .build();
    }

    /**
     * {@code publish.request.projects[2].budget.total} → {@code /projects/2/budget/total}; a violation of a whole
     * query or path parameter ({@code list.size}) → {@code /size}.
     */
    static String jsonPointer(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(escape(node.getKey().toString()));
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        if (pointer.isEmpty()) {
            return parameter == null ? "/" : "/" + escape(parameter);
        }
        return pointer.toString();
    }

    static String jsonPointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/');
            pointer.append(reference.getFieldName() != null ? escape(reference.getFieldName())
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
