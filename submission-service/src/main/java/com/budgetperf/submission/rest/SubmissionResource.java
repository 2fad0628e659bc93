package com.budgetperf.submission.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.submission.domain.SubmissionKey;
import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.repository.SubmissionVersionEntity;
import com.budgetperf.submission.service.SubmissionIntake;

@Path("/api/v1/submissions")
@Tag(name = "绩效目标申报")
@SecurityRequirement(name = "SecurityScheme")
public class SubmissionResource {

    private final SubmissionIntake intake;
    private final CallerRegion callerRegion;
    private final JsonWebToken token;

    public SubmissionResource(SubmissionIntake intake, CallerRegion callerRegion, JsonWebToken token) {
        this.intake = intake;
        this.callerRegion = callerRegion;
        this.token = token;
    }

    @POST
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(summary = "报送部门绩效目标（每次报送形成新版本）")
    @APIResponse(responseCode = "201", description = "已接收，Location 指向该申报")
    @APIResponse(responseCode = "403", description = "行政区划不在调用方权限范围内")
    @APIResponse(responseCode = "409", description = "审核中或已审结，不能修改")
    @APIResponse(responseCode = "422", description = "字段校验未通过，violations 指出每个字段")
    public Response receive(@NotNull(message = "请求体不能为空") @Valid SubmissionRequest request) {
        callerRegion.requireCovers(request.regionCode());
        SubmissionKey key = new SubmissionKey(request.fiscalYear(), request.regionCode(), request.departmentCode());
        SubmissionVersionEntity version = intake.receive(key, request.departmentName().strip(),
                request.document().toString(), token.getName());
        SubmissionEntity submission = intake.find(version.submissionId).orElseThrow();
        return Response.created(URI.create("/api/v1/submissions/" + submission.id))
                .entity(SubmissionView.withVersion(submission, version))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.SUBMITTER, Roles.REVIEWER })
    @Operation(summary = "列出本行政区划内的申报")
    public List<SubmissionView> list(@QueryParam("fiscalYear") Integer fiscalYear,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return intake.list(callerRegion.prefix(), fiscalYear, page, size).stream().map(SubmissionView::summary).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SUBMITTER, Roles.REVIEWER })
    @Operation(summary = "读取申报的当前版本")
    public SubmissionView get(@PathParam("id") UUID id) {
        SubmissionEntity submission = covered(id);
        return SubmissionView.withVersion(submission, intake.version(id, submission.currentVersion).orElseThrow());
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({ Roles.SUBMITTER, Roles.REVIEWER })
    @Operation(summary = "读取申报的某个历史版本")
    public SubmissionView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        SubmissionEntity submission = covered(id);
        return SubmissionView.withVersion(submission, intake.version(id, version)
                .orElseThrow(() -> ProblemException.notFound("申报 " + id + " 的第 " + version + " 版")));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(summary = "将当前版本报送审核")
    @APIResponse(responseCode = "409", description = "当前状态不能报送")
    public SubmissionView submit(@PathParam("id") UUID id) {
        return SubmissionView.summary(intake.submit(id, token.getName()));
    }

    private SubmissionEntity covered(UUID id) {
        SubmissionEntity submission = intake.find(id).orElseThrow(() -> ProblemException.notFound("申报 " + id));
        callerRegion.requireCovers(submission.regionCode);
        return submission;
    }
}
