package com.budgetperf.review.rest.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.budgetperf.platform.web.ShownProblem;
import com.budgetperf.review.domain.AuditAction;
import com.budgetperf.review.domain.AuditRecord;
import com.budgetperf.review.domain.CaseStatus;
import com.budgetperf.review.domain.DocumentChanges;
import com.budgetperf.review.domain.Labelled;
import com.budgetperf.review.domain.ProjectVerdict;
import com.budgetperf.review.domain.ReviewStage;
import com.budgetperf.review.service.CaseView;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateData;

/**
 * What the reviewers' pages show, prepared from the service's answers ({@link CaseView}, audit records, changes):
 * Chinese labels, formatted dates and amounts, the 绩效目标表 rows with the machine findings and comments that
 * concern each row (matched by JSON pointer).
 */
@TemplateData(target = CaseView.class)
@TemplateData(target = ShownProblem.class)
@TemplateData(target = CaseView.CommentView.class)
@TemplateData(target = CaseView.ReplyView.class)
@TemplateData(target = CaseView.ProjectVerdictView.class)
final class UiModel {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private UiModel() {
    }

    @TemplateData
    record Option(String value, String label, boolean selected) {
    }

    @TemplateData
    record QueueRow(String id, String departmentName, String departmentCode, String regionCode, int fiscalYear,
            int version, String stageName, String status, String statusLabel, String grade, String qualityScore,
            boolean hasErrors, String openedAt, String dueAt, boolean overdue, String assignee) {
    }

    @TemplateData
    record Finding(String severity, String cssClass, String severityLabel, String ruleCode, String path, String message,
            String anchor) {
    }

    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern
            .compile("^/(projects/\\d+/indicators/\\d+|departmentIndicators/\\d+|projects/(\\d+))(/.*)?$");

    /** The element of the page a finding's pointer is shown on: an indicator row, a project's table, or none. */
    static String anchor(String path) {
        java.util.regex.Matcher matcher = ROW.matcher(path);
        if (!matcher.matches()) {
            return "";
        }
        return matcher.group(2) != null ? "project-" + matcher.group(2) : "row-" + matcher.group(1).replace('/', '-');
    }

    @TemplateData
    record Comment(String path, String text, String reason, String author, String at, String stage,
            List<Reply> replies) {
    }

    /** The county's reply under a comment. */
    @TemplateData
    record Reply(String text, String author, String at) {
    }

    @TemplateData
    record IndicatorRow(String pointer, String domId, String level1, int level1Span, String level2, int level2Span,
            String name, String description, String value, String basis, String scoring, String highlight,
            List<Finding> findings, List<Comment> comments) {
    }

    @TemplateData
    record Project(int index, String pointer, String domId, String code, String name, boolean classified, String total,
            String fiscal, String other, String purpose, String mar, String jun, String oct, String dec,
            List<String> goals, String highlight, List<Finding> findings, List<Comment> comments,
            List<IndicatorRow> indicators, Verdict verdict) {
    }

    /**
     * The verdict shown in a project's header: the one of the case's current stage, else the latest of an earlier
     * stage ({@code current=false}); {@code options} the radio buttons of the verdict form, the current one checked.
     */
    @TemplateData
    record Verdict(String code, String label, String note, String meta, boolean current, List<Option> options) {
    }

    static Verdict verdict(List<CaseView.ProjectVerdictView> verdicts, int index, String stage) {
        CaseView.ProjectVerdictView shown = null;
        for (CaseView.ProjectVerdictView v : verdicts == null ? List.<CaseView.ProjectVerdictView>of() : verdicts) {
            if (v.projectIndex() != index) {
                continue;
            }
            if (v.stage().equals(stage) || shown == null
                    || (!shown.stage().equals(stage) && v.decidedAt().isAfter(shown.decidedAt()))) {
                shown = v;
            }
        }
        boolean current = shown != null && shown.stage().equals(stage);
        String checked = current ? shown.verdict() : "";
        List<Option> options = Arrays.stream(ProjectVerdict.values())
                .map(v -> new Option(v.name(), v.label(), v.name().equals(checked))).toList();
        if (shown == null) {
            return new Verdict("", "", "", "", false, options);
        }
        return new Verdict(shown.verdict(), shown.verdictLabel(), text(shown.note()),
                shown.decidedBy() + "，" + time(shown.decidedAt()) + "（"
                        + Labelled.labelOf(ReviewStage.class, shown.stage()) + "）", current, options);
    }

    @TemplateData
    record Anchor(String path, String label) {
    }

    @TemplateData
    record ChangeRow(String kind, String path, String project, String indicator, String field, String before,
            String after) {
    }

    @TemplateData
    record HistoryRow(int seq, String at, String actor, String action, long fromVersion, String detail) {
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static QueueRow queueRow(CaseView view) {
        return new QueueRow(view.id().toString(), text(view.departmentName()), text(view.departmentCode()),
                view.regionCode(), view.fiscalYear(), view.submissionVersion(), view.stageName(), view.status().name(),
                view.status().label(), view.grade() != null ? view.grade()
                        : view.suggestedGrade() == null ? "" : view.suggestedGrade() + "（建议）",
                view.qualityScore() == null ? "" : view.qualityScore().stripTrailingZeros().toPlainString(),
                view.hasErrors(), time(view.openedAt()), time(view.dueAt()), view.overdue(), text(view.assignee()));
    }

    static List<Finding> findings(JsonNode findings) {
        List<Finding> list = new ArrayList<>();
        if (findings == null) {
            return list;
        }
        for (JsonNode finding : findings) {
            String severity = finding.path("severity").asText("INFO").toUpperCase();
            list.add(new Finding(severity, "finding-" + severity.toLowerCase(), switch (severity) {
                case "ERROR" -> "错误";
                case "WARNING" -> "警告";
                default -> "提示";
            }, finding.path("ruleCode").asText(""), finding.path("path").asText(""), finding.path("message").asText(""),
                    anchor(finding.path("path").asText(""))));
        }
        return list;
    }

    /** The findings about exactly this row: the pointer itself or a field inside it ({@code /projects/0/budget}). */
    static List<Finding> about(List<Finding> all, String pointer, List<String> childPrefixes) {
        return all.stream().filter(f -> f.path().equals(pointer)
                || (f.path().startsWith(pointer + "/") && childPrefixes.stream().noneMatch(f.path()::startsWith)))
                .toList();
    }

    static String highlight(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity().equals("ERROR"))) {
            return "finding-error";
        }
        if (findings.stream().anyMatch(f -> f.severity().equals("WARNING"))) {
            return "finding-warning";
        }
        return findings.isEmpty() ? "" : "finding-info";
    }

    static List<Comment> comments(List<CaseView.CommentView> comments, String pointer) {
        return comments == null ? List.of() : comments.stream().filter(c -> Objects.equals(c.path(), pointer))
                .map(UiModel::comment).toList();
    }

    static Comment comment(CaseView.CommentView c) {
        return new Comment(c.path(), c.text(), text(c.reason()), c.author(), time(c.createdAt()),
                Labelled.labelOf(ReviewStage.class, c.stage()), c.replies() == null ? List.of()
                        : c.replies().stream().map(r -> new Reply(r.text(), r.author(), time(r.repliedAt()))).toList());
    }

    static List<Project> projects(JsonNode document, List<Finding> findings, List<CaseView.CommentView> comments,
            List<CaseView.ProjectVerdictView> verdicts, String stage) {
        List<Project> projects = new ArrayList<>();
        JsonNode list = document == null ? null : document.path("projects");
        if (list == null || !list.isArray()) {
            return projects;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode project = list.get(i);
            String pointer = "/projects/" + i;
            List<IndicatorRow> rows = indicatorRows(project.path("indicators"), pointer + "/indicators/", findings, comments);
            List<Finding> own = about(findings, pointer, List.of(pointer + "/indicators/"));
            JsonNode budget = project.path("budget");
            JsonNode plan = project.path("disbursementPlan");
            List<String> goals = new ArrayList<>();
            project.path("goals").forEach(goal -> goals.add(goal.asText()));
            projects.add(new Project(i, pointer, "p" + i, text(project.path("code").asText(null)),
                    project.path("name").asText(""), project.path("classified").asBoolean(false),
                    amount(budget.path("total")), amount(budget.path("fiscal")), amount(budget.path("other")),
                    project.path("purpose").asText(""), amount(plan.path("mar")), amount(plan.path("jun")),
                    amount(plan.path("oct")), amount(plan.path("dec")), goals, highlight(own), own,
                    comments(comments, pointer), rows, verdict(verdicts, i, stage)));
        }
        return projects;
    }

    static List<IndicatorRow> indicatorRows(JsonNode indicators, String prefix, List<Finding> findings,
            List<CaseView.CommentView> comments) {
        List<IndicatorRow> rows = new ArrayList<>();
        if (indicators == null || !indicators.isArray()) {
            return rows;
        }
        int n = indicators.size();
        for (int j = 0; j < n; j++) {
            JsonNode row = indicators.get(j);
            String level1 = row.path("level1").asText("");
            String level2 = row.path("level2").asText("");
            // the official form merges equal 一级/二级 cells of consecutive rows
            int span1 = 0;
            if (j == 0 || !indicators.get(j - 1).path("level1").asText("").equals(level1)) {
                span1 = 1;
                while (j + span1 < n && indicators.get(j + span1).path("level1").asText("").equals(level1)) {
                    span1++;
                }
            }
            int span2 = 0;
            if (j == 0 || !sameLevel2(indicators.get(j - 1), row)) {
                span2 = 1;
                while (j + span2 < n && sameLevel2(indicators.get(j + span2), row)) {
                    span2++;
                }
            }
            String pointer = prefix + j;
            List<Finding> own = about(findings, pointer, List.of());
            rows.add(new IndicatorRow(pointer, pointer.substring(1).replace('/', '-'), level1, span1, level2, span2,
                    row.path("name").asText(""), row.path("description").asText(""), value(row.path("value")),
                    row.path("basis").asText(""), row.path("scoring").asText(""), highlight(own), own,
                    comments(comments, pointer)));
        }
        return rows;
    }

    private static boolean sameLevel2(JsonNode a, JsonNode b) {
        return a.path("level1").asText("").equals(b.path("level1").asText(""))
                && a.path("level2").asText("").equals(b.path("level2").asText(""));
    }

    /** 指标值 as written; for a structured value its symbol, number and unit. */
    static String value(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.hasNonNull("raw")) {
            return value.get("raw").asText();
        }
        StringBuilder text = new StringBuilder();
        for (String field : List.of("symbol", "operator", "number", "unit")) {
            if (value.hasNonNull(field)) {
                text.append(value.get(field).asText());
            }
        }
        return text.toString();
    }

    static String amount(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        try {
            return new BigDecimal(node.asText()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return node.asText();
        }
    }

    static List<Anchor> anchors(JsonNode document) {
        List<Anchor> anchors = new ArrayList<>();
        anchors.add(new Anchor("", "整个申报"));
        JsonNode projects = document == null ? null : document.path("projects");
        if (projects != null && projects.isArray()) {
            for (int i = 0; i < projects.size(); i++) {
                JsonNode project = projects.get(i);
                anchors.add(new Anchor("/projects/" + i, "项目：" + project.path("name").asText("")));
                JsonNode indicators = project.path("indicators");
                for (int j = 0; j < indicators.size(); j++) {
                    anchors.add(new Anchor("/projects/" + i + "/indicators/" + j,
                            "　指标：" + project.path("name").asText("") + " · " + indicators.get(j).path("name").asText("")));
                }
            }
        }
        return anchors;
    }

    static ChangeRow change(DocumentChanges.Change change) {
        String field = change.field() == null ? "" : switch (change.field()) {
            case "value" -> "指标值";
            case "basis" -> "指标值确定依据";
            case "budget" -> "预算数";
            default -> change.field();
        };
        return new ChangeRow(change.kind().label(), change.path(), text(change.project()), text(change.indicator()), field,
                text(change.before()), text(change.after()));
    }

    static HistoryRow history(AuditRecord entry) {
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<String, String> item : entry.detail().entrySet()) {
            if (item.getValue() == null || item.getValue().isBlank()) {
                continue;
            }
            String value = item.getKey().equals("stage") || item.getKey().equals("nextStage")
                    ? Labelled.labelOf(ReviewStage.class, item.getValue())
                    : item.getKey().equals("status")
                            ? CaseStatus.parse(item.getValue()).map(CaseStatus::label).orElse(item.getValue())
                            : item.getValue();
            detail.append(detail.isEmpty() ? "" : "；").append(detailLabel(item.getKey())).append("：").append(value);
        }
        return new HistoryRow(entry.seq(), time(entry.at()), entry.actor(),
                Labelled.labelOf(AuditAction.class, entry.action()),
                entry.fromVersion(), detail.toString());
    }

    private static String detailLabel(String key) {
        return switch (key) {
            case "stage" -> "阶段";
            case "nextStage" -> "下一阶段";
            case "grade" -> "评级";
            case "outcome" -> "结果";
            case "status" -> "状态";
            case "assignee" -> "承办人";
            case "path" -> "定位";
            case "dueAt" -> "截止";
            default -> key;
        };
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
