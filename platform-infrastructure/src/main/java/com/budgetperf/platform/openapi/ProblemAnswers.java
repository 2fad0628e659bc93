package com.budgetperf.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import com.budgetperf.platform.problem.Problem;

/**
 * Documents every error answer of every service the way {@code ProblemResponses} gives it: an
 * {@code application/problem+json} body ({@code Problem}) with an example for each 4xx answer an operation declares,
 * 401 and 403 on every operation behind a token, and the 400 of unreadable JSON described in Chinese. Runs at build
 * time ({@code mp.openapi.filter}), so the exported contracts in {@code docs/api} carry it. A path with a parameter
 * names a resource, which may not exist or be outside the caller's region: 404 unless the operation says otherwise.
 */
public class ProblemAnswers implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String VIOLATION = "ProblemViolation";
    static final String UNAUTHORIZED = "Unauthorized";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(VIOLATION, violationSchema());
        components.addSchema(PROBLEM, problemSchema());
        components.addResponse(UNAUTHORIZED, OASFactory.createAPIResponse()
                .description("缺少访问令牌，或令牌无效、已过期（无正文，响应头 WWW-Authenticate 说明原因）")
                .addHeader("WWW-Authenticate", OASFactory.createHeader()
                        .description("Bearer 认证质询，例如 Bearer error=\"invalid_token\"")
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING))));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                document(operation, secured(openAPI, operation), path.getKey().contains("{"));
            }
        }
    }

    private static boolean secured(OpenAPI openAPI, Operation operation) {
        List<?> requirements = operation.getSecurity() != null ? operation.getSecurity() : openAPI.getSecurity();
        return requirements != null && !requirements.isEmpty();
    }

    private static void document(Operation operation, boolean secured, boolean namesResource) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        APIResponse badRequest = responses.getAPIResponse("400");
        if (badRequest != null && "Bad Request".equals(badRequest.getDescription())) {
            badRequest.setDescription("请求无法解析（如 JSON 格式有误）");
        }
        if (secured) {
            APIResponse unauthorized = responses.getAPIResponse("401");
            if (unauthorized == null || unauthorized.getRef() == null) {
                responses.addAPIResponse("401", OASFactory.createAPIResponse().ref(UNAUTHORIZED));
            }
            if (!responses.hasAPIResponse("403")) {
                responses.addAPIResponse("403", OASFactory.createAPIResponse()
                        .description("角色无权执行此操作，或数据的行政区划不在令牌 region 范围内"));
            }
        }
        if (namesResource && !responses.hasAPIResponse("404")) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse()
                    .description("路径所指的资源不存在，或不在您的行政区划范围内"));
        }
        for (Map.Entry<String, APIResponse> answer : responses.getAPIResponses().entrySet()) {
            APIResponse response = answer.getValue();
            if (answer.getKey().startsWith("4") && response.getRef() == null && response.getContent() == null) {
                response.setContent(problemContent(Integer.parseInt(answer.getKey())));
            }
        }
    }

    private static Content problemContent(int status) {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        for (Problem example : examples(status)) {
            problem.addExample(example.code(),
                    OASFactory.createExample().summary(example.title()).value(exampleValue(example)));
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }

    /** Answers the platform gives with this status (the codes are those the services throw). */
    static List<Problem> examples(int status) {
        return switch (status) {
            case 400 -> List.of(Problem.of(400, "MALFORMED_JSON", "请求内容不是有效的 JSON", "第 3 行第 17 列附近格式有误"));
            case 403 -> List.of(
                    Problem.of(403, "REGION_NOT_COVERED", "无权访问该行政区划的数据", "行政区划 130606 不在您的权限范围内"),
                    Problem.of(403, "ROLE_NOT_ALLOWED", "没有权限", "您的角色无权执行此操作"));
            case 404 -> List.of(Problem.of(404, "NOT_FOUND", "未找到", "所请求的资源不存在，或不在您的行政区划范围内"));
            case 409 -> List.of(Problem.of(409, "SUBMISSION_LOCKED", "当前状态不能修改", "申报正在审核中，审核结束前不能修改"));
            case 412 -> List.of(Problem.of(412, "VERSION_CONFLICT", "申报已被修改", "If-Match 与当前版本不符，请重新读取后再提交"));
            case 413 -> List.of(Problem.of(413, "FILE_TOO_LARGE", "文件过大", "Excel 绩效目标表不能超过 5 MB"));
            case 422 -> List.of(Problem.of(422, "VALIDATION_FAILED", "提交的数据未通过校验", "请按字段提示修改后重新提交")
                    .withViolations(List.of(new Problem.Violation("/projects/0/budget/total", "预算数应等于财政资金与其他资金之和"))));
            default -> List.of(Problem.of(status, "HTTP_" + status, "请求有误", "请求未被接受"));
        };
    }

    /** One violation as the example shows it: field, then message, in the same order on every run. */
    private static Map<String, Object> violationValue(Problem.Violation violation) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("field", violation.field());
        value.put("message", violation.message());
        return value;
    }

    private static Map<String, Object> exampleValue(Problem problem) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", problem.type());
        value.put("title", problem.title());
        value.put("status", problem.status());
        value.put("detail", problem.detail());
        value.put("instance", "/api/v1/...");
        value.put("code", problem.code());
        if (!problem.violations().isEmpty()) {
            value.put("violations", problem.violations().stream()
                    .map(ProblemAnswers::violationValue).toList());
        }
        return value;
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 问题详情（application/problem+json）：code 供程序判断，title、detail、violations 供人阅读")
                .addRequired("type").addRequired("title").addRequired("status").addRequired("code")
                .addProperty("type", text("问题类型 URI：urn:budgetperf:problem:<code>"))
                .addProperty("title", text("问题的中文标题"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("HTTP 状态码"))
                .addProperty("detail", text("中文说明：原因与如何处理"))
                .addProperty("instance", text("出错的请求路径"))
                .addProperty("code", text("稳定的机器可读代码，如 VALIDATION_FAILED、VERSION_CONFLICT、REGION_NOT_COVERED"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("逐字段的问题（仅校验失败时）")
                        .items(OASFactory.createSchema().ref(VIOLATION)));
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addRequired("field").addRequired("message")
                .addProperty("field", text("出错字段的 JSON Pointer（如 /projects/0/budget/total），Excel 上传时为“工作表!单元格”"))
                .addProperty("message", text("可据以修改的中文提示"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
