package com.budgetperf.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.budgetperf.platform.testing.KafkaProbe;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the events other services publish, as they would put them on the wire (CloudEvents 1.0 JSON). */
final class ReportEvents {

    static final ObjectMapper JSON = new ObjectMapper();

    private ReportEvents() {
    }

    /** A fiscal year no other test uses, so each test sees only its own submissions. */
    static int freshFiscalYear() {
        return ThreadLocalRandom.current().nextInt(3000, 9000);
    }

    static String freshDepartment() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100000, 1000000));
    }

    /** A project whose 预算数 is given as {@code total}: a String is sent as a JSON string, a BigDecimal as a number. */
    static ObjectNode project(String code, Object total) {
        ObjectNode project = JSON.createObjectNode().put("code", code).put("name", "项目" + code);
        if (total instanceof BigDecimal number) {
            project.putObject("budget").put("total", number).put("fiscal", number).put("other", "0");
        } else if (total != null) {
            project.putObject("budget").put("total", total.toString()).put("fiscal", total.toString()).put("other", "0");
        }
        project.putArray("indicators").addObject().put("name", "培训人数").put("value", "≥500人");
        return project;
    }

    /** A project that gives only 财政资金 and 其他资金, without 预算数. */
    static ObjectNode projectWithoutTotal(String code, String fiscal, String other) {
        ObjectNode project = JSON.createObjectNode().put("code", code).put("name", "项目" + code);
        project.putObject("budget").put("fiscal", fiscal).put("other", other);
        return project;
    }

    /** A submission version as submission-service announces it. */
    record Submitted(UUID submissionId, int version, int fiscalYear, String regionCode, String departmentCode,
            List<ObjectNode> projects, int errors, int warnings) {

        static Submitted of(int fiscalYear, String regionCode, List<ObjectNode> projects, int errors, int warnings) {
            return new Submitted(UUID.randomUUID(), 1, fiscalYear, regionCode, freshDepartment(), projects, errors,
                    warnings);
        }

        Submitted nextVersion(List<ObjectNode> newProjects) {
            return new Submitted(submissionId, version + 1, fiscalYear, regionCode, departmentCode, newProjects, errors,
                    warnings);
        }

        Submitted asVersion(int otherVersion, List<ObjectNode> otherProjects) {
            return new Submitted(submissionId, otherVersion, fiscalYear, regionCode, departmentCode, otherProjects,
                    errors, warnings);
        }

        ObjectNode data() {
            ObjectNode data = JSON.createObjectNode()
                    .put("submissionId", submissionId.toString())
                    .put("fiscalYear", fiscalYear)
                    .put("regionCode", regionCode)
                    .put("departmentCode", departmentCode)
                    .put("departmentName", "测试部门" + departmentCode)
                    .put("version", version)
                    .put("status", "SUBMITTED")
                    .put("submittedAt", Instant.now().toString())
                    .put("submittedBy", "county-system");
            data.putObject("document").putArray("projects").addAll(projects);
            ArrayNode findings = data.putArray("findings");
            for (int i = 0; i < errors; i++) {
                findings.addObject().put("ruleCode", "BUDGET_SUM").put("severity", "ERROR")
                        .put("path", "/projects/" + i).put("message", "预算数不等于财政资金与其他资金之和");
            }
            for (int i = 0; i < warnings; i++) {
                findings.addObject().put("ruleCode", "VAGUE_WORD").put("severity", "WARNING")
                        .put("path", "/projects/" + i).put("message", "指标描述含模糊用语");
            }
            return data;
        }

        /** Sends this version under a new event id; returns the id. */
        String send() {
            String eventId = UUID.randomUUID().toString();
            sendAs(eventId, submissionId.toString());
            return eventId;
        }

        /** Sends this version with the given event id and record key (the key decides the partition). */
        void sendAs(String eventId, String key) {
            KafkaProbe.send("budget.submissions", key,
                    envelope(eventId, "budget.submission.submitted.v1", "/budget/submission-service", data()));
        }
    }

    static String envelope(String eventId, String type, String source, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", eventId)
                .put("source", source)
                .put("type", type)
                .put("time", Instant.now().toString())
                .put("datacontenttype", "application/json");
        event.set("data", data);
        return event.toString();
    }
}
