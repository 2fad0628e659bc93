package com.budgetperf.report.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.budgetperf.report.domain.Disclosure;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A department's disclosure document as PDF (OpenPDF), the same content and Hebei layout as
 * {@link DisclosureXlsx}: one page per project — title, 项目名称, 主管部门及代码, 实施单位, 项目资金（万元）年度资金总额 /
 * 其中：财政拨款 / 其他资金, then 一级/二级/三级指标 and 指标值. 涉密 projects keep their budget and 一级/二级 but show
 * “涉密” for the name, every 三级指标 and value. The CJK font is embedded (subset), so the document reads the same on
 * any machine; it must exist on the host (see {@code report.pdf.font-path}).
 */
public final class DisclosurePdf {

    private static final Map<String, BaseFont> FONTS = new ConcurrentHashMap<>();
    private static final float[] WIDTHS = {22, 22, 30, 26};

    private DisclosurePdf() {
    }

    /**
     * @param fontPath a .ttf/.otf file or a .ttc collection
     * @param fontIndex the face of a collection
     */
    public static byte[] write(Disclosure disclosure, String fontPath, int fontIndex) {
        BaseFont base = font(fontPath, fontIndex);
        Font title = new Font(base, 16, Font.BOLD);
        Font subtitle = new Font(base, 10, Font.NORMAL, new Color(0x44, 0x44, 0x44));
        Font text = new Font(base, 10);
        Font bold = new Font(base, 10, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(disclosure.fiscalYear() + "年度项目支出绩效目标表 " + nonNull(disclosure.departmentName()));
            document.addCreator("report-service 预算绩效目标报表");
            document.open();
            if (disclosure.projects().isEmpty()) {
                document.add(centred(disclosure.fiscalYear() + "年度项目支出绩效目标表", title));
                document.add(centred("（无项目）", text));
            }
            boolean first = true;
            for (Disclosure.ProjectTable project : disclosure.projects()) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                document.add(centred(disclosure.fiscalYear() + "年度项目支出绩效目标表", title));
                Paragraph unit = new Paragraph("单位：万元", subtitle);
                unit.setAlignment(Element.ALIGN_RIGHT);
                unit.setSpacingBefore(6);
                unit.setSpacingAfter(4);
                document.add(unit);
                PdfPTable table = new PdfPTable(WIDTHS);
                table.setWidthPercentage(100);
                String department = nonNull(disclosure.departmentName()) + "（" + disclosure.departmentCode() + "）";
                pair(table, "项目名称", project.publishedName(), bold, text);
                pair(table, "主管部门及代码", department, bold, text);
                pair(table, "实施单位", disclosure.departmentName(), bold, text);
                PdfPCell funds = cell("项目资金（万元）", bold);
                funds.setRowspan(3);
                table.addCell(funds);
                amount(table, "年度资金总额", project.budgetTotal(), text);
                amount(table, "其中：财政拨款", project.budgetFiscal(), text);
                amount(table, "其他资金", project.budgetOther(), text);
                for (String label : new String[] {"一级指标", "二级指标", "三级指标", "指标值"}) {
                    PdfPCell header = cell(label, bold);
                    header.setBackgroundColor(new Color(0xEE, 0xF2, 0xF7));
                    header.setHorizontalAlignment(Element.ALIGN_CENTER);
                    table.addCell(header);
                }
                table.setHeaderRows(0);
                for (Disclosure.IndicatorRow indicator : project.indicators()) {
                    table.addCell(cell(indicator.level1(), text));
                    table.addCell(cell(indicator.level2(), text));
                    table.addCell(cell(project.classified() ? Disclosure.REDACTED : indicator.name(), text));
                    table.addCell(cell(project.classified() ? Disclosure.REDACTED : indicator.value(), text));
                }
                document.add(table);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("disclosure PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** Loaded once per file and face; a missing font is a configuration error of the host. */
    static BaseFont font(String fontPath, int fontIndex) {
        String spec = fontPath.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? fontPath + "," + fontIndex : fontPath;
        return FONTS.computeIfAbsent(spec, key -> {
            try {
                return BaseFont.createFont(key, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException("CJK font " + key + " not readable (apt-get install -y fonts-noto-cjk, "
                        + "or set report.pdf.font-path)", e);
            } catch (DocumentException e) {
                throw new IllegalStateException("CJK font " + key + " not usable", e);
            }
        });
    }

    private static Paragraph centred(String content, Font font) {
        Paragraph paragraph = new Paragraph(content, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static void pair(PdfPTable table, String label, String value, Font bold, Font text) {
        table.addCell(cell(label, bold));
        PdfPCell content = cell(value, text);
        content.setColspan(3);
        table.addCell(content);
    }

    private static void amount(PdfPTable table, String label, BigDecimal value, Font text) {
        table.addCell(cell(label, text));
        PdfPCell content = cell(value == null ? "" : value.setScale(6, RoundingMode.UNNECESSARY).toPlainString(), text);
        content.setColspan(2);
        content.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(content);
    }

    private static PdfPCell cell(String content, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(nonNull(content), font));
        cell.setPadding(5);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
