package com.budgetperf.submission.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.review.Finding;

/**
 * The official Excel form of a department's 绩效目标, laid out as the Hebei public tables: sheet 部门整体 (header,
 * 总体/分项绩效目标, 工作保障措施, the department-wide indicator table), one 项目支出绩效目标表 per project (项目编码,
 * 项目名称, 主管部门, 预算规模及资金用途 in 万元, 资金支出计划（%）, 绩效目标, the 一级/二级/三级 grid with merged
 * 一级/二级 cells) and 填表说明. Amounts are numeric cells read back exactly, 指标值 stays text as written. Reading
 * never throws for bad content: it reports the cells to fix; it tells where every part of the document was, so
 * findings name their cell. A reviewed form carries the findings in its cells and on a 机审意见 sheet.
 */
public final class TargetForm {

    /** The form prefilled with {@code document} (blank when null), as .xlsx bytes. */
    public byte[] write(FormHeader header, TargetDocument document, FormLevels levels) {
        return bytes(FormWriter.write(header, document, levels).workbook());
    }

    /** The form prefilled with {@code document}, every finding in its cell and on the 机审意见 sheet. */
    public byte[] writeReviewed(FormHeader header, TargetDocument document, FormLevels levels, List<Finding> findings) {
        FormWriter.Written written = FormWriter.write(header, document, levels);
        FindingAnnotator.annotate(written, findings);
        return bytes(written.workbook());
    }

    /** Where each part of {@code document} sits in the form {@link #write} makes of it. */
    public FormPlaces places(FormHeader header, TargetDocument document, FormLevels levels) {
        FormWriter.Written written = FormWriter.write(header, document, levels);
        try (XSSFWorkbook workbook = written.workbook()) {
            return written.places();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an uploaded workbook; never throws for bad content (unreadable files are one problem). */
    public ReadForm read(InputStream xlsx) {
        return FormReader.read(xlsx);
    }

    private static byte[] bytes(XSSFWorkbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("绩效目标表生成失败", e);
        }
    }
}
