package com.budgetperf.submission.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.idempotency.Idempotent;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.submission.domain.SubmissionKey;
import com.budgetperf.submission.domain.document.DocumentDiff;
import com.budgetperf.submission.domain.parse.UnderstoodValue;
import com.budgetperf.submission.mapping.DocumentJson;
import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.repository.SubmissionVersionEntity;
import com.budgetperf.submission.service.ReviewOutcomes;
import com.budgetperf.submission.service.SubmissionETag;
import com.budgetperf.submission.service.SubmissionIntake;

@Path("/api/v1/submissions")
@Tag(name = SubmissionResource.TAG, description = SubmissionResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "SecurityScheme")
public class SubmissionResource {

    static final String TAG = "绩效目标申报";
    static final String TAG_DESCRIPTION = "县区财政系统报送部门绩效目标（JSON 或 Excel），即时得到机审结果，修改后报送审核，查看审核结果与意见";

    private final SubmissionIntake intake;
    private final ReviewOutcomes outcomes;
    private final CallerRegion callerRegion;
    private final JsonWebToken token;
    private final DocumentJson json;
    private final SubmissionReceipt receipt;

    public SubmissionResource(SubmissionIntake intake, ReviewOutcomes outcomes, CallerRegion callerRegion,
            JsonWebToken token, DocumentJson json, SubmissionReceipt receipt) {
        this.intake = intake;
        this.receipt = receipt;
        this.outcomes = outcomes;
        this.callerRegion = callerRegion;
        this.token = token;
        this.json = json;
    }

    /**
     * The machine review of a document that was not stored ({@code POST /checks}, or {@code ?dryRun=true});
     * {@code dimensionScores} are the four 88号 dimensions 0-100, {@code projectScores} the score of each project
     * with its weight.
     */
    public record DryRun(boolean stored, int qualityScore, String suggestedGrade, String ruleSetVersion,
            List<com.budgetperf.submission.domain.review.Finding> findings,
            java.util.Map<com.budgetperf.submission.domain.review.QualityDimension, Integer> dimensionScores,
            List<com.budgetperf.submission.domain.review.ScoreCard.PartScore> projectScores) {
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "postSubmission", summary = "报送部门绩效目标（每次报送形成新版本，并即时机审）",
            description = "同一预算年度、行政区划、部门的再次报送形成新版本；已撤回的申报以这种方式重新报送（新版本为草稿，需再次提交）。"
                    + "带 Idempotency-Key 的重试返回首次结果且不新建版本；"
                    + "If-Match 防止覆盖他人修改。只校验和机审、不保存：POST /api/v1/submissions/checks。")
    @APIResponse(responseCode = "201", description = "已接收，Location 指向该申报，ETag 为新版本，正文含机审结果；重放的 Idempotency-Key 另带 Idempotent-Replayed: true", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "403", description = "行政区划不在调用方权限范围内")
    @APIResponse(responseCode = "409", description = "审核中或已审结，不能修改")
    @APIResponse(responseCode = "412", description = "If-Match 与当前版本不符")
    @APIResponse(responseCode = "422", description = "字段校验未通过，violations 指出每个字段")
    public Response receive(@NotNull(message = "请求体不能为空") @Valid SubmissionRequest request,
            @Parameter(description = "重试安全：同一键的重复请求返回首次结果") @HeaderParam("Idempotency-Key")
            @Size(max = 200, message = "Idempotency-Key 最多 200 个字符") String idempotencyKey,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 100, message = "If-Match 最多 100 个字符") String ifMatch,
            @Parameter(hidden = true, description = "旧调用方式，同 POST /api/v1/submissions/checks（不在接口契约中：生成的客户端一个操作只有一种成功答复）")
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        SubmissionKey key = new SubmissionKey(request.fiscalYear(), request.regionCode(), request.departmentCode());
        return receipt.receive(key, "/regionCode", request.departmentName().strip(), request.document(), ifMatch, dryRun);
    }

    @POST
    @Path("/checks")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "checkSubmission", summary = "试报送：与报送相同的校验和机审，不保存",
            description = "供填报时随时检查：答复机审结果（问题、质量分、建议评级），不形成版本、不改变任何数据。")
    @APIResponse(responseCode = "200", description = "机审结果，未保存",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DryRun.class)))
    @APIResponse(responseCode = "403", description = "行政区划不在调用方权限范围内")
    @APIResponse(responseCode = "422", description = "字段校验未通过，violations 指出每个字段")
    public Response check(@NotNull(message = "请求体不能为空") @Valid SubmissionRequest request) {
        SubmissionKey key = new SubmissionKey(request.fiscalYear(), request.regionCode(), request.departmentCode());
        return receipt.receive(key, "/regionCode", request.departmentName().strip(), request.document(), null, true);
    }

    @GET
    @RolesAllowed({ Roles.SUBMITTER, Roles.REVIEWER })
    @Operation(operationId = "listSubmissions", summary = "列出本行政区划内的申报")
    public List<SubmissionView> list(@QueryParam("fiscalYear") @Min(value = 2000, message = "预算年度应在 2000 至 2100 之间")
            @Max(value = 2100, message = "预算年度应在 2000 至 2100 之间") Integer fiscalYear,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "page 不能小于 0")
            @Max(value = 100_000, message = "page 不能大于 100000") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "size 应在 1 至 200 之间")
            @Max(value = 200, message = "size 应在 1 至 200 之间") int size) {
        return intake.list(callerRegion.prefix(), fiscalYear, page, size).stream().map(SubmissionView::summary).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SUBMITTER, Roles.REVIEWER })
    @Operation(operationId = "getSubmission", summary = "读取申报的当前版本（含机审结果）", description = "响应头 ETag 用于之后请求的 If-Match。")
    @APIResponse(responseCode = "200", description = "当前版本，ETag 用于之后的 If-Match", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubmissionView.class)))
    public Response get(@PathParam("id") UUID id) {
        SubmissionEntity submission = covered(id);
        return Response.ok(SubmissionView.withVersion(submission, stored(id, submission.currentVersion)))
                .tag(SubmissionETag.value(submission))
                .build();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({ Roles.SUBMITTER, Roles.REVIEWER })
    @Operation(operationId = "getSubmissionVersion", summary = "读取申报的某个历史版本")
    public SubmissionView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return SubmissionView.withVersion(covered(id), stored(id, version));
    }

    @GET
    @Path("/{id}/versions/{version}/values")
    @RolesAllowed({ Roles.SUBMITTER, Roles.REVIEWER })
    @Operation(operationId = "getUnderstoodValues", summary = "平台对每个指标值的理解（类型、符号、数值及区间上限、单位及其类别、较基期的变化、时限日期）")
    public List<UnderstoodValue> values(@PathParam("id") UUID id, @PathParam("version") int version) {
        SubmissionEntity submission = covered(id);
        return UnderstoodValue.of(json.document(stored(id, version).document), submission.fiscalYear);
    }

    @GET
    @Path("/{id}/diff")
    @RolesAllowed({ Roles.SUBMITTER, Roles.REVIEWER })
    @Operation(operationId = "diffSubmissionVersions", summary = "两个版本之间的变化（按项目和指标）")
    public List<DocumentDiff.Change> diff(@PathParam("id") UUID id,
            @QueryParam("from") @NotNull(message = "请指定 from 版本") Integer from,
            @QueryParam("to") @NotNull(message = "请指定 to 版本") Integer to) {
        covered(id);
        return DocumentDiff.between(json.document(stored(id, from).document), json.document(stored(id, to).document));
    }

    @GET
    @Path("/{id}/review-notes")
    @RolesAllowed({ Roles.SUBMITTER, Roles.REVIEWER })
    @Operation(operationId = "listReviewNotes", summary = "审核结果与意见（来自审核服务）")
    public List<ReviewNoteView> reviewNotes(@PathParam("id") UUID id) {
        covered(id);
        return outcomes.notes(id).stream().map(ReviewNoteView::of).toList();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "submitSubmission", summary = "将当前版本报送审核", description = "机审有 ERROR 时不能报送（422，列出每个错误）；WARNING 不阻止报送。")
    @APIResponse(responseCode = "200", description = "已报送审核（状态 SUBMITTED），ETag 为新值", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "409", description = "当前状态不能报送")
    @APIResponse(responseCode = "412", description = "If-Match 与当前版本不符")
    @APIResponse(responseCode = "422", description = "机审发现错误")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SubmissionEntity submission = intake.submit(id, token.getName(), ifMatch);
        return Response.ok(SubmissionView.summary(submission)).tag(SubmissionETag.value(submission)).build();
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "withdrawSubmission", summary = "撤回申报", description = "草稿、已退回或已报送（尚未进入审核）的申报可以撤回；审核中或已通过的不能撤回。"
            + "撤回后该申报不计入报表；此后到达的审核结论不再改变其状态；同一部门可 POST 新版本重新报送。")
    @APIResponse(responseCode = "200", description = "已撤回（状态 WITHDRAWN），ETag 为新值", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "409", description = "当前状态不能撤回")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SubmissionEntity submission = intake.withdraw(id, token.getName(), ifMatch);
        return Response.ok(SubmissionView.summary(submission)).tag(SubmissionETag.value(submission)).build();
    }

    private SubmissionEntity covered(UUID id) {
        SubmissionEntity submission = intake.find(id).orElseThrow(() -> ProblemException.notFound("申报 " + id));
        callerRegion.requireCovers(submission.regionCode);
        return submission;
    }

    private SubmissionVersionEntity stored(UUID id, int version) {
        return intake.version(id, version)
                .orElseThrow(() -> ProblemException.notFound("申报 " + id + " 的第 " + version + " 版"));
    }
}
