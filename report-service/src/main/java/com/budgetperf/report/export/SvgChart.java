package com.budgetperf.report.export;

import java.math.BigDecimal;
import java.math.MathContext;

import com.budgetperf.report.domain.cube.BarChart;

/**
 * A horizontal bar chart as hand-written SVG 1.1: Chinese text kept as text (UTF-8), fonts by family list, no
 * script, no external reference. {@link ChartLayout} is shared with the PNG rendering so both look alike.
 */
public final class SvgChart {

    private SvgChart() {
    }

    public static String render(BarChart chart) {
        ChartLayout layout = new ChartLayout(chart);
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(ChartLayout.WIDTH)
                .append("\" height=\"").append(layout.height()).append("\" viewBox=\"0 0 ").append(ChartLayout.WIDTH)
                .append(' ').append(layout.height()).append("\" role=\"img\" aria-label=\"").append(escape(chart.title()))
                .append("\" font-family=\"").append(ChartLayout.FONT_FAMILIES).append("\">\n")
                .append("<title>").append(escape(chart.title())).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<text x=\"").append(ChartLayout.WIDTH / 2).append("\" y=\"28\" text-anchor=\"middle\" font-size=\"18\" font-weight=\"bold\" fill=\"#222\">")
                .append(escape(chart.title())).append("</text>\n")
                .append("<text x=\"").append(ChartLayout.WIDTH - ChartLayout.MARGIN).append("\" y=\"48\" text-anchor=\"end\" font-size=\"12\" fill=\"#666\">单位：")
                .append(escape(chart.unit())).append("</text>\n");
        if (chart.bars().isEmpty()) {
            svg.append("<text x=\"").append(ChartLayout.WIDTH / 2).append("\" y=\"90\" text-anchor=\"middle\" font-size=\"14\" fill=\"#666\">暂无数据</text>\n");
        }
        for (int i = 0; i < chart.bars().size(); i++) {
            BarChart.Bar bar = chart.bars().get(i);
            int y = layout.barY(i);
            svg.append("<text x=\"").append(ChartLayout.LABEL_WIDTH - 8).append("\" y=\"").append(y + ChartLayout.BAR_HEIGHT - 6)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#222\">").append(escape(bar.label())).append("</text>\n")
                    .append("<rect x=\"").append(ChartLayout.LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(layout.barWidth(bar.value())).append("\" height=\"").append(ChartLayout.BAR_HEIGHT)
                    .append("\" fill=\"").append(ChartLayout.COLOUR).append("\"/>\n")
                    .append("<text x=\"").append(ChartLayout.LABEL_WIDTH + layout.barWidth(bar.value()) + 6).append("\" y=\"")
                    .append(y + ChartLayout.BAR_HEIGHT - 6).append("\" font-size=\"12\" fill=\"#444\">")
                    .append(escape(ChartLayout.number(bar.value()))).append("</text>\n");
        }
        svg.append("<line x1=\"").append(ChartLayout.LABEL_WIDTH).append("\" y1=\"").append(ChartLayout.TOP - 4)
                .append("\" x2=\"").append(ChartLayout.LABEL_WIDTH).append("\" y2=\"").append(layout.height() - ChartLayout.MARGIN + 4)
                .append("\" stroke=\"#999\"/>\n</svg>\n");
        return svg.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Layout of a chart, in pixels, the same for SVG and PNG. */
    static final class ChartLayout {
        static final int WIDTH = 800;
        static final int MARGIN = 20;
        static final int TOP = 64;
        static final int LABEL_WIDTH = 220;
        static final int BAR_HEIGHT = 22;
        static final int GAP = 8;
        static final int VALUE_ROOM = 110;
        static final String COLOUR = "#3b6ea5";
        static final String FONT_FAMILIES = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, SimHei, sans-serif";

        private final BarChart chart;

        ChartLayout(BarChart chart) {
            this.chart = chart;
        }

        int height() {
            return TOP + Math.max(1, chart.bars().size()) * (BAR_HEIGHT + GAP) + MARGIN;
        }

        int barY(int index) {
            return TOP + index * (BAR_HEIGHT + GAP);
        }

        int barWidth(BigDecimal value) {
            BigDecimal max = chart.max();
            if (max.signum() <= 0 || value == null || value.signum() <= 0) {
                return 0;
            }
            int room = WIDTH - LABEL_WIDTH - MARGIN - VALUE_ROOM;
            return Math.max(1, value.multiply(BigDecimal.valueOf(room)).divide(max, MathContext.DECIMAL64).intValue());
        }

        static String number(BigDecimal value) {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }
    }
}
