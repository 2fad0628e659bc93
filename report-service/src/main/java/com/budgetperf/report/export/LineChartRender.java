package com.budgetperf.report.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import javax.imageio.ImageIO;

import com.budgetperf.report.domain.cube.LineChart;

/**
 * A line chart over days as hand-written SVG (Chinese as text, no script, no external reference) and as PNG
 * (Java2D, same layout; Chinese needs a CJK font on the host, see {@link PngChart}). Days sit on the x axis at
 * their distance in time; each series is a polyline with one marked point per day and a legend above the plot.
 */
public final class LineChartRender {

    static final int WIDTH = 800;
    static final int HEIGHT = 420;
    static final int LEFT = 70;
    static final int RIGHT = 30;
    static final int TOP = 90;
    static final int BOTTOM = 60;

    private LineChartRender() {
    }

    public static String svg(LineChart chart) {
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(SvgChart.escape(chart.title()))
                .append("\" font-family=\"").append(SvgChart.ChartLayout.FONT_FAMILIES).append("\">\n")
                .append("<title>").append(SvgChart.escape(chart.title())).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<text x=\"").append(WIDTH / 2).append("\" y=\"28\" text-anchor=\"middle\" font-size=\"18\" font-weight=\"bold\" fill=\"#222\">")
                .append(SvgChart.escape(chart.title())).append("</text>\n")
                .append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"48\" text-anchor=\"end\" font-size=\"12\" fill=\"#666\">单位：")
                .append(SvgChart.escape(chart.unit())).append("</text>\n");
        // legend
        svg.append("<g class=\"legend\">\n");
        for (int s = 0; s < chart.series().size(); s++) {
            LineChart.Series series = chart.series().get(s);
            int x = LEFT + s * 120;
            svg.append("<line x1=\"").append(x).append("\" y1=\"62\" x2=\"").append(x + 24).append("\" y2=\"62\" stroke=\"")
                    .append(series.colour()).append("\" stroke-width=\"3\"/><text x=\"").append(x + 30)
                    .append("\" y=\"66\" font-size=\"13\" fill=\"#222\">").append(SvgChart.escape(series.name())).append("</text>\n");
        }
        svg.append("</g>\n");
        // axes
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(HEIGHT - BOTTOM).append("\" stroke=\"#999\"/>\n<line x1=\"").append(LEFT).append("\" y1=\"")
                .append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(HEIGHT - BOTTOM)
                .append("\" stroke=\"#999\"/>\n");
        long max = niceMax(chart.max());
        for (int tick = 0; tick <= 4; tick++) {
            long value = max * tick / 4;
            int y = y(value, max);
            svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#666\">").append(value).append("</text>\n");
        }
        if (chart.days().isEmpty()) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#666\">暂无数据</text>\n");
        } else {
            for (int d : labelledDays(chart)) {
                svg.append("<text x=\"").append(x(chart, d)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#666\">").append(chart.days().get(d))
                        .append("</text>\n");
            }
        }
        for (LineChart.Series series : chart.series()) {
            svg.append("<g class=\"series\" data-series=\"").append(SvgChart.escape(series.name())).append("\">\n<polyline fill=\"none\" stroke=\"")
                    .append(series.colour()).append("\" stroke-width=\"2\" points=\"");
            for (int d = 0; d < chart.days().size(); d++) {
                svg.append(d == 0 ? "" : " ").append(x(chart, d)).append(',').append(y(series.values().get(d), max));
            }
            svg.append("\"/>\n");
            for (int d = 0; d < chart.days().size(); d++) {
                svg.append("<circle class=\"point\" cx=\"").append(x(chart, d)).append("\" cy=\"").append(y(series.values().get(d), max))
                        .append("\" r=\"3\" fill=\"").append(series.colour()).append("\"><title>").append(chart.days().get(d))
                        .append(' ').append(SvgChart.escape(series.name())).append('：').append(series.values().get(d))
                        .append("</title></circle>\n");
            }
            svg.append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    public static byte[] png(LineChart chart) {
        String family = PngChart.fontFamily();
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0x22, 0x22, 0x22));
            g.setFont(new Font(family, Font.BOLD, 18));
            centred(g, chart.title(), WIDTH / 2, 28);
            g.setFont(new Font(family, Font.PLAIN, 12));
            g.setColor(new Color(0x66, 0x66, 0x66));
            String unit = "单位：" + chart.unit();
            g.drawString(unit, WIDTH - RIGHT - g.getFontMetrics().stringWidth(unit), 48);
            g.setFont(new Font(family, Font.PLAIN, 13));
            for (int s = 0; s < chart.series().size(); s++) {
                LineChart.Series series = chart.series().get(s);
                int x = LEFT + s * 120;
                g.setColor(Color.decode(series.colour()));
                g.setStroke(new BasicStroke(3));
                g.drawLine(x, 62, x + 24, 62);
                g.setColor(new Color(0x22, 0x22, 0x22));
                g.drawString(series.name(), x + 30, 66);
            }
            g.setStroke(new BasicStroke(1));
            g.setColor(new Color(0x99, 0x99, 0x99));
            g.drawLine(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
            g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
            long max = niceMax(chart.max());
            g.setFont(new Font(family, Font.PLAIN, 11));
            g.setColor(new Color(0x66, 0x66, 0x66));
            for (int tick = 0; tick <= 4; tick++) {
                long value = max * tick / 4;
                String label = Long.toString(value);
                g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y(value, max) + 4);
            }
            if (chart.days().isEmpty()) {
                g.setFont(new Font(family, Font.PLAIN, 14));
                centred(g, "暂无数据", WIDTH / 2, HEIGHT / 2);
            } else {
                for (int d : labelledDays(chart)) {
                    centred(g, chart.days().get(d).toString(), x(chart, d), HEIGHT - BOTTOM + 18);
                }
            }
            for (LineChart.Series series : chart.series()) {
                g.setColor(Color.decode(series.colour()));
                g.setStroke(new BasicStroke(2));
                for (int d = 0; d < chart.days().size(); d++) {
                    int x = x(chart, d);
                    int y = y(series.values().get(d), max);
                    if (d > 0) {
                        g.drawLine(x(chart, d - 1), y(series.values().get(d - 1), max), x, y);
                    }
                    g.fillOval(x - 3, y - 3, 6, 6);
                }
            }
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** First, last and (with more than two days) the middle day carry a date label. */
    private static int[] labelledDays(LineChart chart) {
        int n = chart.days().size();
        if (n == 1) {
            return new int[] {0};
        }
        return n == 2 ? new int[] {0, 1} : new int[] {0, n / 2, n - 1};
    }

    static int x(LineChart chart, int index) {
        int width = WIDTH - LEFT - RIGHT - 40;
        if (chart.days().size() == 1) {
            return LEFT + 20 + width / 2;
        }
        LocalDate first = chart.days().get(0);
        long span = ChronoUnit.DAYS.between(first, chart.days().get(chart.days().size() - 1));
        long offset = ChronoUnit.DAYS.between(first, chart.days().get(index));
        return LEFT + 20 + (int) (width * offset / Math.max(1, span));
    }

    static int y(long value, long max) {
        int height = HEIGHT - TOP - BOTTOM;
        return HEIGHT - BOTTOM - (int) (height * value / Math.max(1, max));
    }

    /** The top of the y axis: at least 4, rounded up to a multiple of 4 so the ticks are whole numbers. */
    static long niceMax(long max) {
        return Math.max(4, (max + 3) / 4 * 4);
    }

    private static void centred(Graphics2D g, String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
    }
}
