package com.budgetperf.report.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.budgetperf.report.domain.Disclosure;
import com.budgetperf.report.domain.Disclosure.IndicatorRow;
import com.budgetperf.report.domain.Disclosure.ProjectTable;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A department's disclosure as PDF (OpenPDF), the content and layout of {@link DisclosureXlsx}: page 1 the
 * 部门整体绩效目标 (一、总体绩效目标, 二、分项绩效目标, 三、部门整体绩效指标, 四、工作保障措施), then each project's
 * 项目支出绩效目标表 on a new page — 项目编码 / 项目名称, 主管部门 / 实施单位, 预算规模及资金用途, 资金支出计划（%）,
 * 绩效目标, and the indicator grid with its 一级 and 二级 cells merged over their rows and its header row repeated on
 * every page the grid runs onto. 涉密 projects arrive redacted ({@link ProjectTable#published}). The CJK font is
 * embedded (subset), so the document reads the same on any machine; it must exist on the host
 * (see {@code report.pdf.font-path}).
 */
public final class DisclosurePdf {

    private static final Map<String, BaseFont> FONTS = new ConcurrentHashMap<>();
    /** 一级, 二级, 三级, 描述, 指标值, 依据, 评分 — the form rows above the grid use the same seven columns. */
    private static final float[] WIDTHS = {11, 12, 15, 20, 12, 16, 14};
    private static final int COLUMNS = WIDTHS.length;
    private static final Color HEADER = new Color(0xE8, 0xEE, 0xF5);
    private static final Color LABEL = new Color(0xF5, 0xF7, 0xFA);

    private DisclosurePdf() {
    }

    /**
     * @param fontPath a .ttf/.otf file or a .ttc collection
     * @param fontIndex the face of a collection
     */
    public static byte[] write(Disclosure disclosure, String fontPath, int fontIndex) {
        Fonts fonts = new Fonts(font(fontPath, fontIndex));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            String department = disclosure.publisher();
            document.addTitle(department + disclosure.fiscalYear() + "年度部门预算绩效目标");
            document.addCreator("report-service 预算绩效目标报表");
            document.open();
            document.add(centred(department, fonts.title, 2));
            document.add(centred(disclosure.fiscalYear() + "年度部门预算绩效目标", fonts.title, 10));
            departmentPart(document, fonts, disclosure);
            int n = 0;
            for (ProjectTable project : disclosure.projects()) {
                document.newPage();
                if (n == 0) {
                    document.add(heading("第二部分  预算项目绩效目标", fonts.part));
                }
                n++;
                projectPart(document, fonts, disclosure, n, project);
            }
            if (disclosure.projects().isEmpty()) {
                document.add(heading("第二部分  预算项目绩效目标", fonts.part));
                document.add(new Paragraph("（无预算项目）", fonts.text));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("disclosure PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static void departmentPart(Document document, Fonts fonts, Disclosure disclosure) {
        document.add(heading("第一部分  部门整体绩效目标", fonts.part));
        Disclosure.DepartmentTable department = disclosure.department();
        if (department.isEmpty()) {
            document.add(new Paragraph("（本年度申报未填写部门整体绩效目标）", fonts.text));
            return;
        }
        if (department.overallGoal() != null) {
            document.add(heading("一、总体绩效目标", fonts.section));
            body(document, department.overallGoal(), fonts);
        }
        if (!department.goals().isEmpty()) {
            document.add(heading("二、分项绩效目标", fonts.section));
            department.goals().forEach(goal -> body(document, goal, fonts));
        }
        if (!department.indicators().isEmpty()) {
            document.add(heading("三、部门整体绩效指标", fonts.section));
            document.add(grid(department.indicators(), fonts));
        }
        if (department.safeguards() != null) {
            document.add(heading("四、工作保障措施", fonts.section));
            body(document, department.safeguards(), fonts);
        }
    }

    private static void projectPart(Document document, Fonts fonts, Disclosure disclosure, int n, ProjectTable project) {
        document.add(centred(n + "." + project.name() + "绩效目标表", fonts.tableTitle, 6));
        PdfPTable top = new PdfPTable(new float[] {70, 30});
        top.setWidthPercentage(100);
        top.addCell(borderless(disclosure.publisher(), fonts.small,
                Element.ALIGN_LEFT));
        top.addCell(borderless("单位：万元", fonts.small, Element.ALIGN_RIGHT));
        document.add(top);
        PdfPTable form = table();
        form.addCell(label("项目编码", fonts, 1));
        form.addCell(span(cell(project.code(), fonts.text), 3));
        form.addCell(label("项目名称", fonts, 1));
        form.addCell(span(cell(project.name(), fonts.text), 2));
        form.addCell(label("主管部门", fonts, 1));
        form.addCell(span(cell(disclosure.departmentName(), fonts.text), 3));
        form.addCell(label("实施单位", fonts, 1));
        form.addCell(span(cell(disclosure.departmentName(), fonts.text), 2));
        form.addCell(label("预算规模及资金用途", fonts, 2));
        form.addCell(label("预算数", fonts, 1));
        form.addCell(amount(project.budgetTotal(), fonts));
        form.addCell(label("其中：财政资金", fonts, 1));
        form.addCell(amount(project.budgetFiscal(), fonts));
        form.addCell(label("其他资金", fonts, 1));
        form.addCell(amount(project.budgetOther(), fonts));
        form.addCell(span(cell(project.purpose(), fonts.text), COLUMNS - 1));
        if (project.plan() != null) {
            form.addCell(label("资金支出计划（%）", fonts, 2));
            List<BigDecimal> shares = project.plan().shares();
            for (int m = 0; m < 4; m++) {
                form.addCell(span(centre(cell(Disclosure.SpendingPlan.MONTHS.get(m), fonts.text)), m == 3 ? 3 : 1));
            }
            for (int m = 0; m < 4; m++) {
                form.addCell(span(centre(cell(IndicatorGrid.percent(shares.get(m)), fonts.text)), m == 3 ? 3 : 1));
            }
        }
        List<String> goals = project.goals().isEmpty() ? List.of("") : project.goals();
        form.addCell(label("绩效目标", fonts, goals.size()));
        for (String goal : goals) {
            form.addCell(span(cell(goal, fonts.text), COLUMNS - 1));
        }
        document.add(form);
        document.add(grid(project.indicators(), fonts));
    }

    /** The indicator grid: a header row repeated on every page, 一级 and 二级 merged over their rows. */
    private static PdfPTable grid(List<IndicatorRow> rows, Fonts fonts) {
        boolean scored = Disclosure.scored(rows);
        PdfPTable grid = table();
        for (int c = 0; c < IndicatorGrid.HEADERS.size(); c++) {
            PdfPCell header = label(IndicatorGrid.HEADERS.get(c), fonts, 1);
            header.setBackgroundColor(HEADER);
            grid.addCell(c == 5 && !scored ? span(header, 2) : header);
        }
        if (scored) {
            PdfPCell header = label(IndicatorGrid.SCORING, fonts, 1);
            header.setBackgroundColor(HEADER);
            grid.addCell(header);
        }
        grid.setHeaderRows(1);
        for (int r = 0; r < rows.size(); r++) {
            IndicatorRow row = rows.get(r);
            int level1 = IndicatorGrid.level1Span(rows, r);
            if (level1 > 0) {
                PdfPCell cell = centre(cell(row.level1(), fonts.text));
                cell.setRowspan(level1);
                grid.addCell(cell);
            }
            int level2 = IndicatorGrid.level2Span(rows, r);
            if (level2 > 0) {
                PdfPCell cell = centre(cell(row.level2(), fonts.text));
                cell.setRowspan(level2);
                grid.addCell(cell);
            }
            List<String> cells = IndicatorGrid.cells(row, scored);
            for (int c = 0; c < cells.size(); c++) {
                PdfPCell cell = cell(cells.get(c), fonts.text);
                grid.addCell(c == 2 ? centre(cell) : c == 3 && !scored ? span(cell, 2) : cell);
            }
        }
        if (rows.isEmpty()) {
            grid.addCell(span(centre(cell("（无指标）", fonts.text)), COLUMNS));
        }
        return grid;
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

    /** The sizes used: titles 15, part headings 13, table titles 12, section headings 11, body and cells 9. */
    private record Fonts(Font title, Font part, Font tableTitle, Font section, Font text, Font bold, Font small) {

        Fonts(BaseFont base) {
            this(new Font(base, 15, Font.BOLD), new Font(base, 13, Font.BOLD), new Font(base, 12, Font.BOLD),
                    new Font(base, 11, Font.BOLD), new Font(base, 9), new Font(base, 9, Font.BOLD),
                    new Font(base, 9, Font.NORMAL, new Color(0x44, 0x44, 0x44)));
        }
    }

    private static PdfPTable table() {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        // a row that does not fit moves to the next page whole (split only when taller than a page)
        table.setSplitLate(true);
        return table;
    }

    private static Paragraph centred(String content, Font font, float after) {
        Paragraph paragraph = new Paragraph(content, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static Paragraph heading(String content, Font font) {
        Paragraph paragraph = new Paragraph(content, font);
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    /** Body text, one paragraph per line of the document, first line indented two characters. */
    private static void body(Document document, String text, Fonts fonts) {
        for (String line : text.split("\n")) {
            Paragraph paragraph = new Paragraph(16, line.strip(), fonts.text);
            paragraph.setFirstLineIndent(18);
            paragraph.setSpacingAfter(2);
            document.add(paragraph);
        }
    }

    private static PdfPCell label(String content, Fonts fonts, int rows) {
        PdfPCell cell = centre(cell(content, fonts.bold));
        cell.setBackgroundColor(LABEL);
        cell.setRowspan(rows);
        return cell;
    }

    private static PdfPCell amount(BigDecimal value, Fonts fonts) {
        PdfPCell cell = cell(Amounts.written(value), fonts.text);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static PdfPCell borderless(String content, Font font, int alignment) {
        PdfPCell cell = cell(content, font);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static PdfPCell cell(String content, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(nonNull(content), font));
        cell.setPaddingTop(3);
        cell.setPaddingBottom(4);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        cell.setLeading(0, 1.3f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static PdfPCell centre(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static PdfPCell span(PdfPCell cell, int columns) {
        cell.setColspan(columns);
        return cell;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
