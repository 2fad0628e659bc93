package com.budgetperf.review.rest.ui;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.platform.web.ShownProblem;
import com.budgetperf.review.domain.AllowedActions;
import com.budgetperf.review.domain.CaseStatus;
import com.budgetperf.review.domain.Grade;
import com.budgetperf.review.domain.ReturnReason;
import com.budgetperf.review.domain.ReviewStage;
import com.budgetperf.review.rest.QueueQuery;
import com.budgetperf.review.service.CaseAssignment;
import com.budgetperf.review.service.CaseComments;
import com.budgetperf.review.service.CaseDecisions;
import com.budgetperf.review.service.CaseView;
import com.budgetperf.review.service.ProjectVerdicts;
import com.budgetperf.review.service.ReviewCaseQueries;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The reviewers' web UI: server-rendered pages (Qute) over the same services as the REST API. Forms post to
 * {@code /ui/...} as form data with a CSRF token (never text/plain, which would skip the token check); problems
 * (403, 409, 422) are shown in the page in Chinese. People log in through Keycloak
 * (authorization-code flow of the {@code ui} OIDC tenant); a bearer token works too.
 */
@Path("/ui")
@Tag(name = "审核工作台（网页）")
@Produces(MediaType.TEXT_HTML)
public class ReviewUiResource {

    private final ReviewCaseQueries queries;
    private final CaseAssignment assignment;
    private final CaseComments comments;
    private final ProjectVerdicts verdicts;
    private final CaseDecisions decisions;
    private final CallerRegion callerRegion;
    private final SecurityIdentity identity;

    public ReviewUiResource(ReviewCaseQueries queries, CaseAssignment assignment, CaseComments comments,
            ProjectVerdicts verdicts, CaseDecisions decisions, CallerRegion callerRegion, SecurityIdentity identity) {
        this.queries = queries;
        this.assignment = assignment;
        this.comments = comments;
        this.verdicts = verdicts;
        this.decisions = decisions;
        this.callerRegion = callerRegion;
        this.identity = identity;
    }

    @GET
    @Path("/cases")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "审核队列（网页）")
    public Response queue(@BeanParam QueueQuery query) {
        query.keptInRange();
        List<UiModel.QueueRow> rows = new ArrayList<>();
        ShownProblem problem = null;
        try {
            queries.search(query.filter(callerRegion.prefix()), caller()).forEach(view -> rows.add(UiModel.queueRow(view)));
        } catch (RuntimeException e) {
            problem = ShownProblem.of(e);
        }
        UiPages.QueueForm form = new UiPages.QueueForm(text(query.region),
                query.fiscalYear == null ? "" : query.fiscalYear.toString(), text(query.stage), text(query.status),
                text(query.grade), text(query.hasErrors), text(query.overdue), String.valueOf(query.size));
        List<UiModel.Option> stages = new ArrayList<>(List.of(new UiModel.Option("", "全部阶段", text(query.stage).isEmpty())));
        for (ReviewStage stage : ReviewStage.values()) {
            stages.add(new UiModel.Option(stage.name(), stage.label(), stage.name().equals(text(query.stage))));
        }
        List<UiModel.Option> statuses = new ArrayList<>(List.of(new UiModel.Option("", "全部状态", text(query.status).isEmpty())));
        for (CaseStatus status : CaseStatus.values()) {
            statuses.add(new UiModel.Option(status.name(), status.label(), status.name().equals(text(query.status))));
        }
        List<UiModel.Option> grades = new ArrayList<>(List.of(new UiModel.Option("", "全部评级", text(query.grade).isEmpty())));
        for (Grade grade : Grade.values()) {
            grades.add(new UiModel.Option(grade.label(), grade.label(), grade.label().equals(text(query.grade))));
        }
        UiPages.Queue page = new UiPages.Queue("审核队列", user(), userRegion(), rows, problem, form, stages, statuses,
                grades, yesNo(query.hasErrors, "有机审错误", "无机审错误"), yesNo(query.overdue, "已超期", "未超期"),
                List.of(new UiModel.Option("openedAt", "收到时间", "openedAt".equals(query.sort)),
                        new UiModel.Option("dueAt", "截止时间", "dueAt".equals(query.sort)),
                        new UiModel.Option("qualityScore", "机审得分", "qualityScore".equals(query.sort))),
                List.of(new UiModel.Option("desc", "降序", !"asc".equals(query.order)),
                        new UiModel.Option("asc", "升序", "asc".equals(query.order))),
                query.page + 1, query.page > 0 ? link(form, query, query.page - 1) : null,
                rows.size() == query.size ? link(form, query, query.page + 1) : null);
        return Response.status(problem == null ? 200 : problem.status()).entity(page).build();
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
            assignment.claim(id, caller());
            return seeCase(id, "claimed");
        } catch (RuntimeException e) {
            ShownProblem problem = ShownProblem.of(e);
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
        ShownProblem problem = null;
        try {
            comments.comment(id, anchor, text, caller());
        } catch (RuntimeException e) {
            problem = ShownProblem.of(e);
        }
        if (htmx == null) {
            return problem == null ? seeCase(id, "commented") : casePage(id, null, problem, problem.status());
        }
        List<UiModel.Comment> list = List.of();
        try {
            list = UiModel.comments(queries.view(id, caller()).comments(), anchor);
        } catch (RuntimeException e) {
            problem = problem == null ? ShownProblem.of(e) : problem;
        }
        return Response.status(problem == null ? 200 : problem.status()).entity(new UiPages.Comments(list, problem)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("/cases/{id}/decision")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "作出审核决定（网页表单）：评级、退回原因（代码与定位）、说明")
    public Response decide(@PathParam("id") UUID id, @RestForm String grade, @RestForm List<String> reasonCode,
            @RestForm List<String> reasonPath, @RestForm List<String> reasonText, @RestForm String note) {
        List<CaseDecisions.ReturnReasonInput> reasons = new ArrayList<>();
        for (int i = 0; reasonCode != null && i < reasonCode.size(); i++) {
            String code = reasonCode.get(i);
            if (code == null || code.isBlank()) {
                continue;
            }
            reasons.add(new CaseDecisions.ReturnReasonInput(code.strip(), item(reasonPath, i), item(reasonText, i)));
        }
        try {
            decisions.decide(id, new CaseDecisions.DecisionInput(grade, reasons, note), caller());
            return seeCase(id, "decided");
        } catch (RuntimeException e) {
            ShownProblem problem = ShownProblem.of(e);
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
        ShownProblem problem = null;
        CaseView view = null;
        try {
            view = verdicts.verdict(id, index, verdict, note, caller());
        } catch (RuntimeException e) {
            problem = ShownProblem.of(e);
        }
        if (htmx == null) {
            return problem == null ? seeCase(id, "verdict") : casePage(id, null, problem, problem.status());
        }
        try {
            view = view == null ? queries.view(id, caller()) : view;
        } catch (RuntimeException e) {
            ShownProblem refused = problem == null ? ShownProblem.of(e) : problem;
            return Response.status(refused.status()).entity(new UiPages.Comments(List.of(), refused)).build();
        }
        List<UiModel.Project> projects = UiModel.projects(view.document(), UiModel.findings(view.findings()),
                view.comments(), view.projectVerdicts(), view.stage().name());
        if (index < 0 || index >= projects.size()) {
            ShownProblem shownProblem = problem != null ? problem
                    : ShownProblem.invalid("申报中没有第 " + (index + 1) + " 个项目");
            return Response.status(shownProblem.status()).entity(new UiPages.Comments(List.of(), shownProblem)).build();
        }
        UiPages.Verdict fragment = new UiPages.Verdict(projects.get(index), id,
                view.allowedActions().contains(AllowedActions.VERDICT), problem, true);
        return Response.status(problem == null ? 200 : problem.status()).entity(fragment).build();
    }

    private Response casePage(UUID id, String notice, ShownProblem problem, int status) {
        CaseView view;
        try {
            view = queries.view(id, caller());
        } catch (RuntimeException e) {
            ShownProblem refused = ShownProblem.of(e);
            return Response.status(refused.status())
                    .entity(new UiPages.ErrorPage("无法打开审核案件", user(), userRegion(), refused)).build();
        }
        List<UiModel.Finding> findings = UiModel.findings(view.findings());
        JsonNode document = view.document();
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
        if (allowed.contains(AllowedActions.APPROVE)) {
            grades.add(new UiModel.Option(Grade.EXCELLENT.label(), "优（通过）", false));
            grades.add(new UiModel.Option(Grade.GOOD.label(), "良（通过，附意见）", false));
        }
        if (allowed.contains(AllowedActions.RETURN)) {
            grades.add(new UiModel.Option(Grade.FAIR.label(), "中（退回修改）", false));
        }
        if (allowed.contains(AllowedActions.REJECT)) {
            grades.add(new UiModel.Option(Grade.POOR.label(), "差（驳回）", false));
        }
        UiPages.Case page = new UiPages.Case(view.departmentName() + " · " + view.fiscalYear() + " 年绩效目标审核", user(),
                userRegion(), view, view.status().label(), UiModel.time(view.openedAt()), UiModel.time(view.dueAt()),
                UiModel.time(view.decidedAt()),
                view.qualityScore() == null ? "" : view.qualityScore().stripTrailingZeros().toPlainString(),
                document == null ? "" : document.path("overallGoal").asText(""), subGoals,
                document == null ? "" : document.path("safeguards").asText(""), departmentIndicators,
                UiModel.about(findings, "", List.of("/projects/", "/departmentIndicators/")), findings,
                UiModel.comments(view.comments(), ""), UiModel.projects(document, findings, view.comments(),
                        view.projectVerdicts(), view.stage().name()),
                allowed.contains(AllowedActions.CLAIM), allowed.contains(AllowedActions.COMMENT),
                allowed.contains(AllowedActions.VERDICT), !grades.isEmpty(), grades, ReturnReason.CODES,
                UiModel.anchors(document), changes, history, notice(notice, view), problem);
        return Response.status(status).entity(page).build();
    }

    private String user() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    private String userRegion() {
        return callerRegion.code().orElse("");
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
                    + view.status().label() + "（" + view.stageName() + "）。";
            default -> null;
        };
    }

    private static Response seeCase(UUID id, String notice) {
        return Response.seeOther(URI.create("/ui/cases/" + id + "?notice=" + notice)).build();
    }

    private AllowedActions.Caller caller() {
        return new AllowedActions.Caller(identity.getPrincipal().getName(), callerRegion.prefix());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String item(List<String> list, int index) {
        return list != null && index < list.size() ? list.get(index) : null;
    }

    private static List<UiModel.Option> yesNo(String current, String yes, String no) {
        return List.of(new UiModel.Option("", "不限", text(current).isEmpty()),
                new UiModel.Option("true", yes, "true".equals(text(current))),
                new UiModel.Option("false", no, "false".equals(text(current))));
    }

    /** The queue page {@code page} with the same filter, sort and order. */
    private static String link(UiPages.QueueForm form, QueueQuery query, int page) {
        StringBuilder link = new StringBuilder("/ui/cases?page=").append(page);
        String[][] parameters = {{"region", form.region()}, {"fiscalYear", form.fiscalYear()}, {"stage", form.stage()},
                {"status", form.status()}, {"grade", form.grade()}, {"hasErrors", form.hasErrors()},
                {"overdue", form.overdue()}, {"size", form.pageSize()}, {"sort", query.sort}, {"order", query.order}};
        for (String[] parameter : parameters) {
            if (parameter[1] != null && !parameter[1].isEmpty()) {
                link.append('&').append(parameter[0]).append('=').append(URLEncoder.encode(parameter[1], StandardCharsets.UTF_8));
            }
        }
        return link.toString();
    }

    /** A signed-in person without the reviewer role: a Chinese page, not the API's problem JSON. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE)
                .entity(new UiPages.ErrorPage("没有权限", user(), userRegion(), ShownProblem.of(e))).build();
    }
}
