package com.budgetperf.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.budgetperf.platform.testing.KafkaProbe;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Submission and review events in their current shape (values, findings with rule codes, quality score,
 * classified projects; review decisions with grades), built fluently for the cube tests.
 */
final class CubeEvents {

    private CubeEvents() {
    }

    /** An indicator row: 一级, 二级, name, the parsed value kind and unit. */
    record Indicator(String level1, String level2, String name, String kind, String unit) {
    }

    record Project(String code, String name, boolean classified, String total, String fiscal, String other,
            List<Indicator> indicators) {
    }

    /** {@code title} the rule's Chinese title as submission-service sends it, null for an older event without one. */
    record Finding(String ruleCode, String severity, String title) {
    }

    static Indicator indicator(String level1, String level2, String name, String kind, String unit) {
        return new Indicator(level1, level2, name, kind, unit);
    }

    static Project project(String code, String name, String total, String fiscal, String other, Indicator... indicators) {
        return new Project(code, name, false, total, fiscal, other, List.of(indicators));
    }

    static Project classified(String code, String name, String total, Indicator... indicators) {
        return new Project(code, name, true, total, total, "0", List.of(indicators));
    }

    static Finding finding(String ruleCode, String severity) {
        return new Finding(ruleCode, severity, null);
    }

    static Finding finding(String ruleCode, String severity, String title) {
        return new Finding(ruleCode, severity, title);
    }

    static final class Submission {
        final UUID submissionId = UUID.randomUUID();
        int version = 1;
        final int fiscalYear;
        final String regionCode;
        String departmentCode = ReportEvents.freshDepartment();
        String departmentName;
        List<Project> projects = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Integer qualityScore;
        String suggestedGrade;
        Instant submittedAt;
        /** A whole document (e.g. a seed document) sent instead of the one built from {@link #projects}. */
        ObjectNode document;

        Submission(int fiscalYear, String regionCode) {
            this.fiscalYear = fiscalYear;
            this.regionCode = regionCode;
        }

        /** Department codes repeat across counties: the same code in two regions is two departments. */
        Submission department(String code, String name) {
            this.departmentCode = code;
            this.departmentName = name;
            return this;
        }

        Submission projects(Project... all) {
            this.projects = List.of(all);
            return this;
        }

        Submission findings(Finding... all) {
            this.findings = List.of(all);
            return this;
        }

        Submission score(int score, String grade) {
            this.qualityScore = score;
            this.suggestedGrade = grade;
            return this;
        }

        /** When this version was submitted (default: now). */
        Submission submittedAt(Instant at) {
            this.submittedAt = at;
            return this;
        }

        /** Sends this document (goals, 资金用途, 部门整体 …) as it is, with no parsed values. */
        Submission document(ObjectNode whole) {
            this.document = whole;
            return this;
        }

        Submission version(int newVersion) {
            this.version = newVersion;
            return this;
        }

        ObjectNode data() {
            ObjectNode data = ReportEvents.JSON.createObjectNode()
                    .put("submissionId", submissionId.toString())
                    .put("fiscalYear", fiscalYear)
                    .put("regionCode", regionCode)
                    .put("departmentCode", departmentCode)
                    .put("departmentName", departmentName == null ? "测试部门" + departmentCode : departmentName)
                    .put("version", version)
                    .put("status", "SUBMITTED")
                    .put("submittedAt", (submittedAt == null ? Instant.now() : submittedAt).toString())
                    .put("ruleSetVersion", "2025.1");
            if (qualityScore != null) {
                data.put("qualityScore", qualityScore).put("suggestedGrade", suggestedGrade);
            }
            if (document != null) {
                data.set("document", document.deepCopy());
                data.putArray("values");
                data.putArray("findings");
                return data;
            }
            ArrayNode projectNodes = data.putObject("document").put("overallGoal", "目标").putArray("projects");
            ArrayNode values = data.putArray("values");
            for (int p = 0; p < projects.size(); p++) {
                Project project = projects.get(p);
                ObjectNode node = projectNodes.addObject().put("code", project.code()).put("name", project.name())
                        .put("classified", project.classified());
                node.putObject("budget").put("total", project.total()).put("fiscal", project.fiscal())
                        .put("other", project.other());
                ArrayNode indicators = node.putArray("indicators");
                for (int i = 0; i < project.indicators().size(); i++) {
                    Indicator indicator = project.indicators().get(i);
                    indicators.addObject().put("level1", indicator.level1()).put("level2", indicator.level2())
                            .put("name", indicator.name()).putObject("value").put("raw", "原文");
                    values.addObject().put("path", "/projects/" + p + "/indicators/" + i + "/value")
                            .put("name", indicator.name()).put("raw", "原文").put("kind", indicator.kind())
                            .put("unit", indicator.unit());
                }
            }
            ArrayNode findingNodes = data.putArray("findings");
            for (Finding finding : findings) {
                ObjectNode node = findingNodes.addObject().put("ruleCode", finding.ruleCode())
                        .put("severity", finding.severity()).put("path", "/projects/0").put("message", "说明");
                if (finding.title() != null) {
                    node.put("title", finding.title());
                }
            }
            return data;
        }

        Submission send() {
            KafkaProbe.send("budget.submissions", submissionId.toString(), ReportEvents.envelope(
                    UUID.randomUUID().toString(), "budget.submission.submitted.v1", "/budget/submission-service", data()));
            return this;
        }

        /** Opens a review case on this version at the county finance stage; returns the case id. */
        String openCase() {
            return openCase("COUNTY_FINANCE", Instant.now());
        }

        /** Opens a review case on this version at {@code stage} at the time given; returns the case id. */
        String openCase(String stage, Instant at) {
            String caseId = UUID.randomUUID().toString();
            review(caseId, "budget.review.case-opened.v1", ReportEvents.JSON.createObjectNode()
                    .put("stage", stage).put("status", "OPEN").put("openedAt", at.toString())
                    .put("regionCode", regionCode).put("fiscalYear", fiscalYear).put("departmentCode", departmentCode));
            return caseId;
        }

        void decide(String caseId, String type, String stage, String grade, boolean finalApproval) {
            decide(caseId, type, stage, grade, finalApproval, Instant.now());
        }

        void decide(String caseId, String type, String stage, String grade, boolean finalApproval, Instant at) {
            ObjectNode data = ReportEvents.JSON.createObjectNode().put("stage", stage).put("grade", grade)
                    .put("decidedBy", "reviewer").put("decidedAt", at.toString());
            data.putArray("comments").add("意见");
            if (type.endsWith("approved.v1")) {
                data.put("finalApproval", finalApproval);
            }
            review(caseId, type, data);
        }

        /** Returns the version at {@code stage}, decided by {@code reviewer}, one comment per reason ("" for none). */
        void returnWith(String caseId, String stage, String reviewer, Instant at, String... reasons) {
            ObjectNode data = ReportEvents.JSON.createObjectNode().put("stage", stage).put("grade", "中")
                    .put("decidedBy", reviewer).put("decidedAt", at.toString());
            ArrayNode comments = data.putArray("comments");
            for (String reason : reasons) {
                ObjectNode comment = comments.addObject().put("path", "").put("text", "请修改");
                if (!reason.isEmpty()) {
                    comment.put("reason", reason);
                }
            }
            review(caseId, "budget.review.returned.v1", data);
        }

        /** Approves the version at {@code stage}, decided by {@code reviewer}. */
        void approveBy(String caseId, String stage, String reviewer, boolean finalApproval, Instant at) {
            ObjectNode data = ReportEvents.JSON.createObjectNode().put("stage", stage).put("grade", "优")
                    .put("decidedBy", reviewer).put("decidedAt", at.toString()).put("finalApproval", finalApproval);
            data.putArray("comments");
            review(caseId, "budget.review.approved.v1", data);
        }

        void enterStage(String caseId, String stage) {
            review(caseId, "budget.review.stage-entered.v1", ReportEvents.JSON.createObjectNode().put("stage", stage)
                    .put("enteredAt", Instant.now().toString()));
        }

        private void review(String caseId, String type, ObjectNode data) {
            data.put("caseId", caseId).put("submissionId", submissionId.toString()).put("submissionVersion", version);
            KafkaProbe.send("budget.reviews", caseId,
                    ReportEvents.envelope(UUID.randomUUID().toString(), type, "/budget/review-service", data));
        }
    }
}
