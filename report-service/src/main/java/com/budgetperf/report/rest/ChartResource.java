package com.budgetperf.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.input.PlainText;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.report.domain.cube.BarChart;
import com.budgetperf.report.export.LineChartRender;
import com.budgetperf.report.export.PngChart;
import com.budgetperf.report.export.SvgChart;
import com.budgetperf.report.service.ChartService;

/** Charts as SVG and PNG, inside the caller's region. */
@Path("/api/v1/charts")
@Tag(name = "图表", description = "审核进度等统计图（SVG/PNG），数据范围同报表")
@SecurityRequirement(name = "SecurityScheme")
public class ChartResource {

    private final ChartService charts;
    private final CallerRegion callerRegion;

    public ChartResource(ChartService charts, CallerRegion callerRegion) {
        this.charts = charts;
        this.callerRegion = callerRegion;
    }

    @GET
    @Path("/review-progress.svg")
    @RolesAllowed(Roles.ANALYST)
    @Produces("image/svg+xml")
    @Operation(operationId = "getReviewProgressChartSvg", summary = "审核进度图（SVG）：按日累计的提交、终审通过和退回数量",
            description = "时间取事件中的提交时间和审核决定时间（北京时间按日）；每个有变化的日期一个点。范围为令牌 region。")
    @APIResponse(responseCode = "200", description = "SVG 图", content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = SchemaType.STRING)))
    public Response progressSvg(@Parameter(description = "预算年度；不填则统计全部年度") @QueryParam("fiscalYear") @Size(max = 12, message = "fiscalYear 最多 12 个字符") @PlainText String fiscalYear) {
        return Response.ok(LineChartRender.svg(charts.reviewProgress(year(fiscalYear), callerRegion.prefix())),
                "image/svg+xml;charset=UTF-8").build();
    }

    @GET
    @Path("/review-progress.png")
    @RolesAllowed(Roles.ANALYST)
    @Produces("image/png")
    @Operation(operationId = "getReviewProgressChartPng", summary = "审核进度图（PNG），内容同 SVG")
    @APIResponse(responseCode = "200", description = "PNG 图", content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response progressPng(@QueryParam("fiscalYear") @Size(max = 12, message = "fiscalYear 最多 12 个字符") @PlainText String fiscalYear) {
        return Response.ok(LineChartRender.png(charts.reviewProgress(year(fiscalYear), callerRegion.prefix())), "image/png")
                .build();
    }

    @GET
    @Path("/{name}.svg")
    @RolesAllowed(Roles.ANALYST)
    @Produces("image/svg+xml")
    @Operation(operationId = "getChartSvg", summary = "图表（SVG）：budget-by-county 各区县预算数，findings-by-rule 机审问题按规则，grade-distribution 审核等级分布")
    @APIResponse(responseCode = "200", description = "SVG 图", content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = SchemaType.STRING)))
    public Response svg(@PathParam("name") @Size(max = 60, message = "图表名称最多 60 个字符") String name,
            @Parameter(description = "预算年度；不填则统计全部年度") @QueryParam("fiscalYear") @Size(max = 12, message = "fiscalYear 最多 12 个字符") @PlainText String fiscalYear) {
        return Response.ok(SvgChart.render(chart(name, fiscalYear)), "image/svg+xml;charset=UTF-8").build();
    }

    @GET
    @Path("/{name}.png")
    @RolesAllowed(Roles.ANALYST)
    @Produces("image/png")
    @Operation(operationId = "getChartPng", summary = "图表（PNG），内容同 SVG")
    @APIResponse(responseCode = "200", description = "PNG 图", content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response png(@PathParam("name") @Size(max = 60, message = "图表名称最多 60 个字符") String name, @QueryParam("fiscalYear") @Size(max = 12, message = "fiscalYear 最多 12 个字符") @PlainText String fiscalYear) {
        return Response.ok(PngChart.render(chart(name, fiscalYear)), "image/png").build();
    }

    private BarChart chart(String name, String fiscalYear) {
        return charts.chart(name, year(fiscalYear), callerRegion.prefix())
                .orElseThrow(() -> ProblemException.notFound("图表 " + name));
    }

    static Integer year(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        if (!written.strip().matches("\\d{4}")) {
            throw ProblemException.invalid("/fiscalYear", "预算年度应为四位年份，例如 2025");
        }
        return Integer.parseInt(written.strip());
    }
}
