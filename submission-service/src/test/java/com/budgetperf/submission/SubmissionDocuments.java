package com.budgetperf.submission;

import java.util.concurrent.ThreadLocalRandom;

/** Submission bodies for tests, after the 保定满城区人社局 2021 table in shared/seeds (001_…). */
final class SubmissionDocuments {

    private SubmissionDocuments() {
    }

    static String departmentCode() {
        return "D" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    static String body(String regionCode, String departmentCode, String overallGoal) {
        return """
                {"fiscalYear":2021,"regionCode":"%s","departmentCode":"%s","departmentName":"保定市满城区人力资源和社会保障局",
                 "document":{"overallGoal":"%s",
                   "projects":[{"code":"P001","name":"就业补助资金","budget":{"total":"1574","fiscal":"1574","other":"0"},
                     "indicators":[{"level1":"产出指标","level2":"数量指标","name":"城镇新增就业人数","value":{"raw":"≥1524人"}}]}]}}"""
                .formatted(regionCode, departmentCode, overallGoal);
    }
}
