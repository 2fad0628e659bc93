package com.budgetperf.submission.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the official form: title, header and label cells, text, amounts (万元) and shares (%). */
final class FormStyles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle label;
    final CellStyle text;
    final CellStyle amount;
    final CellStyle share;
    final CellStyle note;
    final CellStyle plain;

    FormStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        short textFormat = workbook.createDataFormat().getFormat("@");

        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        header = bordered(workbook);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        label = bordered(workbook);
        label.setFont(bold);
        label.setAlignment(HorizontalAlignment.CENTER);
        text = bordered(workbook);
        text.setDataFormat(textFormat);
        amount = bordered(workbook);
        amount.setDataFormat(workbook.createDataFormat().getFormat("0.00####"));
        amount.setAlignment(HorizontalAlignment.RIGHT);
        share = bordered(workbook);
        share.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
        share.setAlignment(HorizontalAlignment.CENTER);
        note = workbook.createCellStyle();
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        plain = workbook.createCellStyle();
        plain.setAlignment(HorizontalAlignment.RIGHT);
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }
}
