package com.budgetperf.report.export;

import static com.budgetperf.report.export.SvgChart.escape;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.report.domain.ReviewPanel;

/**
 * The review panel of the city page (审核情况): median days from entering a stage to its decision, the overdue
 * stages, returns by 退回原因 and the decisions of each reviewer.
 */
final class ReviewPanelSection {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

    private ReviewPanelSection() {
    }

    static void render(StringBuilder html, ReviewPanel panel) {
        html.append("<section aria-labelledby=\"reviews\">\n<h2 id=\"reviews\">审核情况</h2>\n");
        stages(html, panel);
        overdue(html, panel);
        reasons(html, panel);
        reviewers(html, panel);
        html.append("</section>\n");
    }

    private static void stages(StringBuilder html, ReviewPanel panel) {
        html.append("<table>\n<caption>各审核层级用时</caption>\n<thead><tr><th scope=\"col\" class=\"text\">审核层级</th>")
                .append("<th scope=\"col\">进入审核</th><th scope=\"col\">已作决定</th><th scope=\"col\">待审</th>")
                .append("<th scope=\"col\">决定用时中位数</th></tr></thead>\n<tbody>\n");
        for (ReviewPanel.StageTimes stage : panel.stages()) {
            html.append("<tr><th scope=\"row\">").append(escape(ReviewPanel.stageLabel(stage.stage()))).append("</th><td>")
                    .append(Figures.count(stage.entered())).append("</td><td>").append(Figures.count(stage.decided()))
                    .append("</td><td>").append(Figures.count(stage.waiting())).append("</td><td>")
                    .append(escape(Figures.days(stage.medianDays()))).append("</td></tr>\n");
        }
        empty(html, panel.stages().isEmpty(), 5, "本年度尚无审核");
        html.append("</tbody>\n</table>\n");
    }

    private static void overdue(StringBuilder html, ReviewPanel panel) {
        html.append("<table>\n<caption>超期未审（超过 ").append(panel.dueDays()).append(" 天，共 ")
                .append(Figures.count(panel.overdueTotal())).append(" 件")
                .append(panel.overdueTotal() > panel.overdue().size() ? "，列出最早的 " + panel.overdue().size() + " 件" : "")
                .append("）</caption>\n<thead><tr><th scope=\"col\" class=\"text\">区县</th><th scope=\"col\" class=\"text\">部门</th>")
                .append("<th scope=\"col\" class=\"text\">审核层级</th><th scope=\"col\" class=\"text\">进入审核日期</th>")
                .append("<th scope=\"col\">已等待</th></tr></thead>\n<tbody>\n");
        for (ReviewPanel.Overdue late : panel.overdue()) {
            html.append("<tr><td class=\"text\">").append(escape(RegionCode.labelOf(late.regionCode())))
                    .append("</td><th scope=\"row\">")
                    .append(escape(late.departmentName() == null ? late.departmentCode() : late.departmentName()))
                    .append("</th><td class=\"text\">").append(escape(ReviewPanel.stageLabel(late.stage())))
                    .append("</td><td class=\"text\">").append(late.enteredAt() == null ? Figures.NONE : DAY.format(late.enteredAt()))
                    .append("</td><td>").append(escape(Figures.days(late.daysWaiting()))).append("</td></tr>\n");
        }
        empty(html, panel.overdue().isEmpty(), 5, "没有超期未审的申报");
        html.append("</tbody>\n</table>\n");
    }

    private static void reasons(StringBuilder html, ReviewPanel panel) {
        html.append("<table>\n<caption>退回原因</caption>\n<thead><tr><th scope=\"col\" class=\"text\">退回原因</th>")
                .append("<th scope=\"col\">退回次数</th></tr></thead>\n<tbody>\n");
        for (ReviewPanel.ReasonCount reason : panel.returnReasons()) {
            html.append("<tr><th scope=\"row\">").append(escape(reason.reason().isEmpty() ? "未注明原因" : reason.reason()))
                    .append("</th><td>").append(Figures.count(reason.returns())).append("</td></tr>\n");
        }
        empty(html, panel.returnReasons().isEmpty(), 2, "本年度没有退回");
        html.append("</tbody>\n</table>\n");
    }

    private static void reviewers(StringBuilder html, ReviewPanel panel) {
        html.append("<table>\n<caption>审核人员办理情况</caption>\n<thead><tr><th scope=\"col\" class=\"text\">审核人员</th>")
                .append("<th scope=\"col\">已办理</th><th scope=\"col\">通过</th><th scope=\"col\">退回</th>")
                .append("<th scope=\"col\">不予通过</th><th scope=\"col\">用时中位数</th></tr></thead>\n<tbody>\n");
        for (ReviewPanel.ReviewerLoad reviewer : panel.reviewers()) {
            html.append("<tr><th scope=\"row\">").append(escape(reviewer.reviewer() == null ? "（未记录）" : reviewer.reviewer()))
                    .append("</th><td>").append(Figures.count(reviewer.decided())).append("</td><td>")
                    .append(Figures.count(reviewer.approved())).append("</td><td>").append(Figures.count(reviewer.returned()))
                    .append("</td><td>").append(Figures.count(reviewer.rejected())).append("</td><td>")
                    .append(escape(Figures.days(reviewer.medianDays()))).append("</td></tr>\n");
        }
        empty(html, panel.reviewers().isEmpty(), 6, "本年度尚无审核决定");
        html.append("</tbody>\n</table>\n");
    }

    private static void empty(StringBuilder html, boolean empty, int columns, String text) {
        if (empty) {
            html.append("<tr><td class=\"text\" colspan=\"").append(columns).append("\">").append(text).append("</td></tr>\n");
        }
    }
}
