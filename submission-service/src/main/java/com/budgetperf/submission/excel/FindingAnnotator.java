package com.budgetperf.submission.excel;

import static com.budgetperf.submission.excel.FormLayout.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.Severity;
import com.budgetperf.submission.domain.review.StandardRules;

/**
 * Puts a version's machine-review findings into its written form: every finding's cell filled by severity (ERROR
 * red, WARNING yellow, INFO blue; the worst wins on a cell) with a comment (the rule's Chinese title, the message and
 * how to fix it), and a 机审意见 sheet listing them all (序号, 严重程度, 规则, 工作表, 单元格 linked to the cell, 说明,
 * 修改建议). Uploading the workbook again reads none of it.
 */
final class FindingAnnotator {

    static final List<String> HEADERS = List.of("序号", "严重程度", "规则", "工作表", "单元格", "说明", "修改建议");
    private static final int[] WIDTHS = { 6, 10, 26, 22, 8, 70, 40 };
    private static final Map<String, String> FIXES = fixes();

    private final XSSFWorkbook workbook;
    private final FormStyles styles;
    private final CreationHelper helper;
    private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();
    private final Map<String, CellStyle> filled = new HashMap<>();

    private FindingAnnotator(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.styles = new FormStyles(workbook);
        this.helper = workbook.getCreationHelper();
    }

    /** A finding where it shows in the written form. */
    record Placed(Finding finding, Finding.Location location) {
    }

    static void annotate(FormWriter.Written written, List<Finding> findings) {
        new FindingAnnotator(written.workbook()).annotate(written.places(), findings);
    }

    static String fix(Finding finding) {
        String fix = FIXES.get(finding.ruleCode());
        if (fix != null) {
            return fix;
        }
        return switch (finding.severity()) {
            case ERROR -> "必须改正后才能报送，请按说明修改";
            case WARNING -> "请按说明修改，或在报送时说明理由";
            case INFO -> "请核实，无误可不修改";
        };
    }

    static String severityLabel(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    private void annotate(FormPlaces places, List<Finding> findings) {
        List<Placed> placed = new ArrayList<>();
        Map<String, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding finding : findings) {
            Finding.Location at = places.locate(finding.path());
            if (at == null || workbook.getSheet(at.sheet()) == null) {
                at = new Finding.Location(DEPARTMENT_SHEET, "A1");
            }
            placed.add(new Placed(finding, at));
            byCell.computeIfAbsent(at.sheet() + "!" + at.cell(), key -> new ArrayList<>()).add(finding);
        }
        byCell.forEach((key, onCell) -> {
            int bang = key.lastIndexOf('!');
            mark(workbook.getSheet(key.substring(0, bang)), new CellReference(key.substring(bang + 1)), onCell);
        });
        list(placed);
    }

    private void mark(Sheet sheet, CellReference ref, List<Finding> onCell) {
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        Severity worst = onCell.stream().map(Finding::severity).min(Enum::compareTo).orElse(Severity.INFO);
        cell.setCellStyle(filled(cell.getCellStyle(), worst));
        StringBuilder text = new StringBuilder();
        for (Finding finding : onCell) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append("【").append(severityLabel(finding.severity())).append("】")
                    .append(StandardRules.title(finding.ruleCode()).orElse(finding.ruleCode()))
                    .append("\n").append(finding.message())
                    .append("\n修改：").append(fix(finding));
        }
        Drawing<?> drawing = drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(ref.getCol() + 1);
        anchor.setCol2(ref.getCol() + 5);
        anchor.setRow1(ref.getRow());
        anchor.setRow2(ref.getRow() + 3 + 3 * onCell.size());
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text.toString()));
        comment.setAuthor("机审");
        cell.setCellComment(comment);
    }

    /** The cell's own style with the severity's fill (borders and formats kept), one style per pair. */
    private CellStyle filled(CellStyle base, Severity severity) {
        return filled.computeIfAbsent(base.getIndex() + "/" + severity, key -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setFillForegroundColor(fillColour(severity));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    static short fillColour(Severity severity) {
        return switch (severity) {
            case ERROR -> IndexedColors.ROSE.getIndex();
            case WARNING -> IndexedColors.LIGHT_YELLOW.getIndex();
            case INFO -> IndexedColors.LIGHT_TURQUOISE.getIndex();
        };
    }

    private void list(List<Placed> placed) {
        Sheet sheet = workbook.createSheet(FINDINGS_SHEET);
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADERS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(HEADERS.get(c));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Font blue = workbook.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        CellStyle link = workbook.createCellStyle();
        link.cloneStyleFrom(styles.text);
        link.setFont(blue);
        for (int i = 0; i < placed.size(); i++) {
            Finding finding = placed.get(i).finding();
            Finding.Location at = placed.get(i).location();
            Row row = sheet.createRow(i + 1);
            String[] values = { String.valueOf(i + 1), severityLabel(finding.severity()),
                    StandardRules.title(finding.ruleCode()).orElse(finding.ruleCode()) + "（" + finding.ruleCode() + "）",
                    at.sheet(), at.cell(), finding.message(), fix(finding) };
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(values[c]);
                cell.setCellStyle(c == 4 ? link : styles.text);
            }
            row.getCell(1).setCellStyle(filled(styles.text, finding.severity()));
            Hyperlink hyperlink = helper.createHyperlink(HyperlinkType.DOCUMENT);
            hyperlink.setAddress("'" + at.sheet().replace("'", "''") + "'!" + at.cell());
            row.getCell(4).setHyperlink(hyperlink);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, placed.size()), 0, HEADERS.size() - 1));
        int index = workbook.getSheetIndex(sheet);
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            workbook.getSheetAt(s).setSelected(s == index);
        }
        workbook.setActiveSheet(index);
    }

    private static Map<String, String> fixes() {
        Properties properties = new Properties();
        try (InputStream in = FindingAnnotator.class.getResourceAsStream("/form/rule-fixes.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> fixes = new HashMap<>();
        properties.forEach((code, fix) -> fixes.put(code.toString(), fix.toString()));
        return Map.copyOf(fixes);
    }
}
