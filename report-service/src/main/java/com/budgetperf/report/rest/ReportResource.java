package com.budgetperf.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.input.PlainText;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.region.RegionLevel;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.report.config.ReportConfig;
import com.budgetperf.report.domain.Disclosure;
import com.budgetperf.report.domain.Drilldown;
import com.budgetperf.report.export.DisclosurePdf;
import com.budgetperf.report.export.DisclosureXlsx;
import com.budgetperf.report.service.CityReporting;
import com.budgetperf.report.service.DisclosurePublishing;
import com.budgetperf.report.service.SubmissionReporting;

@Path("/api/v1/reports")
@Tag(name = "报表", description = "申报明细、城市报表与部门绩效目标表（XLSX/PDF）；只含调用方行政区划范围内的数据，涉密项目内容已隐去")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private static final int FIRST_FISCAL_YEAR = 1900;
    private static final String REGION_CODE = "部门所在区县（或地市本级）的 6 位行政区划代码：部门代码在各区县会重复，部门由（区划，代码）确定；"
            + "不填时只在该代码仅在一个区县有申报时可用，否则 422";

    private final SubmissionReporting reporting;
    private final CityReporting cityReporting;
    private final DisclosurePublishing disclosures;
    private final CallerRegion callerRegion;
    private final ReportConfig config;

    public ReportResource(SubmissionReporting reporting, CityReporting cityReporting, DisclosurePublishing disclosures,
            CallerRegion callerRegion, ReportConfig config) {
        this.reporting = reporting;
        this.config = config;
        this.disclosures = disclosures;
        this.cityReporting = cityReporting;
        this.callerRegion = callerRegion;
    }

    @GET
    @Path("/submissions")
    @RolesAllowed(Roles.ANALYST)
    @Operation(operationId = "listSubmissionReports", summary = "按地市或区县汇总申报情况（分析人员）",
            description = "只统计调用者行政区划（令牌 region）范围内的申报，每个申报只计最新版本。预算数以万元为单位、"
                    + "6 位小数的十进制字符串返回。includesEventsUpTo 说明结果已包含截至何时的申报事件。")
    @APIResponse(responseCode = "200", description = "汇总结果")
    @APIResponse(responseCode = "401", description = "未登录或令牌无效")
    @APIResponse(responseCode = "403", description = "不是分析人员，或令牌中没有行政区划")
    @APIResponse(responseCode = "422", description = "查询参数不正确，violations 指出参数")
    public SubmissionReportView submissions(
            @Parameter(description = "预算年度；不填则统计全部年度", example = "2025") @QueryParam("fiscalYear") @Size(max = 12, message = "fiscalYear 最多 12 个字符") @PlainText String fiscalYear,
            @Parameter(description = "下钻层级：city（地市）或 county（区县），默认 county") @QueryParam("drilldown")
            @DefaultValue("county") String drilldown) {
        Drilldown level = Drilldown.parse(drilldown)
                .orElseThrow(() -> ProblemException.invalid("/drilldown", "下钻层级只能是 city（地市）或 county（区县）"));
        return SubmissionReportView.of(reporting.byRegion(callerRegion.prefix(), level, fiscalYear(fiscalYear)));
    }

    @GET
    @Path("/city")
    @RolesAllowed(Roles.ANALYST)
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getCityReport", summary = "地市报表页面（HTML：主要数据与上年对比、分区县/分部门表、项目、机审问题、审核情况和图表）",
            description = "一个自包含的中文 HTML 页面：无脚本、无 CDN；范围为令牌 region。显示区县、部门名称和机审规则中文名称，"
                    + "金额为万元（两位小数），占比为百分数；可选预算年度与审核口径，由地市逐级链接到区县、部门和项目。")
    @APIResponse(responseCode = "200", description = "HTML 页面")
    @APIResponse(responseCode = "401", description = "未登录或令牌无效")
    @APIResponse(responseCode = "403", description = "不是分析人员，或令牌中没有行政区划")
    @APIResponse(responseCode = "404", description = "行政区划不在调用者范围内，或部门、项目不存在")
    @APIResponse(responseCode = "422", description = "查询参数不正确，violations 指出参数")
    public String cityPage(@Valid @BeanParam CityPageParameters parameters) {
        return cityReporting.page(callerRegion.prefix(), parameters.request(), "/api/v1/reports/city");
    }

    @GET
    @Path("/departments/{departmentCode}/disclosure.xlsx")
    @RolesAllowed(Roles.ANALYST)
    @Produces(CubeResource.XLSX)
    @Operation(operationId = "exportDepartmentDisclosureXlsx", summary = "部门预算绩效目标公开文本（XLSX，河北样式）",
            description = "第一个工作表“部门整体”：总体绩效目标、分项绩效目标、部门整体绩效指标、工作保障措施；"
                    + "其后每个项目一个工作表：项目支出绩效目标表（预算数/财政资金/其他资金、资金用途、资金支出计划、绩效目标、"
                    + "一级/二级/三级指标及指标值、指标值确定依据）。涉密项目的名称、资金用途、绩效目标和指标显示为“涉密”。"
                    + "已撤回的申报不公开。approvedOnly=true 时只含终审通过的申报。部门由 regionCode 与部门代码共同确定。")
    @APIResponse(responseCode = "200", description = "XLSX 文件", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "该部门在该年度、您的行政区划范围内没有申报")
    @APIResponse(responseCode = "422", description = "预算年度或 regionCode 不正确，或部门代码在多个区县都有申报而未给 regionCode")
    public jakarta.ws.rs.core.Response disclosure(@jakarta.ws.rs.PathParam("departmentCode") @Size(max = 40, message = "部门编码最多 40 个字符") String departmentCode,
            @QueryParam("fiscalYear") @Size(max = 12, message = "fiscalYear 最多 12 个字符") @PlainText String fiscalYear, @QueryParam("approvedOnly") @Size(max = 10, message = "approvedOnly 最多 10 个字符") @PlainText String approvedOnly,
            @Parameter(description = REGION_CODE, example = "130607") @QueryParam("regionCode") @Size(max = 12, message = "regionCode 最多 12 个字符") @PlainText String regionCode) {
        Disclosure disclosure = find(departmentCode, fiscalYear, approvedOnly, regionCode);
        int year = disclosure.fiscalYear();
        return jakarta.ws.rs.core.Response.ok(DisclosureXlsx.write(disclosure), CubeResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"disclosure-" + disclosure.regionCode() + "-" + departmentCode + "-" + year + ".xlsx\"")
                .build();
    }

    @GET
    @Path("/departments/{departmentCode}/disclosure.pdf")
    @RolesAllowed(Roles.ANALYST)
    @Produces("application/pdf")
    @Operation(operationId = "exportDepartmentDisclosurePdf", summary = "部门预算绩效目标公开文本（PDF，河北样式）",
            description = "内容同 XLSX：第一部分部门整体绩效目标，第二部分每个项目的项目支出绩效目标表各起一页，"
                    + "指标表跨页时重复表头；涉密项目同样显示为“涉密”；中文字体嵌入文件。已撤回的申报不公开。"
                    + "approvedOnly=true 时只含终审通过的申报。部门由 regionCode 与部门代码共同确定。")
    @APIResponse(responseCode = "200", description = "PDF 文件", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "该部门在该年度、您的行政区划范围内没有申报")
    @APIResponse(responseCode = "422", description = "预算年度或 regionCode 不正确，或部门代码在多个区县都有申报而未给 regionCode")
    public jakarta.ws.rs.core.Response disclosurePdf(@jakarta.ws.rs.PathParam("departmentCode") @Size(max = 40, message = "部门编码最多 40 个字符") String departmentCode,
            @QueryParam("fiscalYear") @Size(max = 12, message = "fiscalYear 最多 12 个字符") @PlainText String fiscalYear, @QueryParam("approvedOnly") @Size(max = 10, message = "approvedOnly 最多 10 个字符") @PlainText String approvedOnly,
            @Parameter(description = REGION_CODE, example = "130607") @QueryParam("regionCode") @Size(max = 12, message = "regionCode 最多 12 个字符") @PlainText String regionCode) {
        Disclosure disclosure = find(departmentCode, fiscalYear, approvedOnly, regionCode);
        byte[] pdf = DisclosurePdf.write(disclosure, config.pdf().fontPath(), config.pdf().fontIndex());
        return jakarta.ws.rs.core.Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"disclosure-" + disclosure.regionCode() + "-"
                        + departmentCode + "-" + disclosure.fiscalYear() + ".pdf\"")
                .build();
    }

    private Disclosure find(String departmentCode, String fiscalYear, String approvedOnly, String regionCode) {
        Integer year = fiscalYear(fiscalYear);
        if (year == null) {
            throw ProblemException.invalid("/fiscalYear", "请填写预算年度，例如 2025");
        }
        RegionCode region = departmentRegion(regionCode);
        return disclosures.disclosure(callerRegion.prefix(), region, departmentCode, year, "true".equalsIgnoreCase(approvedOnly))
                .orElseThrow(() -> ProblemException.notFound((region == null ? "" : region.label() + " ")
                        + "部门 " + departmentCode + " 的 " + year + " 年度申报"));
    }

    /** The region a department belongs to: a county, or a city for its own departments (市本级); null when not given. */
    static RegionCode departmentRegion(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        RegionCode region = RegionCode.parse(written.strip()).orElseThrow(() -> ProblemException.invalid("/regionCode",
                RegionCode.problemWith(written.strip()).orElseThrow()));
        if (region.level() == RegionLevel.PROVINCE) {
            throw ProblemException.invalid("/regionCode", "部门所在的行政区划应是区县或地市（市本级），例如 130607");
        }
        return region;
    }

    /** Read here rather than by JAX-RS, which answers text in a number with a bare 404. */
    static Integer fiscalYear(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String digits = written.strip();
        if (!digits.matches("\\d{4}") || Integer.parseInt(digits) < FIRST_FISCAL_YEAR) {
            throw ProblemException.invalid("/fiscalYear", "预算年度应为四位年份，例如 2025");
        }
        return Integer.parseInt(digits);
    }
}
