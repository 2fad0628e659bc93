package com.budgetperf.submission.domain.review.rules;

import static com.budgetperf.submission.domain.review.Documents.budget;
import static com.budgetperf.submission.domain.review.Documents.check;
import static com.budgetperf.submission.domain.review.Documents.cleanRows;
import static com.budgetperf.submission.domain.review.Documents.project;
import static com.budgetperf.submission.domain.review.Documents.withProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.budgetperf.submission.domain.document.DisbursementPlan;
import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.MachineReview;
import com.budgetperf.submission.domain.review.RuleSet;
import com.budgetperf.submission.domain.review.Severity;

class FundingRulesTests {

    @Test
    void totalThatIsNotFiscalPlusOtherIsAnError() {
        // 满城区 table: 预算数 1574 = 财政资金 1574 + 其他资金 0; here 其他资金 was typed into the total
        List<Finding> findings = check(new FundingSumMismatch(),
                withProjects(project("就业补助资金", budget("1600", "1574", "0"), cleanRows())));
        assertEquals(1, findings.size());
        assertEquals("FUNDING_SUM_MISMATCH", findings.get(0).ruleCode());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("/projects/0/budget/total", findings.get(0).path());
        assertTrue(findings.get(0).message().contains("1600"), findings.get(0).message());
    }

    @Test
    void exactDecimalsAndAMissingOtherFundAreFine() {
        assertTrue(check(new FundingSumMismatch(), withProjects(
                project("社保补贴", budget("12.345678", "10.345678", "2"), cleanRows()),
                project("人才引进", budget("2.58", "2.58", null), cleanRows()),
                project("无预算数的项目", null, cleanRows()))).isEmpty());
    }

    static Project planned(String... shares) {
        return new Project("P1", "社会保险经办经费", budget("120", "120", "0"), "经办", new DisbursementPlan(
                shares[0] == null ? null : new java.math.BigDecimal(shares[0]), shares[1] == null ? null : new java.math.BigDecimal(shares[1]),
                shares[2] == null ? null : new java.math.BigDecimal(shares[2]), shares[3] == null ? null : new java.math.BigDecimal(shares[3])),
                List.of("保障社会保险经办工作正常运转"), false, cleanRows());
    }

    static List<Finding> planFindings(Project project) {
        return new MachineReview(DisbursementPlanRules.all()).review(withProjects(project), 2021, RuleSet.builtIn()).findings();
    }

    @Test
    void aCumulativePlanMustRiseAndReachAHundred() {
        List<Finding> decreasing = planFindings(planned("30", "60", "40", "100"));
        assertEquals(List.of("DISBURSEMENT_DECREASING"), decreasing.stream().map(Finding::ruleCode).toList());
        assertEquals("/projects/0/disbursementPlan/oct", decreasing.get(0).path());
        List<Finding> incomplete = planFindings(planned("25", "50", "75", "90"));
        assertEquals(List.of("DISBURSEMENT_INCOMPLETE"), incomplete.stream().map(Finding::ruleCode).toList());
        assertTrue(planFindings(planned("0", "40", "80", "100")).isEmpty());
        assertTrue(planFindings(planned(null, "50", null, "100")).isEmpty());
    }

    @Test
    void amountsTypedIntoThePercentageColumns() {
        // 万元 amounts that add up to the 120 万元 budget, typed where percentages belong
        List<Finding> findings = planFindings(planned("30", "60", "90", "120"));
        assertEquals(List.of("DISBURSEMENT_AS_AMOUNTS"), findings.stream().map(Finding::ruleCode).toList());
        assertEquals(Severity.ERROR, findings.get(0).severity());
    }
}
