package com.budgetperf.report.export;

import static com.budgetperf.report.export.SvgChart.escape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.region.RegionLevel;
import com.budgetperf.report.domain.CityReport;
import com.budgetperf.report.domain.Disclosure;
import com.budgetperf.report.domain.cube.Approval;
import com.budgetperf.report.domain.cube.BarChart;
import com.budgetperf.report.domain.cube.Column;
import com.budgetperf.report.domain.cube.CubeTable;

/**
 * The report page of a city (or province, or county) bureau as one self-contained Chinese HTML document: no script,
 * no CDN, no external style sheet or font. Names, not codes (区县 and 部门 names, codes in their own column); 万元 with
 * two decimals; percentages; a form to choose the year and the approval; links down from city to county to department
 * to project; the previous year beside this one; the review panel ({@link ReviewPanelSection}).
 */
public final class CityReportPage {

    private static final String STYLE = "body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",SimHei,sans-serif;"
            + "margin:24px;color:#222;line-height:1.5}a{color:#1a4f8b}a:focus,button:focus,select:focus,input:focus"
            + "{outline:3px solid #f0a500}table{border-collapse:collapse;margin:12px 0}caption{text-align:left;"
            + "font-weight:bold;padding:4px 0}th,td{border:1px solid #bbb;padding:4px 10px;text-align:right}"
            + "thead th{background:#eef2f7}th[scope=row],td.text,th.text{text-align:left}"
            + ".crumbs{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px}.crumbs li+li::before"
            + "{content:\"›\";margin-right:6px;color:#666}form.choices{display:flex;flex-wrap:wrap;gap:12px;"
            + "align-items:center;background:#f6f8fb;padding:10px;border:1px solid #ccd}.meta{color:#555}"
            + ".chart{margin:16px 0}";

    private CityReportPage() {
    }

    public static String render(CityReport report, String basePath) {
        Links links = new Links(basePath, report);
        String place = place(report);
        String title = place + " " + report.fiscalYear() + "年度预算绩效目标报表";
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<header>\n<h1>").append(escape(title)).append("</h1>\n");
        crumbs(html, report, links);
        html.append("</header>\n<main>\n");
        choices(html, report, basePath);
        html.append("<p class=\"meta\">口径：").append(escape(approvalLabel(report.request().approval())))
                .append("。金额单位：万元。数据截至事件时间：")
                .append(report.includesEventsUpTo() == null ? "尚无数据" : escape(report.includesEventsUpTo().toString()) + "（UTC）")
                .append("。</p>\n");
        figures(html, report);
        if (report.project() != null) {
            project(html, report.department(), report.project());
        } else if (report.department() != null) {
            projects(html, report, links);
        } else {
            rows(html, report, links);
        }
        findings(html, report.findingsByRule());
        ReviewPanelSection.render(html, report.panel());
        html.append("<section aria-labelledby=\"charts\">\n<h2 id=\"charts\">图表</h2>\n");
        for (BarChart chart : report.charts()) {
            String svg = SvgChart.render(chart);
            html.append("<div class=\"chart\">").append(svg.substring(svg.indexOf("<svg"))).append("</div>\n");
        }
        if (report.progress() != null) {
            String svg = LineChartRender.svg(report.progress());
            html.append("<div class=\"chart\">").append(svg.substring(svg.indexOf("<svg"))).append("</div>\n");
        }
        return html.append("</section>\n</main>\n</body>\n</html>\n").toString();
    }

    /** 保定市, 保定市本级, 满城区: the region the page shows. */
    private static String place(CityReport report) {
        return report.scope().label() + (report.request().own() ? "本级" : "");
    }

    private static void crumbs(StringBuilder html, CityReport report, Links links) {
        List<String[]> crumbs = new ArrayList<>();
        for (RegionCode region : report.scope().lineage()) {
            if (report.caller().covers(region)) {
                crumbs.add(new String[] {region.label(), links.region(region, false)});
            }
        }
        if (report.request().own()) {
            crumbs.add(new String[] {"市本级", links.region(report.scope(), true)});
        }
        if (report.department() != null) {
            crumbs.add(new String[] {departmentName(report.department()), links.department(report.request().department())});
        }
        if (report.project() != null) {
            crumbs.add(new String[] {report.project().name(), null});
        }
        html.append("<nav aria-label=\"当前位置\">\n<ol class=\"crumbs\">\n");
        for (int i = 0; i < crumbs.size(); i++) {
            String[] crumb = crumbs.get(i);
            html.append(i == crumbs.size() - 1 ? "<li aria-current=\"page\">" + escape(crumb[0])
                    : "<li><a href=\"" + escape(crumb[1]) + "\">" + escape(crumb[0]) + "</a>").append("</li>\n");
        }
        html.append("</ol>\n</nav>\n");
    }

    private static void choices(StringBuilder html, CityReport report, String basePath) {
        CityReport.Request request = report.request();
        html.append("<form class=\"choices\" method=\"get\" action=\"").append(escape(basePath))
                .append("\" aria-label=\"选择年度和口径\">\n");
        if (request.region() != null) {
            hidden(html, "region", request.region().code());
        }
        if (request.own()) {
            hidden(html, "own", "true");
        }
        if (request.department() != null) {
            hidden(html, "department", request.department());
        }
        html.append("<label for=\"fiscalYear\">预算年度</label>\n<select id=\"fiscalYear\" name=\"fiscalYear\">\n");
        for (int year : report.years()) {
            html.append("<option value=\"").append(year).append('"').append(year == report.fiscalYear() ? " selected" : "")
                    .append('>').append(year).append("年度</option>\n");
        }
        String stage = request.approval().stagesAtOrAbove().isEmpty() ? "" : request.approval().stagesAtOrAbove().get(0);
        html.append("</select>\n<label for=\"approvedStage\">审核口径</label>\n")
                .append("<select id=\"approvedStage\" name=\"approvedStage\">\n");
        for (String[] option : new String[][] {{"", "全部申报"}, {"COUNTY_FINANCE", "县级财政已通过"},
                {"CITY_FINANCE", "市级财政已通过"}}) {
            html.append("<option value=\"").append(option[0]).append('"').append(option[0].equals(stage) ? " selected" : "")
                    .append('>').append(option[1]).append("</option>\n");
        }
        html.append("</select>\n<input type=\"checkbox\" id=\"approvedOnly\" name=\"approvedOnly\" value=\"true\"")
                .append(request.approval().finalOnly() ? " checked" : "")
                .append(">\n<label for=\"approvedOnly\">只看终审通过</label>\n<button type=\"submit\">查看</button>\n</form>\n");
    }

    private static void hidden(StringBuilder html, String name, String value) {
        html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(value)).append("\">\n");
    }

    static String approvalLabel(Approval approval) {
        String stage = approval.stagesAtOrAbove().isEmpty() ? null : approval.stagesAtOrAbove().get(0);
        String label = stage == null ? "全部申报" : "CITY_FINANCE".equals(stage) ? "市级财政已通过" : "县级财政已通过";
        return approval.finalOnly() ? (stage == null ? "终审通过" : label + "且终审通过") : label;
    }

    /** Key figures of this year beside the previous year's. */
    private static void figures(StringBuilder html, CityReport report) {
        int year = report.fiscalYear();
        html.append("<section aria-labelledby=\"figures\">\n<h2 id=\"figures\">主要数据</h2>\n<table>\n<caption>")
                .append(year).append("年度与上年对比</caption>\n<thead><tr><th scope=\"col\" class=\"text\">指标</th>")
                .append("<th scope=\"col\">").append(year).append("年度</th><th scope=\"col\">").append(year - 1)
                .append("年度</th><th scope=\"col\">增减</th></tr></thead>\n<tbody>\n");
        Map<String, Object> now = report.totals().summary();
        Map<String, Object> before = report.previousTotals().summary();
        for (Column column : report.totals().columns()) {
            Object value = now.get(column.key());
            Object previous = before.get(column.key());
            html.append("<tr><th scope=\"row\">").append(escape(column.label())).append("</th><td>")
                    .append(escape(Figures.of(column.type(), value))).append("</td><td>")
                    .append(escape(Figures.of(column.type(), previous))).append("</td><td>")
                    .append(escape(Figures.change(column.type(), value, previous))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** A row per city, county or department, each a link one level down. */
    private static void rows(StringBuilder html, CityReport report, Links links) {
        CubeTable table = report.rows();
        CityReport.Rows kind = report.rowKind();
        int dimensions = kind == CityReport.Rows.DEPARTMENTS ? 2 : 1;
        html.append("<section aria-labelledby=\"rows\">\n<h2 id=\"rows\">").append(kind.title()).append("</h2>\n<table>\n")
                .append("<caption>").append(escape(place(report))).append(' ').append(report.fiscalYear()).append("年度")
                .append(kind.title()).append("（").append(table.rows().size()).append(" 个").append(kind.label())
                .append("）</caption>\n<thead><tr><th scope=\"col\" class=\"text\">").append(kind.label())
                .append("</th><th scope=\"col\" class=\"text\">").append(kind == CityReport.Rows.DEPARTMENTS ? "部门代码" : "行政区划代码")
                .append("</th>");
        List<Column> measures = table.columns().subList(dimensions, table.columns().size());
        measures.forEach(column -> html.append("<th scope=\"col\">").append(escape(column.label())).append("</th>"));
        html.append("<th scope=\"col\">上年预算数（万元）</th></tr></thead>\n<tbody>\n");
        for (List<Object> row : table.rows()) {
            String key = String.valueOf(row.get(0));
            String[] named = named(report, key, row, links);
            html.append("<tr><th scope=\"row\"><a href=\"").append(escape(named[2])).append("\">").append(escape(named[0]))
                    .append("</a></th><td class=\"text\">").append(escape(named[1])).append("</td>");
            for (int m = 0; m < measures.size(); m++) {
                html.append("<td>").append(escape(Figures.of(measures.get(m).type(), row.get(dimensions + m)))).append("</td>");
            }
            BigDecimal previous = report.previousBudgets().get(key);
            html.append("<td>").append(escape(Figures.money(previous))).append("</td></tr>\n");
        }
        if (table.rows().isEmpty()) {
            html.append("<tr><td class=\"text\" colspan=\"").append(measures.size() + 3).append("\">本年度尚无申报</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** Name, code and link of a row: 满城区 / 130607, 保定市本级 / 130600, 人社局 / 356001. */
    private static String[] named(CityReport report, String key, List<Object> row, Links links) {
        return switch (report.rowKind()) {
            case CITIES -> {
                RegionCode city = RegionCode.of(key);
                yield new String[] {city.label(), city.code(), links.region(city, false)};
            }
            case COUNTIES -> {
                RegionCode county = RegionCode.of(key);
                boolean own = county.level() == RegionLevel.CITY;
                yield new String[] {county.label() + (own ? "本级" : ""), county.code(), links.region(county, own)};
            }
            case DEPARTMENTS -> {
                String code = key.substring(key.indexOf('/') + 1);
                String name = row.get(1) == null ? code : row.get(1).toString();
                yield new String[] {name, code, links.department(code)};
            }
        };
    }

    private static String departmentName(Disclosure department) {
        return department.departmentName() == null ? department.departmentCode() : department.departmentName();
    }

    /** A department's projects, each a link to its indicators. */
    private static void projects(StringBuilder html, CityReport report, Links links) {
        Disclosure department = report.department();
        html.append("<section aria-labelledby=\"projects\">\n<h2 id=\"projects\">").append(escape(departmentName(department)))
                .append(" 的项目</h2>\n<table>\n<caption>").append(report.fiscalYear()).append("年度项目支出（部门代码 ")
                .append(escape(department.departmentCode())).append("，").append(department.projects().size())
                .append(" 个项目）</caption>\n<thead><tr><th scope=\"col\" class=\"text\">项目名称</th>")
                .append("<th scope=\"col\" class=\"text\">项目代码</th><th scope=\"col\">预算数（万元）</th>")
                .append("<th scope=\"col\">财政资金（万元）</th><th scope=\"col\">其他资金（万元）</th>")
                .append("<th scope=\"col\">三级指标数</th></tr></thead>\n<tbody>\n");
        for (int p = 0; p < department.projects().size(); p++) {
            Disclosure.ProjectTable project = department.projects().get(p);
            html.append("<tr><th scope=\"row\"><a href=\"").append(escape(links.project(p + 1))).append("\">")
                    .append(escape(project.name())).append("</a></th><td class=\"text\">")
                    .append(escape(project.code() == null ? Figures.NONE : project.code())).append("</td><td>")
                    .append(Figures.money(project.budgetTotal())).append("</td><td>").append(Figures.money(project.budgetFiscal()))
                    .append("</td><td>").append(Figures.money(project.budgetOther())).append("</td><td>")
                    .append(Figures.count(project.indicators().size())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** One project's budget and its 三级指标 (redacted for a 涉密 project). */
    private static void project(StringBuilder html, Disclosure department, Disclosure.ProjectTable project) {
        html.append("<section aria-labelledby=\"project\">\n<h2 id=\"project\">").append(escape(project.name()))
                .append("</h2>\n<p>").append(escape(departmentName(department))).append("；预算数 ")
                .append(Figures.money(project.budgetTotal())).append(" 万元（财政资金 ").append(Figures.money(project.budgetFiscal()))
                .append("，其他资金 ").append(Figures.money(project.budgetOther())).append("）。</p>\n<table>\n<caption>绩效指标</caption>\n")
                .append("<thead><tr><th scope=\"col\" class=\"text\">一级指标</th><th scope=\"col\" class=\"text\">二级指标</th>")
                .append("<th scope=\"col\" class=\"text\">三级指标</th><th scope=\"col\" class=\"text\">指标值</th></tr></thead>\n<tbody>\n");
        for (Disclosure.IndicatorRow row : project.indicators()) {
            html.append("<tr><td class=\"text\">").append(escape(text(row.level1()))).append("</td><td class=\"text\">")
                    .append(escape(text(row.level2()))).append("</td><td class=\"text\">")
                    .append(escape(project.classified() ? Disclosure.REDACTED : text(row.name())))
                    .append("</td><td class=\"text\">").append(escape(project.classified() ? Disclosure.REDACTED : text(row.value())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? Figures.NONE : value;
    }

    /** 机审 findings by the rule's Chinese title. */
    private static void findings(StringBuilder html, CubeTable byRule) {
        html.append("<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">机审问题</h2>\n<table>\n<caption>按机审规则")
                .append("</caption>\n<thead><tr><th scope=\"col\" class=\"text\">机审规则</th><th scope=\"col\">问题数</th></tr></thead>\n<tbody>\n");
        for (List<Object> row : byRule.rows()) {
            html.append("<tr><th scope=\"row\">").append(escape(String.valueOf(row.get(0)))).append("</th><td>")
                    .append(Figures.count((Number) row.get(1))).append("</td></tr>\n");
        }
        if (byRule.rows().isEmpty()) {
            html.append("<tr><td class=\"text\" colspan=\"2\">没有机审问题</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** Links to this page with other choices; year and approval are kept. */
    private record Links(String basePath, CityReport report) {

        String region(RegionCode region, boolean own) {
            Map<String, String> query = base();
            if (!region.equals(report.caller()) || own) {
                query.put("region", region.code());
            }
            if (own) {
                query.put("own", "true");
            }
            return href(query);
        }

        String department(String code) {
            Map<String, String> query = place();
            query.put("department", code);
            return href(query);
        }

        String project(int position) {
            Map<String, String> query = place();
            query.put("department", report.request().department());
            query.put("project", String.valueOf(position));
            return href(query);
        }

        private Map<String, String> place() {
            Map<String, String> query = base();
            if (!report.scope().equals(report.caller()) || report.request().own()) {
                query.put("region", report.scope().code());
            }
            if (report.request().own()) {
                query.put("own", "true");
            }
            return query;
        }

        private Map<String, String> base() {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("fiscalYear", String.valueOf(report.fiscalYear()));
            Approval approval = report.request().approval();
            if (!approval.stagesAtOrAbove().isEmpty()) {
                query.put("approvedStage", approval.stagesAtOrAbove().get(0));
            }
            if (approval.finalOnly()) {
                query.put("approvedOnly", "true");
            }
            return query;
        }

        private String href(Map<String, String> query) {
            StringBuilder href = new StringBuilder(basePath);
            char separator = '?';
            for (Map.Entry<String, String> entry : query.entrySet()) {
                href.append(separator).append(entry.getKey()).append('=')
                        .append(java.net.URLEncoder.encode(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                separator = '&';
            }
            return href.toString();
        }
    }
}
