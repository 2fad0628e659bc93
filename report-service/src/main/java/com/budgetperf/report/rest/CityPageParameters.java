package com.budgetperf.report.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.budgetperf.platform.input.PlainText;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.report.domain.CityReport;
import com.budgetperf.report.domain.cube.Approval;
import com.budgetperf.report.domain.cube.CubeQueryException;

/**
 * The city page's choices, one {@code @BeanParam} for the browser page ({@code /reports/city}) and the API
 * ({@code /api/v1/reports/city}): fiscal year, approval, the region shown, 市本级, a department and a project.
 */
public class CityPageParameters {

    @Parameter(description = "预算年度；不填则为有申报的最近一个年度", example = "2025")
    @QueryParam("fiscalYear")
    @Size(max = 12, message = "fiscalYear 最多 12 个字符")
    @PlainText
    public String fiscalYear;

    @Parameter(description = "审核口径：COUNTY_FINANCE（县级财政已通过）或 CITY_FINANCE（市级财政已通过）；不填为全部申报")
    @QueryParam("approvedStage")
    @Size(max = 20, message = "approvedStage 最多 20 个字符")
    @PlainText
    public String approvedStage;

    @Parameter(description = "true：只统计终审通过的申报")
    @QueryParam("approvedOnly")
    @Size(max = 10, message = "approvedOnly 最多 10 个字符")
    @PlainText
    public String approvedOnly;

    @Parameter(description = "要看的行政区划（地市或区县，6 位代码），须在调用者的行政区划之内；不填为调用者的行政区划", example = "130607")
    @QueryParam("region")
    @Size(max = 12, message = "region 最多 12 个字符")
    @PlainText
    public String region;

    @Parameter(description = "true：看地市本级（市本级）的部门；region 须是地市")
    @QueryParam("own")
    @Size(max = 10, message = "own 最多 10 个字符")
    @PlainText
    public String own;

    @Parameter(description = "部门代码（region 所指区县或市本级的部门）；给出时列出该部门的项目", example = "356001")
    @QueryParam("department")
    @Size(max = 40, message = "部门代码最多 40 个字符")
    @PlainText
    public String department;

    @Parameter(description = "项目序号（从 1 起，按部门项目表的顺序）；须同时给出 department", example = "1")
    @QueryParam("project")
    @Size(max = 6, message = "project 最多 6 个字符")
    @PlainText
    public String project;

    /** @throws ProblemException 422 naming the parameter that is wrong */
    CityReport.Request request() {
        Approval approval;
        try {
            approval = Approval.of(approvedOnly, approvedStage);
        } catch (CubeQueryException e) {
            throw ProblemException.invalid(e.field(), e.getMessage());
        }
        RegionCode shown = null;
        if (region != null && !region.isBlank()) {
            shown = RegionCode.parse(region.strip()).orElseThrow(() -> ProblemException.invalid("/region",
                    RegionCode.problemWith(region.strip()).orElseThrow()));
        }
        boolean ownDepartments = flag(own, "/own");
        String departmentCode = department == null || department.isBlank() ? null : department.strip();
        Integer position = null;
        if (project != null && !project.isBlank()) {
            if (!project.strip().matches("[1-9]\\d{0,3}")) {
                throw ProblemException.invalid("/project", "项目序号应为从 1 起的整数");
            }
            position = Integer.parseInt(project.strip());
        }
        return new CityReport.Request(ReportResource.fiscalYear(fiscalYear), approval, shown, ownDepartments,
                departmentCode, position);
    }

    private static boolean flag(String written, String field) {
        if (written == null || written.isBlank()) {
            return false;
        }
        if (!written.strip().equalsIgnoreCase("true") && !written.strip().equalsIgnoreCase("false")) {
            throw ProblemException.invalid(field, field.substring(1) + " 只能是 true 或 false");
        }
        return written.strip().equalsIgnoreCase("true");
    }
}
