package com.budgetperf.review.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.review.domain.CaseStatus;
import com.budgetperf.review.domain.ReviewCase;
import com.budgetperf.review.service.ReviewCaseQueries;

@Path("/api/v1/review-cases")
@Tag(name = "审核案件")
@SecurityRequirement(name = "SecurityScheme")
public class ReviewCaseResource {

    private final ReviewCaseQueries queries;
    private final CallerRegion callerRegion;

    public ReviewCaseResource(ReviewCaseQueries queries, CallerRegion callerRegion) {
        this.queries = queries;
        this.callerRegion = callerRegion;
    }

    @GET
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "列出本行政区划内的审核案件（新者在前）",
            description = "只返回行政区划代码以调用者 region 开头的案件：县级审核人员看本县，市级看所辖县区，省级看全部。")
    @APIResponse(responseCode = "422", description = "分页或筛选参数不正确")
    public List<ReviewCase> list(
            @Parameter(description = "预算年度") @QueryParam("fiscalYear") @Min(value = 2000, message = "预算年度应在 2000 至 2100 之间") @Max(value = 2100, message = "预算年度应在 2000 至 2100 之间") Integer fiscalYear,
            @Parameter(description = "案件状态：OPEN 待审核、IN_REVIEW 审核中、RETURNED 已退回、APPROVED 已通过") @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码从 0 开始") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少 1 条") @Max(value = 200, message = "每页最多 200 条") int size) {
        CaseStatus statusFilter = status == null || status.isBlank() ? null
                : CaseStatus.parse(status.strip()).orElseThrow(
                        () -> ProblemException.invalid("/status", "案件状态只能是 OPEN、IN_REVIEW、RETURNED 或 APPROVED"));
        return queries.listInRegion(callerRegion.prefix(), fiscalYear, statusFilter, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "读取一个审核案件")
    @APIResponse(responseCode = "403", description = "案件不在调用者的行政区划范围内")
    @APIResponse(responseCode = "404", description = "案件不存在")
    public ReviewCase get(@PathParam("id") UUID id) {
        ReviewCase reviewCase = queries.find(id).orElseThrow(() -> ProblemException.notFound("审核案件 " + id));
        callerRegion.requireCovers(reviewCase.regionCode());
        return reviewCase;
    }
}
