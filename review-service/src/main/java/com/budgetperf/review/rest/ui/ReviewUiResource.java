package com.budgetperf.review.rest.ui;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.budgetperf.platform.problem.Problem;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.RegionNotCoveredException;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.review.domain.AllowedActions;
import com.budgetperf.review.domain.Grade;
import com.budgetperf.review.rest.ReviewCaseResource;
import com.budgetperf.review.service.CaseView;
import com.budgetperf.review.service.ReviewActions;
import com.budgetperf.review.service.ReviewCaseQueries;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The reviewers' web UI: server-rendered pages (Qute) over the same services as the REST API. Forms post to
 * {@code /ui/...} as form data with a CSRF token (never text/plain, which would skip the token check); problems (403, 409, 422) are shown in the page in Chinese. People log in through Keycloak
 * (authorization-code flow of the {@code ui} OIDC tenant); a bearer token works too.
 */
@Path("/ui")
@Tag(name = "审核工作台（网页）")
@Produces(MediaType.TEXT_HTML)
public class ReviewUiResource {

    private final ReviewCaseQueries queries;
    private final ReviewActions actions;
    private final CallerRegion callerRegion;
    private final SecurityIdentity identity;
    private final Engine templates;

    public ReviewUiResource(ReviewCaseQueries queries, ReviewActions actions, CallerRegion callerRegion,
            SecurityIdentity identity, Engine templates) {
        this.queries = queries;
        this.actions = actions;
        this.callerRegion = callerRegion;
        this.identity = identity;
        this.templates = templates;
    }

    /** A problem as the page shows it. */
    @io.quarkus.qute.TemplateData
    record Shown(int status, String title, String detail, List<String> violations) {
    }

    @GET
    @Path("/cases")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "审核队列（网页）")
    public Response queue(@QueryParam("region") String region, @QueryParam("fiscalYear") Integer fiscalYear,
            @QueryParam("stage") String stage, @QueryParam("status") String status, @QueryParam("grade") String grade,
            @QueryParam("hasErrors") String hasErrors, @QueryParam("overdue") String overdue,
            @QueryParam("sort") @DefaultValue("openedAt") String sort, @QueryParam("order") @DefaultValue("desc") String order,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        int pageSize = Math.max(1, Math.min(size, 200));
        int pageNumber = Math.max(0, page);
        List<UiModel.QueueRow> rows = new ArrayList<>();
        Shown problem = null;
        try {
            var filter = ReviewCaseResource.filter(callerRegion.prefix(), fiscalYear, region, stage, status, grade,
                    flag(hasErrors), flag(overdue), sort, order, pageNumber, pageSize);
            queries.search(filter, caller()).forEach(view -> rows.add(UiModel.queueRow(view)));
        } catch (RuntimeException e) {
            problem = shown(e);
        }
        Map<String, String> current = new java.util.LinkedHashMap<>();
        current.put("region", text(region));
        current.put("fiscalYear", fiscalYear == null ? "" : fiscalYear.toString());
        current.put("stage", text(stage));
        current.put("status", text(status));
        current.put("grade", text(grade));
        current.put("hasErrors", text(hasErrors));
        current.put("overdue", text(overdue));
        current.put("pageSize", String.valueOf(pageSize));
        TemplateInstance page1 = page("ui/queue", "审核队列")
                .data("rows", rows)
                .data("problem", problem)
                .data("filter", current)
                .data("stages", options(List.of("", "COUNTY_FINANCE", "CITY_FINANCE", "PROVINCE_FINANCE"), stage, "全部阶段"))
                .data("statuses", statusOptions(status))
                .data("grades", options(List.of("", "优", "良", "中", "差"), grade, "全部评级"))
                .data("hasErrorsOptions", yesNo(hasErrors, "有机审错误", "无机审错误"))
                .data("overdueOptions", yesNo(overdue, "已超期", "未超期"))
                .data("sorts", sortOptions(sort))
                .data("orders", List.of(new UiModel.Option("desc", "降序", !"asc".equals(order)),
                        new UiModel.Option("asc", "升序", "asc".equals(order))))
                .data("pageLabel", pageNumber + 1)
                .data("previousPage", pageNumber > 0 ? link(current, sort, order, pageNumber - 1) : null)
                .data("nextPage", rows.size() == pageSize ? link(current, sort, order, pageNumber + 1) : null);
        return Response.status(problem == null ? 200 : problem.status()).entity(page1).build();
    }

    @GET
    @Path("/cases/{id}")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "审核案件页（网页）：部门目标、项目绩效目标表、机审结果、审核意见、决定、版本变化、历史")
    public Response reviewCase(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        return casePage(id, notice, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("/cases/{id}/claim")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "认领案件（网页表单）")
    public Response claim(@PathParam("id") UUID id) {
        try {
            actions.claim(id, caller());
            return seeCase(id, "claimed");
        } catch (RuntimeException e) {
            Shown problem = shown(e);
            return casePage(id, null, problem, problem.status());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("/cases/{id}/comments")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "发表审核意见（网页表单，htmx 局部更新），返回该定位的意见列表")
    public Response comment(@PathParam("id") UUID id, @RestForm String path, @RestForm String text,
            @RestHeader("HX-Request") String htmx) {
        String anchor = path == null ? "" : path;
        Shown problem = null;
        try {
            actions.comment(id, anchor, text, caller());
        } catch (RuntimeException e) {
            problem = shown(e);
        }
        if (htmx == null) {
            return problem == null ? seeCase(id, "commented") : casePage(id, null, problem, problem.status());
        }
        List<UiModel.Comment> list = List.of();
        try {
            list = UiModel.comments(queries.view(id, caller()).comments(), anchor);
        } catch (RuntimeException e) {
            problem = problem == null ? shown(e) : problem;
        }
        TemplateInstance fragment = templates.getTemplate("ui/comments").data("comments", list).data("commentProblem", problem);
        return Response.status(problem == null ? 200 : problem.status()).entity(fragment).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("/cases/{id}/decision")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "作出审核决定（网页表单）：评级、退回原因（代码与定位）、说明")
    public Response decide(@PathParam("id") UUID id, @RestForm String grade, @RestForm List<String> reasonCode,
            @RestForm List<String> reasonPath, @RestForm List<String> reasonText, @RestForm String note) {
        List<ReviewActions.ReturnReasonInput> reasons = new ArrayList<>();
        for (int i = 0; reasonCode != null && i < reasonCode.size(); i++) {
            String code = reasonCode.get(i);
            if (code == null || code.isBlank()) {
                continue;
            }
            reasons.add(new ReviewActions.ReturnReasonInput(code.strip(), item(reasonPath, i), item(reasonText, i)));
        }
        try {
            actions.decide(id, new ReviewActions.DecisionInput(grade, reasons, note), caller());
            return seeCase(id, "decided");
        } catch (RuntimeException e) {
            Shown problem = shown(e);
            return casePage(id, null, problem, problem.status());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("/cases/{id}/projects/{index}/verdict")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "项目审核结论（网页表单，htmx 局部更新）：通过 / 需修改 / 不予安排与说明，返回该项目的结论片段")
    public Response verdict(@PathParam("id") UUID id, @PathParam("index") int index, @RestForm String verdict,
            @RestForm String note, @RestHeader("HX-Request") String htmx) {
        Shown problem = null;
        CaseView view = null;
        try {
            view = actions.verdict(id, index, verdict, note, caller());
        } catch (RuntimeException e) {
            problem = shown(e);
        }
        if (htmx == null) {
            return problem == null ? seeCase(id, "verdict") : casePage(id, null, problem, problem.status());
        }
        try {
            view = view == null ? queries.view(id, caller()) : view;
        } catch (RuntimeException e) {
            Shown refused = problem == null ? shown(e) : problem;
            return Response.status(refused.status())
                    .entity(templates.getTemplate("ui/comments").data("comments", List.of()).data("commentProblem", refused))
                    .build();
        }
        List<UiModel.Project> projects = UiModel.projects(view.document(), UiModel.findings(view.findings()),
                view.comments(), view.projectVerdicts(), view.stage().name());
        if (index < 0 || index >= projects.size()) {
            Shown shownProblem = problem != null ? problem
                    : new Shown(422, "提交的数据未通过校验", "", List.of("申报中没有第 " + (index + 1) + " 个项目"));
            return Response.status(shownProblem.status()).entity(templates.getTemplate("ui/comments")
                    .data("comments", List.of()).data("commentProblem", shownProblem)).build();
        }
        TemplateInstance fragment = templates.getTemplate("ui/verdict").data("p", projects.get(index))
                .data("caseId", id).data("canVerdict", view.allowedActions().contains(AllowedActions.VERDICT))
                .data("verdictProblem", problem).data("oob", true);
        return Response.status(problem == null ? 200 : problem.status()).entity(fragment).build();
    }

    private Response casePage(UUID id, String notice, Shown problem, int status) {
        CaseView view;
        try {
            view = queries.view(id, caller());
        } catch (RuntimeException e) {
            Shown refused = shown(e);
            return Response.status(refused.status())
                    .entity(page("ui/error", "无法打开审核案件").data("problem", refused)).build();
        }
        List<UiModel.Finding> findings = UiModel.findings(view.findings());
        JsonNode document = view.document();
        List<UiModel.Project> projects = UiModel.projects(document, findings, view.comments(), view.projectVerdicts(),
                view.stage().name());
        List<UiModel.IndicatorRow> departmentIndicators = document == null ? List.of()
                : UiModel.indicatorRows(document.path("departmentIndicators"), "/departmentIndicators/", findings,
                        view.comments());
        List<String> subGoals = new ArrayList<>();
        if (document != null) {
            document.path("subGoals").forEach(goal -> subGoals.add(goal.asText()));
        }
        List<UiModel.ChangeRow> changes = view.previousCaseId() == null ? List.of()
                : queries.changes(id, caller()).changes().stream().map(UiModel::change).toList();
        List<UiModel.HistoryRow> history = queries.audit(id, caller()).stream().map(UiModel::history).toList();
        List<String> allowed = view.allowedActions();
        List<UiModel.Option> grades = new ArrayList<>();
        if (allowed.contains("approve")) {
            grades.add(new UiModel.Option(Grade.EXCELLENT.label(), "优（通过）", false));
            grades.add(new UiModel.Option(Grade.GOOD.label(), "良（通过，附意见）", false));
        }
        if (allowed.contains("return")) {
            grades.add(new UiModel.Option(Grade.FAIR.label(), "中（退回修改）", false));
        }
        if (allowed.contains("reject")) {
            grades.add(new UiModel.Option(Grade.POOR.label(), "差（驳回）", false));
        }
        TemplateInstance page = page("ui/case", view.departmentName() + " · " + view.fiscalYear() + " 年绩效目标审核")
                .data("c", view)
                .data("statusLabel", UiModel.statusLabel(view.status().name()))
                .data("openedAt", UiModel.time(view.openedAt()))
                .data("dueAt", UiModel.time(view.dueAt()))
                .data("decidedAt", UiModel.time(view.decidedAt()))
                .data("score", view.qualityScore() == null ? "" : view.qualityScore().stripTrailingZeros().toPlainString())
                .data("overallGoal", document == null ? "" : document.path("overallGoal").asText(""))
                .data("subGoals", subGoals)
                .data("safeguards", document == null ? "" : document.path("safeguards").asText(""))
                .data("departmentIndicators", departmentIndicators)
                .data("documentFindings", UiModel.about(findings, "", List.of("/projects/", "/departmentIndicators/")))
                .data("allFindings", findings)
                .data("documentComments", UiModel.comments(view.comments(), ""))
                .data("projects", projects)
                .data("canClaim", allowed.contains("claim"))
                .data("canComment", allowed.contains("comment"))
                .data("canVerdict", allowed.contains(AllowedActions.VERDICT))
                .data("canDecide", !grades.isEmpty())
                .data("grades", grades)
                .data("reasonCodes", UiModel.RETURN_REASONS)
                .data("anchors", UiModel.anchors(document))
                .data("changes", changes)
                .data("history", history)
                .data("notice", notice(notice, view))
                .data("problem", problem);
        return Response.status(status).entity(page).build();
    }

    private TemplateInstance page(String template, String title) {
        return templates.getTemplate(template).data("title", title)
                .data("user", identity.isAnonymous() ? "" : identity.getPrincipal().getName())
                .data("userRegion", callerRegion.code().orElse(""));
    }

    private static String notice(String code, CaseView view) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "claimed" -> "已认领本案件。";
            case "commented" -> "审核意见已记录。";
            case "verdict" -> "项目审核结论已保存。";
            case "decided" -> "审核决定已提交：评级 " + UiModel.text(view.grade()) + "，案件状态 "
                    + UiModel.statusLabel(view.status().name()) + "（" + view.stageName() + "）。";
            default -> null;
        };
    }

    private static Response seeCase(UUID id, String notice) {
        return Response.seeOther(URI.create("/ui/cases/" + id + "?notice=" + notice)).build();
    }

    /** What the page says about a refused action: the problem's Chinese title, detail and field messages. */
    static Shown shown(RuntimeException e) {
        if (e instanceof ProblemException problemException) {
            Problem problem = problemException.problem();
            List<String> violations = problem.violations() == null ? List.of()
                    : problem.violations().stream().map(Problem.Violation::message).toList();
            return new Shown(problem.status(), problem.title(), UiModel.text(problem.detail()), violations);
        }
        if (e instanceof RegionNotCoveredException region) {
            return new Shown(403, "无权访问该行政区划的数据", region.regionCode() == null
                    ? "您的账号没有行政区划（region）信息" : "行政区划 " + region.regionCode() + " 不在您的权限范围内", List.of());
        }
        if (e instanceof ForbiddenException) {
            return new Shown(403, "没有权限", "您的角色无权执行此操作", List.of());
        }
        if (e instanceof IllegalArgumentException) {
            return new Shown(422, "提交的数据未通过校验", UiModel.text(e.getMessage()), List.of());
        }
        throw e;
    }

    private AllowedActions.Caller caller() {
        return new AllowedActions.Caller(identity.getPrincipal().getName(), callerRegion.prefix());
    }

    private static Boolean flag(String value) { return value == null || value.isBlank() ? null : Boolean.valueOf(value.strip()); }

    private static String text(String value) { return value == null ? "" : value.strip(); }

    private static String item(List<String> list, int index) {
        return list != null && index < list.size() ? list.get(index) : null;
    }

    private static List<UiModel.Option> options(List<String> values, String current, String allLabel) {
        return values.stream().map(v -> new UiModel.Option(v, v.isEmpty() ? allLabel : UiModel.stageLabel(v),
                v.equals(text(current)))).toList();
    }

    private static List<UiModel.Option> statusOptions(String current) {
        return List.of("", "OPEN", "IN_REVIEW", "RETURNED", "APPROVED", "REJECTED", "SUPERSEDED", "WITHDRAWN").stream()
                .map(v -> new UiModel.Option(v, v.isEmpty() ? "全部状态" : UiModel.statusLabel(v), v.equals(text(current))))
                .toList();
    }

    private static List<UiModel.Option> yesNo(String current, String yes, String no) {
        return List.of(new UiModel.Option("", "不限", text(current).isEmpty()),
                new UiModel.Option("true", yes, "true".equals(text(current))),
                new UiModel.Option("false", no, "false".equals(text(current))));
    }

    private static List<UiModel.Option> sortOptions(String current) {
        return List.of(new UiModel.Option("openedAt", "收到时间", "openedAt".equals(current)),
                new UiModel.Option("dueAt", "截止时间", "dueAt".equals(current)),
                new UiModel.Option("qualityScore", "机审得分", "qualityScore".equals(current)));
    }

    private static String link(Map<String, String> filter, String sort, String order, int page) {
        StringBuilder query = new StringBuilder("/ui/cases?page=").append(page);
        filter.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append('&').append(name.equals("pageSize") ? "size" : name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.append("&sort=").append(URLEncoder.encode(sort, StandardCharsets.UTF_8))
                .append("&order=").append(URLEncoder.encode(order, StandardCharsets.UTF_8)).toString();
    }

    /** A signed-in person without the reviewer role: a Chinese page, not the API's problem JSON. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE)
                .entity(page("ui/error", "没有权限").data("problem", shown(e))).build();
    }
}
