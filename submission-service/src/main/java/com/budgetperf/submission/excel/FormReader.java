package com.budgetperf.submission.excel;

import static com.budgetperf.submission.excel.FormLayout.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * Reads an uploaded form back into a document and the places of its parts. It never throws for bad content: every
 * cell that cannot be understood becomes a {@link CellProblem} (sheet!cell and what to fix). The 部门整体 sheet
 * gives the header, goals and department-wide indicators; every other sheet that is a 项目支出绩效目标表 gives a
 * project, in sheet order; 填表说明, 机审意见, cell comments and fills are ignored.
 */
final class FormReader {

    /** Reads an uploaded workbook; never throws for bad content (unreadable files are one problem). */
    static ReadForm read(InputStream xlsx) {
        Workbook workbook;
        try {
            byte[] bytes = xlsx.readAllBytes();
            Optional<CellProblem> tooCostly = WorkbookBounds.problem(bytes, MAX_ROWS);
            if (tooCostly.isPresent()) {
                return ReadForm.failed(List.of(tooCostly.get()));
            }
            workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return ReadForm.failed(List.of(new CellProblem("文件",
                    "无法读取该文件，请上传从本平台下载的 Excel 绩效目标表（.xlsx）")));
        }
        try (workbook) {
            return new FormReader(workbook).form();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return ReadForm.failed(List.of(new CellProblem("文件", "无法读取该文件的内容：" + e.getMessage())));
        }
    }

    private final Workbook workbook;
    private final List<CellProblem> problems = new ArrayList<>();
    private final FormPlaces places = new FormPlaces();

    private FormReader(Workbook workbook) {
        this.workbook = workbook;
    }

    private ReadForm form() {
        Sheet department = workbook.getSheet(DEPARTMENT_SHEET);
        if (department == null) {
            problems.add(new CellProblem(DEPARTMENT_SHEET + "!A1", "缺少工作表“" + DEPARTMENT_SHEET
                    + "”，请使用从本平台下载的绩效目标表（部门整体表与各项目支出绩效目标表）"));
            return ReadForm.failed(problems);
        }
        for (Sheet sheet : workbook) {
            if (sheet.getLastRowNum() > MAX_ROWS) {
                problems.add(new CellProblem(sheet.getSheetName() + "!A" + (MAX_ROWS + 2),
                        "工作表“" + sheet.getSheetName() + "”最多 " + MAX_ROWS + " 行"));
                return ReadForm.failed(problems);
            }
        }
        DepartmentSheetReader.Part part = DepartmentSheetReader.read(new SheetCells(department, problems), places);
        List<Project> projects = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (NOT_PROJECTS.contains(sheet.getSheetName()) || workbook.isSheetVeryHidden(workbook.getSheetIndex(sheet))) {
                continue;
            }
            SheetCells cells = new SheetCells(sheet, problems);
            if (!ProjectSheetReader.isProjectTable(cells)) {
                continue;
            }
            Project project = ProjectSheetReader.read(cells, projects.size(), places);
            if (project != null) {
                projects.add(project);
            }
        }
        if (!problems.isEmpty()) {
            return ReadForm.failed(problems);
        }
        List<Indicator> departmentIndicators = part.indicators() == null ? List.of() : part.indicators();
        TargetDocument document = new TargetDocument(part.overallGoal(), part.subGoals(), part.safeguards(),
                departmentIndicators, projects);
        return new ReadForm(part.header(), document, List.of(), places);
    }
}
