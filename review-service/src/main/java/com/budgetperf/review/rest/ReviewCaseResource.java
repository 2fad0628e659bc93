package com.budgetperf.review.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.RegionNotCoveredException;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.review.domain.AllowedActions;
import com.budgetperf.review.domain.AuditChain;
import com.budgetperf.review.domain.AuditRecord;
import com.budgetperf.review.domain.CaseStatus;
import com.budgetperf.review.domain.Grade;
import com.budgetperf.review.domain.ReviewStage;
import com.budgetperf.review.repository.CaseFilter;
import com.budgetperf.review.service.BulkApproval;
import com.budgetperf.review.service.CaseView;
import com.budgetperf.review.service.ReviewActions;
import com.budgetperf.review.service.ReviewCaseQueries;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/review-cases")
@Tag(name = "审核案件", description = "县区报送的绩效目标在此逐级审核：认领、指派、意见、项目结论、退回或通过，附防篡改的审计记录")
@SecurityRequirement(name = "SecurityScheme")
public class ReviewCaseResource {

    private final ReviewCaseQueries queries;
    private final ReviewActions actions;
    private final BulkApproval bulkApproval;
    private final CallerRegion callerRegion;
    private final SecurityIdentity identity;

    public ReviewCaseResource(ReviewCaseQueries queries, ReviewActions actions, BulkApproval bulkApproval,
            CallerRegion callerRegion, SecurityIdentity identity) {
        this.queries = queries;
        this.actions = actions;
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
    public List<CaseView> list(
            @Parameter(description = "预算年度") @QueryParam("fiscalYear") @Min(value = 2000, message = "预算年度应在 2000 至 2100 之间") @Max(value = 2100, message = "预算年度应在 2000 至 2100 之间") Integer fiscalYear,
            @Parameter(description = "行政区划代码前缀，须在调用者的行政区划之内，如 130607") @QueryParam("region") String region,
            @Parameter(description = "审核阶段：COUNTY_FINANCE、CITY_FINANCE、PROVINCE_FINANCE") @QueryParam("stage") String stage,
            @Parameter(description = "案件状态：OPEN、IN_REVIEW、RETURNED、APPROVED、REJECTED、SUPERSEDED、WITHDRAWN") @QueryParam("status") String status,
            @Parameter(description = "评级（已决定的评级，未决定时为机审建议评级）：优、良、中、差") @QueryParam("grade") String grade,
            @Parameter(description = "是否有机审错误（ERROR）") @QueryParam("hasErrors") Boolean hasErrors,
            @Parameter(description = "是否已超期") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "排序：openedAt（默认）、dueAt、qualityScore") @QueryParam("sort") @DefaultValue("openedAt") String sort,
            @Parameter(description = "asc 或 desc（默认）") @QueryParam("order") @DefaultValue("desc") String order,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码从 0 开始") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少 1 条") @Max(value = 200, message = "每页最多 200 条") int size) {
        return queries.search(filter(callerRegion.prefix(), fiscalYear, region, stage, status, grade, hasErrors, overdue,
                sort, order, page, size), caller());
    }

    /**
     * The queue's filter from request parameters, checked: {@code region} within the caller's {@code callerPrefix}
     * (403 otherwise), known stage, status, grade, sort and order (422 otherwise). Shared with the web UI's queue.
     */
    public static CaseFilter filter(String callerPrefix, Integer fiscalYear, String region, String stage, String status,
            String grade, Boolean hasErrors, Boolean overdue, String sort, String order, int page, int size) {
        String prefix = callerPrefix;
        if (region != null && !region.isBlank()) {
            String wanted = region.strip();
            if (!wanted.matches("\\d{2}(\\d{2}){0,2}")) {
                throw ProblemException.invalid("/region", "行政区划代码应为 2、4 或 6 位数字");
            }
            if (!wanted.startsWith(prefix)) {
                throw new RegionNotCoveredException(wanted);
            }
            prefix = wanted;
        }
        CaseStatus statusFilter = blank(status) ? null : CaseStatus.parse(status.strip()).orElseThrow(
                () -> ProblemException.invalid("/status", "案件状态只能是 OPEN、IN_REVIEW、RETURNED、APPROVED、REJECTED、SUPERSEDED 或 WITHDRAWN"));
        ReviewStage stageFilter = null;
        if (!blank(stage)) {
            try {
                stageFilter = ReviewStage.valueOf(stage.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("/stage", "审核阶段只能是 COUNTY_FINANCE、CITY_FINANCE 或 PROVINCE_FINANCE");
            }
        }
        String gradeFilter = blank(grade) ? null : Grade.parse(grade.strip()).map(Grade::label)
                .orElseThrow(() -> ProblemException.invalid("/grade", "评级只能是 优、良、中 或 差"));
        if (!List.of("openedAt", "dueAt", "qualityScore").contains(sort)) {
            throw ProblemException.invalid("/sort", "排序只能是 openedAt、dueAt 或 qualityScore");
        }
        if (!List.of("asc", "desc").contains(order)) {
            throw ProblemException.invalid("/order", "排序方向只能是 asc 或 desc");
        }
        return new CaseFilter(prefix, fiscalYear, statusFilter, stageFilter, gradeFilter, hasErrors, overdue,
                java.time.Instant.now(), sort, "desc".equals(order), page, size);
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
    @APIResponse(responseCode = "409", description = "案件已作出决定，或同时被他人修改")
    public CaseView claim(@PathParam("id") UUID id) {
        return actions.claim(id, caller());
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "assignReviewCase", summary = "指派案件给审核人员")
    public CaseView assign(@PathParam("id") UUID id, ReviewRequests.Assign request) {
        return actions.assign(id, request == null ? null : request.assignee(), caller());
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "commentOnReviewCase", summary = "发表审核意见，锚定到整个申报、一个项目或一个指标")
    @APIResponse(responseCode = "201", description = "已记录，正文为更新后的案件", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "422", description = "定位（JSON 指针）或内容不正确")
    public Response comment(@PathParam("id") UUID id, ReviewRequests.Comment request) {
        if (request == null) {
            throw ProblemException.invalid("/text", "请填写审核意见");
        }
        return Response.status(201).entity(actions.comment(id, request.path(), request.text(), caller())).build();
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "decideReviewCase", summary = "作出审核决定：优、良 通过（进入下一阶段或最终通过），中 退回修改，差 驳回")
    @APIResponse(responseCode = "200", description = "作出决定后的案件")
    @APIResponse(responseCode = "409", description = "本阶段已作出决定，或另一位审核人员同时作出了决定")
    public CaseView decide(@PathParam("id") UUID id, ReviewRequests.Decision request) {
        if (request == null) {
            throw ProblemException.invalid("/grade", "请选择评级：优、良、中或差");
        }
        List<ReviewActions.ReturnReasonInput> reasons = request.returnReasons() == null ? List.of()
                : request.returnReasons().stream()
                        .map(r -> r == null ? null : new ReviewActions.ReturnReasonInput(r.code(), r.path(), r.text()))
                        .toList();
        return actions.decide(id, new ReviewActions.DecisionInput(request.grade(), reasons, request.note()), caller());
    }

    @POST
    @Path("/{id}/projects/{index}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "judgeProject", summary = "项目审核结论：对申报的第 index 个项目（从 0 起）给出 通过 / 需修改 / 不予安排，本阶段再次提交即替换",
            description = "案件退回或驳回时，本阶段 需修改、不予安排 的项目结论作为锚定到 /projects/index 的意见随事件发给县区。")
    @APIResponse(responseCode = "200", description = "给出结论后的案件")
    @APIResponse(responseCode = "403", description = "不在行政区划范围内，或审核层级与当前阶段不符")
    @APIResponse(responseCode = "409", description = "案件已作出决定，或同时被他人修改")
    @APIResponse(responseCode = "422", description = "结论不正确（/verdict），或申报中没有该项目（/index）")
    public CaseView verdict(@PathParam("id") UUID id, @PathParam("index") int index, ReviewRequests.Verdict request) {
        if (request == null) {
            throw ProblemException.invalid("/verdict", "请选择项目审核结论：通过、需修改或不予安排");
        }
        return actions.verdict(id, index, request.verdict(), request.note(), caller());
    }

    @POST
    @Path("/bulk-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "approveReviewCases", summary = "批量通过无机审错误、无审核意见的案件（评级 优），逐件报告结果")
    public List<BulkApproval.Outcome> bulkApproval(ReviewRequests.BulkApproval request) {
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

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
