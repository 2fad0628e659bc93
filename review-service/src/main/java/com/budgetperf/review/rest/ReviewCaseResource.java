package com.budgetperf.review.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.idempotency.Idempotent;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.review.domain.AllowedActions;
import com.budgetperf.review.domain.AuditChain;
import com.budgetperf.review.domain.AuditRecord;
import com.budgetperf.review.service.BulkApproval;
import com.budgetperf.review.service.CaseAssignment;
import com.budgetperf.review.service.CaseComments;
import com.budgetperf.review.service.CaseDecisions;
import com.budgetperf.review.service.CaseView;
import com.budgetperf.review.service.ProjectVerdicts;
import com.budgetperf.review.service.ReviewCaseQueries;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/review-cases")
@Tag(name = "审核案件", description = "县区报送的绩效目标在此逐级审核：认领、指派、意见、项目结论、退回或通过，附防篡改的审计记录")
@SecurityRequirement(name = "SecurityScheme")
public class ReviewCaseResource {

    private final ReviewCaseQueries queries;
    private final CaseAssignment assignment;
    private final CaseComments comments;
    private final ProjectVerdicts verdicts;
    private final CaseDecisions decisions;
    private final BulkApproval bulkApproval;
    private final CallerRegion callerRegion;
    private final SecurityIdentity identity;

    public ReviewCaseResource(ReviewCaseQueries queries, CaseAssignment assignment, CaseComments comments,
            ProjectVerdicts verdicts, CaseDecisions decisions, BulkApproval bulkApproval, CallerRegion callerRegion,
            SecurityIdentity identity) {
        this.queries = queries;
        this.assignment = assignment;
        this.comments = comments;
        this.verdicts = verdicts;
        this.decisions = decisions;
        this.bulkApproval = bulkApproval;
        this.callerRegion = callerRegion;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "listReviewCases", summary = "审核队列：本行政区划内的审核案件",
            description = "只返回行政区划代码以调用者 region 开头的案件：县级审核人员看本县，市级看所辖县区，省级看全部。"
                    + "每个案件带 allowedActions（调用者现在可做的操作）和 overdue（已超期）。")
    @APIResponse(responseCode = "200", description = "一页审核案件")
    @APIResponse(responseCode = "422", description = "分页或筛选参数不正确")
    public List<CaseView> list(@Valid @BeanParam QueueQuery query) {
        return queries.search(query.filter(callerRegion.prefix()), caller());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "getReviewCase", summary = "读取一个审核案件（含申报文档、机审结果、审核意见与 allowedActions）")
    @APIResponse(responseCode = "200", description = "审核案件")
    @APIResponse(responseCode = "403", description = "案件不在调用者的行政区划范围内")
    @APIResponse(responseCode = "404", description = "案件不存在")
    public CaseView get(@PathParam("id") UUID id) {
        return queries.view(id, caller());
    }

    @POST
    @Path("/{id}/claim")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "claimReviewCase", summary = "认领案件（指派给自己）")
    @APIResponse(responseCode = "200", description = "认领后的案件")
    @APIResponse(responseCode = "403", description = "不在行政区划范围内，或审核层级与当前阶段不符")
    @APIResponse(responseCode = "409", description = "案件已作出决定、已因县区撤回而关闭（CASE_CLOSED），或同时被他人修改")
    public CaseView claim(@PathParam("id") UUID id) {
        return assignment.claim(id, caller());
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "assignReviewCase", summary = "指派案件给审核人员")
    @APIResponse(responseCode = "200", description = "指派后的案件")
    @APIResponse(responseCode = "409", description = "案件已作出决定、已因县区撤回而关闭（CASE_CLOSED），或同时被他人修改")
    public CaseView assign(@PathParam("id") UUID id, ReviewRequests.Assign request) {
        return assignment.assign(id, request == null ? null : request.assignee(), caller());
    }

    @POST
    @Idempotent
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "commentOnReviewCase", summary = "发表审核意见，锚定到整个申报、一个项目或一个指标")
    @APIResponse(responseCode = "201", description = "已记录，正文为更新后的案件", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "案件已作出决定、已因县区撤回而关闭（CASE_CLOSED），或同时被他人修改")
    @APIResponse(responseCode = "422", description = "定位（JSON 指针）或内容不正确")
    public Response comment(@PathParam("id") UUID id, @Valid ReviewRequests.Comment request) {
        if (request == null) {
            throw ProblemException.invalid("/text", "请填写审核意见");
        }
        return Response.status(201).entity(comments.comment(id, request.path(), request.text(), caller())).build();
    }

    @POST
    @Idempotent
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "decideReviewCase", summary = "作出审核决定：优、良 通过（进入下一阶段或最终通过），中 退回修改，差 驳回")
    @APIResponse(responseCode = "200", description = "作出决定后的案件")
    @APIResponse(responseCode = "409", description = "本阶段已作出决定（CASE_ALREADY_DECIDED），案件已因县区撤回而关闭（CASE_CLOSED，拒绝记入审计日志），或另一位审核人员同时作出了决定")
    public CaseView decide(@PathParam("id") UUID id, @Valid ReviewRequests.Decision request) {
        if (request == null) {
            throw ProblemException.invalid("/grade", "请选择评级：优、良、中或差");
        }
        List<CaseDecisions.ReturnReasonInput> reasons = request.returnReasons() == null ? List.of()
                : request.returnReasons().stream()
                        .map(r -> r == null ? null : new CaseDecisions.ReturnReasonInput(r.code(), r.path(), r.text()))
                        .toList();
        return decisions.decide(id, new CaseDecisions.DecisionInput(request.grade(), reasons, request.note()), caller());
    }

    @POST
    @Idempotent
    @Path("/{id}/projects/{index}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "judgeProject", summary = "项目审核结论：对申报的第 index 个项目（从 0 起）给出 通过 / 需修改 / 不予安排，本阶段再次提交即替换",
            description = "案件退回或驳回时，本阶段 需修改、不予安排 的项目结论作为锚定到 /projects/index 的意见随事件发给县区。")
    @APIResponse(responseCode = "200", description = "给出结论后的案件")
    @APIResponse(responseCode = "403", description = "不在行政区划范围内，或审核层级与当前阶段不符")
    @APIResponse(responseCode = "409", description = "案件已作出决定、已因县区撤回而关闭（CASE_CLOSED），或同时被他人修改")
    @APIResponse(responseCode = "422", description = "结论不正确（/verdict），或申报中没有该项目（/index）")
    public CaseView verdict(@PathParam("id") UUID id, @PathParam("index") int index, @Valid ReviewRequests.Verdict request) {
        if (request == null) {
            throw ProblemException.invalid("/verdict", "请选择项目审核结论：通过、需修改或不予安排");
        }
        return verdicts.verdict(id, index, request.verdict(), request.note(), caller());
    }

    @POST
    @Idempotent
    @Path("/bulk-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "approveReviewCases", summary = "批量通过无机审错误、无审核意见的案件（评级 优），逐件报告结果")
    public List<BulkApproval.Outcome> bulkApproval(@Valid ReviewRequests.BulkApproval request) {
        if (request == null || request.caseIds() == null || request.caseIds().isEmpty()) {
            throw ProblemException.invalid("/caseIds", "请选择要批量通过的案件");
        }
        if (request.caseIds().size() > 200) {
            throw ProblemException.invalid("/caseIds", "一次最多批量通过 200 件");
        }
        return bulkApproval.approve(request.caseIds(), caller());
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "listReviewCaseChanges", summary = "退回后重新报送：与退回版本相比的变化（项目、指标的新增、删除，指标值和确定依据的修改）")
    public ReviewCaseQueries.Changes changes(@PathParam("id") UUID id) {
        return queries.changes(id, caller());
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "listReviewCaseAudit", summary = "案件的审计记录（只增不改，哈希链）")
    public List<AuditRecord> audit(@PathParam("id") UUID id) {
        return queries.audit(id, caller());
    }

    @GET
    @Path("/{id}/audit/verification")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "verifyReviewCaseAudit", summary = "校验审计记录的哈希链：valid，及第一个断开处 brokenAt（序号）")
    public AuditChain.Verification verifyAudit(@PathParam("id") UUID id) {
        return queries.verifyAudit(id, caller());
    }

    private AllowedActions.Caller caller() {
        return new AllowedActions.Caller(identity.getPrincipal().getName(), callerRegion.prefix());
    }
}
