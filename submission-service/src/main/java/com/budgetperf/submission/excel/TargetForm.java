package com.budgetperf.submission.excel;

import java.io.InputStream;

import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * The official Excel form of a department's 绩效目标, in the spirit of the Hebei public tables: sheet 部门信息
 * (header and department-wide goals), sheet 项目 (one row per 预算项目: 预算数, 资金用途, 资金支出计划, 绩效目标,
 * 涉密) and sheet 绩效指标 (one row per indicator, linked to its project by 项目编码; empty for department-wide
 * indicators). Amounts are numeric cells read back exactly (BigDecimal from the cell's text), 指标值 stays text
 * as written. Reading never throws for bad content: it reports the cells to fix.
 */
public final class TargetForm {

    /** The form prefilled with {@code document} (sheets 部门信息, 项目, 绩效指标, 填写说明), as .xlsx bytes. */
    public byte[] write(FormHeader header, TargetDocument document) {
        return FormWriter.write(header, document);
    }

    /** Reads an uploaded workbook; never throws for bad content (unreadable files are one problem). */
    public ReadForm read(InputStream xlsx) {
        return FormReader.read(xlsx);
    }
}
