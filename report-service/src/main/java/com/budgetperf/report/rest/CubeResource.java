package com.budgetperf.report.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

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
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.report.domain.cube.Approval;
import com.budgetperf.report.domain.cube.Column;
import com.budgetperf.report.domain.cube.CubeQuery;
import com.budgetperf.report.domain.cube.CubeQueryException;
import com.budgetperf.report.domain.cube.CubeTable;
import com.budgetperf.report.domain.cube.RegionNameColumns;
import com.budgetperf.report.export.CsvExport;
import com.budgetperf.report.export.DataPackageExport;
import com.budgetperf.report.export.XlsxExport;
import com.budgetperf.report.service.CubeService;

/**
 * The aggregate (cube) API in the spirit of OpenSpending babbage, with CSV, XLSX and Fiscal Data Package exports.
 * Only whitelisted measure and dimension names reach SQL; every answer is limited to the caller's region.
 */
@Path("/api/v1/cube")
@Tag(name = "多维汇总", description = "星型模型上的多维汇总：度量、下钻、切片，明细与开放数据包导出")
@SecurityRequirement(name = "SecurityScheme")
public class CubeResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    private final CubeService cube;
    private final CallerRegion callerRegion;

    public CubeResource(CubeService cube, CallerRegion callerRegion) {
        this.cube = cube;
        this.callerRegion = callerRegion;
    }

    @GET
    @Path("/aggregate")
    @RolesAllowed(Roles.ANALYST)
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(operationId = "aggregateFacts", summary = "多维汇总（分析人员）",
            description = "measures 选度量，drilldown 选下钻维度，cut 切片（维度:值，多个用 | 分隔，同一维度多个值用 ; 分隔），"
                    + "order 排序（名称:asc|desc）。金额为万元、6 位小数的十进制字符串。只统计令牌 region 范围内的数据。"
                    + "Accept: text/csv 或 format=csv|xlsx 导出。")
    @APIResponse(responseCode = "200", description = "汇总结果：cells、summary、totalCells、includesEventsUpTo")
    @APIResponse(responseCode = "403", description = "不是分析人员，或令牌中没有行政区划")
    @APIResponse(responseCode = "422", description = "未知的度量、维度或不正确的参数，violations 指出参数")
    public Response aggregate(
            @Parameter(description = "度量，逗号分隔", example = "budget_total,projects,indicators") @QueryParam("measures") @Size(max = 500, message = "measures 最多 500 个字符") @PlainText String measures,
            @Parameter(description = "下钻维度，逗号分隔", example = "region_county") @QueryParam("drilldown") @Size(max = 200, message = "drilldown 最多 200 个字符") @PlainText String drilldown,
            @Parameter(description = "切片", example = "fiscal_year:2025|status:APPROVED") @QueryParam("cut") @Size(max = 1000, message = "cut 最多 1000 个字符") @PlainText String cut,
            @Parameter(description = "排序", example = "budget_total:desc") @QueryParam("order") @Size(max = 200, message = "order 最多 200 个字符") @PlainText String order,
            @Parameter(description = "只统计终审通过的申报") @QueryParam("approvedOnly") @Size(max = 10, message = "approvedOnly 最多 10 个字符") @PlainText String approvedOnly,
            @Parameter(description = "只统计至少在该审核层级通过的申报：COUNTY_FINANCE、CITY_FINANCE")
            @QueryParam("approvedStage") @Size(max = 40, message = "approvedStage 最多 40 个字符") @PlainText String approvedStage,
            @Parameter(description = "页码，从 0 开始") @QueryParam("page") @DefaultValue("0") @Size(max = 12, message = "page 最多 12 个字符") @PlainText String page,
            @Parameter(description = "每页条数，1 到 10000；导出时默认 10000") @QueryParam("size") @Size(max = 12, message = "size 最多 12 个字符") @PlainText String size,
            @Parameter(description = "导出格式：csv 或 xlsx") @QueryParam("format") @Size(max = 10, message = "format 最多 10 个字符") @PlainText String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String as = format(format, accept);
        CubeQuery query = read(() -> CubeQuery.aggregate(measures, drilldown, cut, order,
                Approval.of(approvedOnly, approvedStage), number(page, "/page", 0), size(size, as)));
        CubeTable table = RegionNameColumns.add(cube.aggregate(query, callerRegion.prefix()));
        return answer(table, as, "汇总", "cube-aggregate");
    }

    @GET
    @Path("/facts")
    @RolesAllowed(Roles.ANALYST)
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(operationId = "listFacts", summary = "明细（分析人员）",
            description = "grain 选明细粒度：submission、project（默认）、indicator、finding；cut、order、page、size 同汇总。"
                    + "涉密项目的项目名称、指标名称和计量单位显示为“涉密”。")
    @APIResponse(responseCode = "200", description = "明细行")
    @APIResponse(responseCode = "422", description = "不正确的参数")
    public Response facts(
            @QueryParam("grain") @Size(max = 40, message = "grain 最多 40 个字符") @PlainText String grain,
            @QueryParam("cut") @Size(max = 1000, message = "cut 最多 1000 个字符") @PlainText String cut,
            @QueryParam("order") @Size(max = 200, message = "order 最多 200 个字符") @PlainText String order,
            @QueryParam("approvedOnly") @Size(max = 10, message = "approvedOnly 最多 10 个字符") @PlainText String approvedOnly,
            @QueryParam("approvedStage") @Size(max = 40, message = "approvedStage 最多 40 个字符") @PlainText String approvedStage,
            @QueryParam("page") @DefaultValue("0") @Size(max = 12, message = "page 最多 12 个字符") @PlainText String page,
            @QueryParam("size") @Size(max = 12, message = "size 最多 12 个字符") @PlainText String size,
            @QueryParam("format") @Size(max = 10, message = "format 最多 10 个字符") @PlainText String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String as = format(format, accept);
        CubeQuery query = read(() -> CubeQuery.facts(grain, cut, order, Approval.of(approvedOnly, approvedStage),
                number(page, "/page", 0), size(size, as)));
        CubeTable table = RegionNameColumns.add(cube.facts(query, callerRegion.prefix()));
        return answer(table, as, "明细", "cube-facts");
    }

    @GET
    @Path("/datapackage")
    @RolesAllowed(Roles.ANALYST)
    @Produces("application/zip")
    @Operation(operationId = "exportDataPackage", summary = "开放数据导出：Fiscal Data Package（datapackage.json + data.csv 的 zip）",
            description = "参数同汇总；描述文件中给出字段类型及财政模型（度量、维度）。")
    @APIResponse(responseCode = "200", description = "zip：datapackage.json 与 data.csv", content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response datapackage(
            @QueryParam("measures") @Size(max = 500, message = "measures 最多 500 个字符") @PlainText String measures,
            @QueryParam("drilldown") @Size(max = 200, message = "drilldown 最多 200 个字符") @PlainText String drilldown,
            @QueryParam("cut") @Size(max = 1000, message = "cut 最多 1000 个字符") @PlainText String cut,
            @QueryParam("order") @Size(max = 200, message = "order 最多 200 个字符") @PlainText String order,
            @QueryParam("approvedOnly") @Size(max = 10, message = "approvedOnly 最多 10 个字符") @PlainText String approvedOnly,
            @QueryParam("approvedStage") @Size(max = 40, message = "approvedStage 最多 40 个字符") @PlainText String approvedStage,
            @Context UriInfo uri) {
        CubeQuery query = read(() -> CubeQuery.aggregate(measures, drilldown, cut, order,
                Approval.of(approvedOnly, approvedStage), 0, CubeQuery.MAX_SIZE));
        CubeTable table = RegionNameColumns.add(cube.aggregate(query, callerRegion.prefix()));
        return Response.ok(DataPackageExport.write(table, uri.getRequestUri().getRawQuery() == null ? ""
                : uri.getRequestUri().getRawQuery()), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"budget-performance-datapackage.zip\"")
                .build();
    }

    interface Reading {
        CubeQuery read();
    }

    static CubeQuery read(Reading reading) {
        try {
            return reading.read();
        } catch (CubeQueryException e) {
            throw ProblemException.invalid(e.field(), e.getMessage());
        }
    }

    /** {@code format} wins over {@code Accept}; JSON otherwise. */
    static String format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!f.equals("csv") && !f.equals("xlsx") && !f.equals("json")) {
                throw ProblemException.invalid("/format", "导出格式只能是 csv 或 xlsx");
            }
            return f;
        }
        if (accept != null && accept.contains(CSV)) {
            return "csv";
        }
        if (accept != null && accept.contains(XLSX)) {
            return "xlsx";
        }
        return "json";
    }

    private static int size(String written, String as) {
        return number(written, "/size", as.equals("json") ? 100 : CubeQuery.MAX_SIZE);
    }

    private static int number(String written, String field, int fallback) {
        if (written == null || written.isBlank()) {
            return fallback;
        }
        if (!written.strip().matches("\\d{1,9}")) {
            throw ProblemException.invalid(field, "应为不小于 0 的整数");
        }
        return Integer.parseInt(written.strip());
    }

    static Response answer(CubeTable table, String as, String sheet, String file) {
        return switch (as) {
            case "csv" -> Response.ok(CsvExport.forExcel(table), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
            case "xlsx" -> Response.ok(XlsxExport.write(table, sheet), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"").build();
            default -> Response.ok(json(table), MediaType.APPLICATION_JSON).build();
        };
    }

    /** Decimals as strings (exact), in the shape of babbage's answers. */
    static Map<String, Object> json(CubeTable table) {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            Map<String, Object> cell = new LinkedHashMap<>();
            for (int c = 0; c < table.columns().size(); c++) {
                cell.put(table.columns().get(c).key(), exact(row.get(c)));
            }
            cells.add(cell);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        table.summary().forEach((key, value) -> summary.put(key, exact(value)));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("columns", table.columns().stream().map(CubeResource::column).toList());
        answer.put("cells", cells);
        answer.put("summary", summary);
        answer.put("totalCells", table.totalRows());
        answer.put("page", table.page());
        answer.put("size", table.size());
        answer.put("includesEventsUpTo", table.includesEventsUpTo() == null ? null : table.includesEventsUpTo().toString());
        return answer;
    }

    private static Map<String, Object> column(Column column) {
        return Map.of("key", column.key(), "label", column.label(), "type", column.type().name());
    }

    private static Object exact(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value;
    }
}
