package com.budgetperf.submission.excel;

import static com.budgetperf.submission.excel.FormLayout.*;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The 填表说明 sheet: how to fill the form in a few lines (never read back). */
final class GuideSheet {

    static final List<String> LINES = List.of(
            "填表说明",
            "1. “部门整体”表：预算年度、行政区划代码（6 位）、部门编码、部门名称必填；分项绩效目标每行一条，可插入行。",
            "2. 每个预算项目一张“项目支出绩效目标表”（工作表名如“项目1 …”）。增加项目：复制一张项目表（移动或复制工作表）后改写内容；删除项目：删除该工作表。",
            "3. 预算数、财政资金、其他资金单位为万元，填数字；预算数应等于财政资金与其他资金之和。",
            "4. 资金支出计划填截至 3月底、6月底、10月底、12月底 的累计支出比例（%），12月底应为 100。",
            "5. 绩效目标每行一条，可插入行；是否涉密填“是”或“否”。",
            "6. 指标表：一级、二级指标可从下拉列表选择；合并的一级、二级单元格对其所覆盖的各行有效，一级指标留空的行沿用上一行的一级指标。",
            "7. 指标值按原样填写，如 ≥95%、≤4.5%、1524人、2021年12月底前；指标值确定依据写明文件、计划、标准或统计数据。",
            "8. 表中预置的空白指标行未填写时不报送；夹在已填行之间的空白行按空行报送，机审会提示，不需要的请整行删除。",
            "9. 上传后机审问题标注在对应单元格；下载“机审意见”版可看到标色单元格、批注和“机审意见”表，改好后直接重新上传即可（“机审意见”表和批注不会被读取）。");

    private GuideSheet() {
    }

    static void write(Workbook workbook, FormStyles styles) {
        Sheet sheet = workbook.createSheet(GUIDE_SHEET);
        sheet.setColumnWidth(0, 120 * 256);
        for (int i = 0; i < LINES.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(LINES.get(i));
            cell.setCellStyle(i == 0 ? styles.label : styles.note);
        }
    }
}
