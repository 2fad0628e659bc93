package com.budgetperf.report.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.report.domain.RegionSubmissionTotals;
import com.budgetperf.report.domain.SubmissionReport;
import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(description = "按行政区划汇总的申报情况；includesEventsUpTo 表示结果已包含截至该时间的申报事件", example = """
        {"rows":[{"regionCode":"130602","regionName":"竞秀区","submissions":1,"projects":1,"budgetTotal":"7.000001","findingErrors":0,"withdrawn":0},
                 {"regionCode":"130607","regionName":"满城区","submissions":2,"projects":5,"budgetTotal":"116.750000","findingErrors":2,"withdrawn":1}],
         "includesEventsUpTo":"2025-01-10T08:00:00Z"}""")
public record SubmissionReportView(
        @Schema(description = "每个地市或区县一行，按行政区划代码排序") List<Row> rows,
        @Schema(description = "已纳入的最新申报事件时间（ISO-8601，UTC）；尚无事件时为 null") Instant includesEventsUpTo) {

    @Schema(description = "一个地市或区县的汇总")
    public record Row(
            @Schema(description = "行政区划代码：地市 4 位，区县 6 位", example = "130607") String regionCode,
            @Schema(description = "行政区划名称（GB/T 2260），平台数据中没有的代码为代码本身", example = "满城区") String regionName,
            @Schema(description = "申报数（每个申报只计最新版本；已撤回的不计）") long submissions,
            @Schema(description = "预算项目数") long projects,
            @Schema(description = "预算数合计，单位万元，6 位小数；以字符串表示的十进制数，避免浮点误差",
                    type = SchemaType.STRING, pattern = "^-?\\d+\\.\\d{6}$", example = "116.750000")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetTotal,
            @Schema(description = "机审错误（ERROR）数") long findingErrors,
            @Schema(description = "已撤回的申报数：县区撤回后尚未重新报送，不计入以上任何数字") long withdrawn) {
    }

    static SubmissionReportView of(SubmissionReport report) {
        return new SubmissionReportView(report.rows().stream().map(SubmissionReportView::row).toList(),
                report.includesEventsUpTo());
    }

    private static Row row(RegionSubmissionTotals totals) {
        return new Row(totals.regionCode(), RegionCode.labelOf(totals.regionCode()), totals.submissions(), totals.projects(),
                totals.budgetTotal(), totals.findingErrors(), totals.withdrawn());
    }
}
