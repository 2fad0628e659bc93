package com.budgetperf.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.catalog.domain.FiscalYearFramework;
import com.budgetperf.catalog.domain.FrameworkVersion;
import com.budgetperf.catalog.service.FiscalYearFrameworks;
import com.budgetperf.platform.input.PlainText;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;

import io.quarkus.security.Authenticated;

@Path("/api/v1/fiscal-years/{year}/framework")
@Tag(name = FrameworkResource.TAG, description = FrameworkResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "SecurityScheme")
public class FiscalYearFrameworkResource {

    /** Body of the PUT. */
    public record AssignFrameworkRequest(
            @Size(max = 40, message = "框架版本号最多 40 个字符") @PlainText String frameworkCode) {
    }

    private final FiscalYearFrameworks frameworks;
    private final CallerRegion callerRegion;
    private final JsonWebToken token;

    public FiscalYearFrameworkResource(FiscalYearFrameworks frameworks, CallerRegion callerRegion, JsonWebToken token) {
        this.frameworks = frameworks;
        this.callerRegion = callerRegion;
        this.token = token;
    }

    @GET
    @Authenticated
    @Operation(operationId = "getFiscalYearFramework", summary = "读取某预算年度使用的框架版本")
    @APIResponse(responseCode = "200", description = "该年度使用的框架版本")
    @APIResponse(responseCode = "404", description = "该年度尚未指定框架版本")
    public FrameworkVersion get(@PathParam("year") int year) {
        checkYear(year);
        return frameworks.frameworkOf(year).orElseThrow(() -> ProblemException.notFound(year + " 年度的指标框架"));
    }

    @PUT
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(operationId = "assignFiscalYearFramework", summary = "指定某预算年度使用的框架版本（省级指标库管理员）",
            description = "事件 budget.catalog.fiscal-year-framework.assigned.v1 发往 budget.catalog。")
    @APIResponse(responseCode = "200", description = "已指定")
    @APIResponse(responseCode = "404", description = "框架版本不存在")
    @APIResponse(responseCode = "422", description = "年度或版本号不合法")
    public FiscalYearFramework assign(@PathParam("year") int year,
            @NotNull(message = "请求体不能为空") @Valid AssignFrameworkRequest request) {
        callerRegion.requireProvince("预算年度的指标框架由省级指标库管理员指定");
        checkYear(year);
        if (request.frameworkCode() == null || request.frameworkCode().isBlank()) {
            throw ProblemException.invalid("/frameworkCode", "请填写框架版本号");
        }
        return frameworks.assign(year, request.frameworkCode().strip(), token.getName());
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("/fiscalYear", "预算年度须在 2000 到 2100 之间");
        }
    }
}
