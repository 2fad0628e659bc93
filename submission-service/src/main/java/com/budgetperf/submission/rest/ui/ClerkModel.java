package com.budgetperf.submission.rest.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.web.ShownProblem;
import com.budgetperf.submission.domain.document.Budget;
import com.budgetperf.submission.domain.document.DisbursementPlan;
import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.Severity;
import com.budgetperf.submission.domain.review.StandardRules;
import com.budgetperf.submission.messaging.in.ReviewDecisionData;
import com.budgetperf.submission.repository.CommentReplyEntity;
import com.budgetperf.submission.repository.ReviewNoteEntity;
import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.repository.SubmissionVersionEntity;

import io.quarkus.qute.TemplateData;

/**
 * What the county clerks' pages show, prepared from the stored submission, its versions, review notes and replies:
 * names rather than codes (region names of the platform's GB/T 2260 data, rule titles, status and stage in Chinese),
 * dates in Beijing time, and the 绩效目标表 rows with the machine findings and reviewers' comments that concern
 * each row (matched by the JSON pointer of the row or of a field in it).
 */
@TemplateData(target = ShownProblem.class)
final class ClerkModel {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private static final Map<String, String> STAGES = Map.of("COUNTY_FINANCE", "县级财政审核", "CITY_FINANCE", "市级财政审核");

    private ClerkModel() {
    }

    @TemplateData
    record SubmissionRow(String id, String departmentName, String departmentCode, String regionName, int fiscalYear,
            String status, String statusLabel, int version, String updatedAt) {
    }

    @TemplateData
    record VersionRow(int number, String receivedAt, String receivedBy, int score, String grade, long errors,
            long warnings, boolean current) {
    }

    @TemplateData
    record MachineFinding(String severity, String severityLabel, String ruleTitle, String ruleCode, String message, String path,
            String anchor) {
    }

    @TemplateData
    record Reply(String text, String by, String at) {
    }

    @TemplateData
    record Comment(long noteId, int index, String path, String where, String text, String reason, String stage,
            String author, String at, List<Reply> replies) {
    }

    @TemplateData
    record Note(long id, int version, String stage, String statusLabel, String grade, String decidedBy, String decidedAt,
            List<Comment> comments) {
    }

    @TemplateData
    record Row(String domId, String level1, String level2, String name, String value, String basis, String scoring,
            String mark, List<MachineFinding> findings, List<Comment> comments) {
    }

    @TemplateData
    record ProjectTable(int index, String domId, String code, String name, String total, String fiscal, String other,
            String purpose, String plan, List<String> goals, String mark, List<MachineFinding> findings, List<Comment> comments,
            List<Row> rows) {
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    static String stage(String code) {
        return code == null ? "" : STAGES.getOrDefault(code, code);
    }

    static SubmissionRow row(SubmissionEntity s) {
        return new SubmissionRow(s.id.toString(), s.departmentName, s.departmentCode, RegionCode.labelOf(s.regionCode),
                s.fiscalYear, s.status.name(), s.status.label(), s.currentVersion, time(s.updatedAt));
    }

    static VersionRow version(SubmissionVersionEntity v, List<Finding> findings, int current) {
        return new VersionRow(v.version, time(v.receivedAt), v.receivedBy, v.qualityScore,
                v.suggestedGrade == null ? "" : v.suggestedGrade,
                findings.stream().filter(f -> f.severity() == Severity.ERROR).count(),
                findings.stream().filter(f -> f.severity() == Severity.WARNING).count(), v.version == current);
    }

    static MachineFinding finding(Finding f) {
        String severity = f.severity() == null ? "INFO" : f.severity().name();
        return new MachineFinding(severity.toLowerCase(), switch (severity) {
            case "ERROR" -> "错误";
            case "WARNING" -> "警告";
            default -> "提示";
        }, StandardRules.title(f.ruleCode()).orElse(f.ruleCode()), f.ruleCode(), f.message(), f.path(),
                domIdOfRow(f.path()));
    }

    /** The page element of the row a pointer falls in: {@code row-p0-i3}, {@code project-0}, {@code dept-2}, or "". */
    static String domIdOfRow(String path) {
        String[] parts = path == null ? new String[0] : path.split("/");
        if (parts.length >= 5 && parts[1].equals("projects") && parts[3].equals("indicators")) {
            return "row-p" + parts[2] + "-i" + parts[4];
        }
        if (parts.length >= 3 && parts[1].equals("projects")) {
            return "project-" + parts[2];
        }
        if (parts.length >= 3 && parts[1].equals("departmentIndicators")) {
            return "dept-" + parts[2];
        }
        return "";
    }

    /** The notes of a submission with their comments, each comment with the county's replies to it. */
    static List<Note> notes(List<ReviewNoteEntity> notes, Map<Long, List<ReviewDecisionData.Comment>> comments,
            List<CommentReplyEntity> replies, IntFunction<TargetDocument> documentOfVersion) {
        List<Note> list = new ArrayList<>();
        for (ReviewNoteEntity note : notes) {
            List<ReviewDecisionData.Comment> own = comments.getOrDefault(note.id, List.of());
            List<Comment> shown = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                ReviewDecisionData.Comment c = own.get(i);
                int index = i;
                List<Reply> answers = replies.stream().filter(r -> r.noteId == note.id && r.commentIndex == index)
                        .map(r -> new Reply(r.text, r.repliedBy, time(r.repliedAt))).toList();
                String path = c.path() == null ? "" : c.path();
                shown.add(new Comment(note.id, i, path, where(documentOfVersion.apply(note.version), path), c.text(),
                        c.reason() == null ? "" : c.reason(), stage(note.stage), note.decidedBy == null ? "" : note.decidedBy,
                        time(note.decidedAt), answers));
            }
            list.add(new Note(note.id, note.version, stage(note.stage),
                    com.budgetperf.submission.domain.SubmissionStatus.valueOf(note.status).label(),
                    note.grade == null ? "" : note.grade, note.decidedBy == null ? "" : note.decidedBy,
                    time(note.decidedAt), shown));
        }
        return list;
    }

    /** Where a pointer points, in the clerk's words: 整个申报, 项目“…”, 项目“…”的指标“…”. */
    static String where(TargetDocument document, String path) {
        String[] parts = path.split("/");
        try {
            if (parts.length >= 3 && parts[1].equals("projects")) {
                Project project = document.projects().get(Integer.parseInt(parts[2]));
                if (parts.length >= 5 && parts[3].equals("indicators")) {
                    return "项目“" + project.displayName() + "”的指标“"
                            + text(project.indicators().get(Integer.parseInt(parts[4])).name()) + "”";
                }
                return "项目“" + project.displayName() + "”";
            }
            if (parts.length >= 3 && parts[1].equals("departmentIndicators")) {
                return "部门整体指标“" + text(document.departmentIndicators().get(Integer.parseInt(parts[2])).name()) + "”";
            }
        } catch (RuntimeException outsideTheDocument) {
            return path;
        }
        return "整个申报";
    }

    static List<ProjectTable> projects(TargetDocument document, List<MachineFinding> findings, List<Comment> comments) {
        List<ProjectTable> tables = new ArrayList<>();
        for (int i = 0; i < document.projects().size(); i++) {
            Project p = document.projects().get(i);
            String pointer = "/projects/" + i;
            Predicate<String> own = path -> path.equals(pointer)
                    || (path.startsWith(pointer + "/") && !path.startsWith(pointer + "/indicators/"));
            List<MachineFinding> projectFindings = findings.stream().filter(f -> own.test(f.path())).toList();
            List<Row> rows = rows(p.indicators(), pointer + "/indicators/", "row-p" + i + "-i", findings, comments);
            Budget budget = p.budget() == null ? new Budget(null, null, null) : p.budget();
            tables.add(new ProjectTable(i, "project-" + i, text(p.code()), p.displayName(), amount(budget.total()),
                    amount(budget.fiscal()), amount(budget.other()), text(p.purpose()), plan(p.disbursementPlan()),
                    p.goals(), mark(projectFindings), projectFindings,
                    comments.stream().filter(c -> own.test(c.path())).toList(), rows));
        }
        return tables;
    }

    static List<Row> rows(List<Indicator> indicators, String prefix, String domPrefix, List<MachineFinding> findings,
            List<Comment> comments) {
        List<Row> rows = new ArrayList<>();
        for (int j = 0; j < indicators.size(); j++) {
            Indicator indicator = indicators.get(j);
            String pointer = prefix + j;
            Predicate<String> own = path -> path.equals(pointer) || path.startsWith(pointer + "/");
            List<MachineFinding> rowFindings = findings.stream().filter(f -> own.test(f.path())).toList();
            rows.add(new Row(domPrefix + j, text(indicator.level1()), text(indicator.level2()), text(indicator.name()),
                    indicator.value() == null ? "" : indicator.value().asWritten(), text(indicator.basis()),
                    text(indicator.scoring()), mark(rowFindings), rowFindings,
                    comments.stream().filter(c -> own.test(c.path())).toList()));
        }
        return rows;
    }

    /** The row's colour: its worst finding. */
    static String mark(List<MachineFinding> findings) {
        for (String severity : List.of("error", "warning", "info")) {
            if (findings.stream().anyMatch(f -> f.severity().equals(severity))) {
                return "marked-" + severity;
            }
        }
        return "";
    }

    static String plan(DisbursementPlan plan) {
        if (plan == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (DisbursementPlan.Milestone milestone : plan.milestones()) {
            text.append(text.isEmpty() ? "" : "，").append(milestone.label()).append(' ')
                    .append(amount(milestone.share())).append('%');
        }
        return text.toString();
    }

    static String amount(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
