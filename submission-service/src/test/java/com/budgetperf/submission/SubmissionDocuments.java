package com.budgetperf.submission;

import java.util.concurrent.ThreadLocalRandom;

/** Submission bodies for tests, after the 保定满城区人社局 2021 table in src/test/resources/seeds (001_…). */
final class SubmissionDocuments {

    private SubmissionDocuments() {
    }

    static String departmentCode() {
        return "D" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** A document the machine review has nothing to say about. */
    static String body(String regionCode, String departmentCode, String overallGoal) {
        return body(2021, regionCode, departmentCode, overallGoal, "1574", "≥1524人");
    }

    static String body(int fiscalYear, String regionCode, String departmentCode, String overallGoal, String total,
            String newJobs) {
        return """
                {"fiscalYear":%d,"regionCode":"%s","departmentCode":"%s","departmentName":"保定市满城区人力资源和社会保障局",
                 "document":{"overallGoal":"%s","subGoals":["稳就业保民生"],"safeguards":"加强资金监管",
                   "projects":[{"code":"P001","name":"就业补助资金","budget":{"total":"%s","fiscal":"1574","other":"0"},
                     "purpose":"职业培训补贴、社会保险补贴","disbursementPlan":{"mar":25,"jun":50,"oct":80,"dec":100},
                     "goals":["全年城镇新增就业1524人，城镇登记失业率控制在4.5%%以内"],
                     "indicators":[
                       {"level1":"产出指标","level2":"数量指标","name":"城镇新增就业人数","value":{"raw":"%s"},"basis":"计划标准"},
                       {"level1":"产出指标","level2":"质量指标","name":"城镇登记失业率","value":{"symbol":"≤","number":"4.5","unit":"%%"},"basis":"计划标准"},
                       {"level1":"产出指标","level2":"时效指标","name":"补贴资金发放及时率","value":{"raw":"≥95%%"},"basis":"历史标准"},
                       {"level1":"效益指标","level2":"社会效益指标","name":"零就业家庭动态清零","value":{"raw":"100%%"},"basis":"计划标准"},
                       {"level1":"满意度指标","level2":"服务对象满意度指标","name":"受益群众满意度","value":{"raw":"≥90%%"},"basis":"行业标准"}]}]}}"""
                .formatted(fiscalYear, regionCode, departmentCode, overallGoal, total, newJobs);
    }

    /**
     * After src/test/resources/seeds/002: 效果指标 wording, no 满意度 rows, a blank row, a vague basis, and a budget whose
     * total is not fiscal + other (a typing slip).
     */
    static String defective(String regionCode, String departmentCode) {
        return """
                {"fiscalYear":2021,"regionCode":"%s","departmentCode":"%s","departmentName":"某新区党工委政法委员会",
                 "document":{"overallGoal":"维护社会稳定",
                   "projects":[{"code":"P002","name":"普法宣传经费","budget":{"total":"9","fiscal":"8","other":"0"},
                     "goals":["1、完成率"],
                     "indicators":[
                       {"level1":"产出指标","level2":"数量指标","name":"开展普法宣传活动次数","value":{"raw":"≥10次"},"basis":"工作需要"},
                       {"level1":"效果指标","level2":"社会效益指标","name":"群众法律意识","value":{"raw":"有所提高"},"basis":"计划标准"},
                       {}]}]}}""".formatted(regionCode, departmentCode);
    }
}
