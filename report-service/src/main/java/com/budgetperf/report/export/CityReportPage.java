package com.budgetperf.report.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.budgetperf.report.domain.cube.BarChart;
import com.budgetperf.report.domain.cube.Column;
import com.budgetperf.report.domain.cube.CubeTable;

/**
 * The report page of a city (or province) bureau: key figures, a table per county and the charts as inline SVG.
 * One self-contained HTML document in Chinese: no script, no CDN, no external style sheet or font.
 */
public final class CityReportPage {

    private CityReportPage() {
    }

    public static String render(String regionCode, Integer fiscalYear, CubeTable byCounty, List<BarChart> charts) {
        return render(regionCode, fiscalYear, byCounty, charts, null);
    }

    /** @param progress the review progress chart, shown after the bar charts; null for none */
    public static String render(String regionCode, Integer fiscalYear, CubeTable byCounty, List<BarChart> charts,
            com.budgetperf.report.domain.cube.LineChart progress) {
        String year = fiscalYear == null ? "全部年度" : fiscalYear + "年度";
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<title>").append(esc(regionCode)).append(" 预算绩效目标报表（").append(year).append("）</title>\n")
                .append("<style>body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",SimHei,sans-serif;margin:24px;color:#222}")
                .append("table{border-collapse:collapse;margin:12px 0}th,td{border:1px solid #bbb;padding:4px 10px;text-align:right}")
                .append("th{background:#eef2f7}td:first-child,th:first-child{text-align:left}")
                .append(".figures{display:flex;flex-wrap:wrap;gap:12px}.figure{border:1px solid #ccd;padding:8px 14px;border-radius:4px}")
                .append(".figure b{display:block;font-size:22px}.chart{margin:16px 0}</style>\n</head>\n<body>\n")
                .append("<h1>行政区划 ").append(esc(regionCode)).append(" 预算绩效目标报表（").append(year).append("）</h1>\n")
                .append("<p>数据截至事件时间：").append(byCounty.includesEventsUpTo() == null ? "尚无数据" : esc(byCounty.includesEventsUpTo().toString()))
                .append("（UTC）。金额单位：万元。</p>\n<h2>主要数据</h2>\n<div class=\"figures\">\n");
        Map<String, Object> summary = byCounty.summary();
        for (Column column : byCounty.columns()) {
            if (summary.containsKey(column.key())) {
                html.append("<div class=\"figure\">").append(esc(column.label())).append("<b>")
                        .append(esc(text(summary.get(column.key())))).append("</b></div>\n");
            }
        }
        html.append("</div>\n<h2>分区县情况</h2>\n<table>\n<tr>");
        for (Column column : byCounty.columns()) {
            html.append("<th>").append(esc(column.label())).append("</th>");
        }
        html.append("</tr>\n");
        for (List<Object> row : byCounty.rows()) {
            html.append("<tr>");
            row.forEach(value -> html.append("<td>").append(esc(text(value))).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n<h2>图表</h2>\n");
        for (BarChart chart : charts) {
            String svg = SvgChart.render(chart);
            html.append("<div class=\"chart\">").append(svg.substring(svg.indexOf("<svg"))).append("</div>\n");
        }
        if (progress != null) {
            String svg = LineChartRender.svg(progress);
            html.append("<div class=\"chart\">").append(svg.substring(svg.indexOf("<svg"))).append("</div>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static String esc(String text) {
        return SvgChart.escape(text);
    }
}
