package com.budgetperf.report.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import com.budgetperf.report.domain.cube.BarChart;
import com.budgetperf.report.export.SvgChart.ChartLayout;

/**
 * The same chart as {@link SvgChart}, drawn with Java2D into a PNG. Chinese needs a CJK font installed on the
 * host (Debian/Ubuntu: {@code apt-get install -y fonts-noto-cjk}); the first installed family that can show
 * 预算绩效 is used, a logical font otherwise (which then shows boxes).
 */
public final class PngChart {

    private static final String SAMPLE = "预算绩效目标区县";
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "AR PL UMing CN", "Droid Sans Fallback");

    private static volatile String family;

    private PngChart() {
    }

    /** The font family used for Chinese text; "SansSerif" when no CJK font is installed. */
    public static String fontFamily() {
        if (family == null) {
            System.setProperty("java.awt.headless", "true");
            List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames());
            family = PREFERRED.stream().filter(installed::contains).findFirst()
                    .orElseGet(() -> installed.stream()
                            .filter(name -> new Font(name, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1)
                            .findFirst().orElse(Font.SANS_SERIF));
        }
        return family;
    }

    public static byte[] render(BarChart chart) {
        ChartLayout layout = new ChartLayout(chart);
        String fontFamily = fontFamily();
        BufferedImage image = new BufferedImage(ChartLayout.WIDTH, layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, ChartLayout.WIDTH, layout.height());
            g.setColor(new Color(0x22, 0x22, 0x22));
            g.setFont(new Font(fontFamily, Font.BOLD, 18));
            centred(g, chart.title(), ChartLayout.WIDTH / 2, 28);
            g.setFont(new Font(fontFamily, Font.PLAIN, 12));
            g.setColor(new Color(0x66, 0x66, 0x66));
            String unit = "单位：" + chart.unit();
            g.drawString(unit, ChartLayout.WIDTH - ChartLayout.MARGIN - g.getFontMetrics().stringWidth(unit), 48);
            if (chart.bars().isEmpty()) {
                g.setFont(new Font(fontFamily, Font.PLAIN, 14));
                centred(g, "暂无数据", ChartLayout.WIDTH / 2, 90);
            }
            Color bars = Color.decode(ChartLayout.COLOUR);
            for (int i = 0; i < chart.bars().size(); i++) {
                BarChart.Bar bar = chart.bars().get(i);
                int y = layout.barY(i);
                g.setFont(new Font(fontFamily, Font.PLAIN, 13));
                g.setColor(new Color(0x22, 0x22, 0x22));
                FontMetrics metrics = g.getFontMetrics();
                g.drawString(bar.label(), ChartLayout.LABEL_WIDTH - 8 - metrics.stringWidth(bar.label()),
                        y + ChartLayout.BAR_HEIGHT - 6);
                int width = layout.barWidth(bar.value());
                g.setColor(bars);
                g.fillRect(ChartLayout.LABEL_WIDTH, y, width, ChartLayout.BAR_HEIGHT);
                g.setFont(new Font(fontFamily, Font.PLAIN, 12));
                g.setColor(new Color(0x44, 0x44, 0x44));
                g.drawString(ChartLayout.number(bar.value()), ChartLayout.LABEL_WIDTH + width + 6,
                        y + ChartLayout.BAR_HEIGHT - 6);
            }
            g.setColor(new Color(0x99, 0x99, 0x99));
            g.drawLine(ChartLayout.LABEL_WIDTH, ChartLayout.TOP - 4, ChartLayout.LABEL_WIDTH,
                    layout.height() - ChartLayout.MARGIN + 4);
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

    private static void centred(Graphics2D g, String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
    }
}
