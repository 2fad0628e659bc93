package com.budgetperf.submission.domain.review.rules;

import static com.budgetperf.submission.domain.review.Documents.budget;
import static com.budgetperf.submission.domain.review.Documents.check;
import static com.budgetperf.submission.domain.review.Documents.cleanDocument;
import static com.budgetperf.submission.domain.review.Documents.cleanRows;
import static com.budgetperf.submission.domain.review.Documents.withProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.budgetperf.submission.domain.document.DisbursementPlan;
import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.Severity;

class GoalRulesTests {

    static Project withGoals(String name, String... goals) {
        return new Project("P1", name, budget("10", "10", "0"), "用途",
                new DisbursementPlan(BigDecimal.TEN, new BigDecimal("50"), new BigDecimal("80"), new BigDecimal("100")),
                List.of(goals), false, cleanRows());
    }

    @Test
    void placeholdersAreNotGoals() {
        // "1、完成率" and "目标1" are in the 承德 and 新区 tables (seeds 000 and 002)
        var document = withProjects(withGoals("劳动保障监察经费", "1、完成率", "目标1", "（2）好", "全年完成劳动保障监察案件办结率达到95%以上"));
        List<Finding> findings = check(new GoalPlaceholder(), document);
        assertEquals(List.of("/projects/0/goals/0", "/projects/0/goals/1", "/projects/0/goals/2"),
                findings.stream().map(Finding::path).toList());
        assertTrue(check(new GoalPlaceholder(), cleanDocument()).isEmpty());
        assertEquals("完成率", GoalPlaceholder.withoutNumbering("1、完成率"));
        assertEquals("目标", GoalPlaceholder.withoutNumbering("（3）目标："));
    }

    @Test
    void aHeadingOfTheFormBehindQualifiersIsAPlaceholder() {
        // holdout round five (h11 project 2 goal 1): the form's heading "年度绩效目标" left as a goal; a goal that opens
        // with 年度 and says something stays (demo 001-356001 style)
        var document = withProjects(withGoals("地质灾害防治", "对全县15处地质灾害隐患点开展监测巡查，完成2处隐患点工程治理",
                "年度绩效目标", "年度内完成2处隐患点工程治理"));
        assertEquals(List.of("/projects/0/goals/1"), check(new GoalPlaceholder(), document).stream().map(Finding::path).toList());
    }

    @Test
    void goalLinesCopiedWithinOrAcrossProjects() {
        var document = withProjects(
                withGoals("人才引进经费", "引进高层次人才10名", "2、引进高层次人才10名"),
                withGoals("人才培训经费", "引进高层次人才10名", "培训专业技术人员500人次"));
        List<Finding> findings = check(new IdenticalGoals(), document);
        assertEquals(List.of("/projects/0/goals/1"), findings.stream().map(Finding::path).toList());
        assertTrue(findings.get(0).message().contains("/projects/0/goals/0"));
        // across projects (seeds/001: the central and the provincial share of one subsidy share goals): INFO only
        List<Finding> copied = check(new GoalCopiedFromOtherProject(), document);
        assertEquals(List.of("/projects/1/goals/0"), copied.stream().map(Finding::path).toList());
        assertEquals(Severity.INFO, copied.get(0).severity());
        assertTrue(copied.get(0).message().contains("人才引进经费"));
    }

    @Test
    void templateHeadingsWithNumbersArePlaceholders() {
        // the form template's "目标内容1" left in place
        var document = withProjects(withGoals("劳动保障监察经费", "目标内容1", "目标内容2：", "全年完成劳动保障监察案件办结率达到95%以上"));
        assertEquals(List.of("/projects/0/goals/0", "/projects/0/goals/1"),
                check(new GoalPlaceholder(), document).stream().map(Finding::path).toList());
    }

    @Test
    void theFormsInstructionLeftInTheCellIsAPlaceholder() {
        // the form's instruction left in a goal cell (holdout h01 project 2); seeds/000's short real goals
        // ("按时发放协办员补贴", demo 000 project 14) and seeds/002's "各项工作全部落实。" (arguable there) are no template text
        var document = withProjects(withGoals("爱国卫生运动经费", "开展城乡环境卫生整治，病媒生物密度控制在国家标准C级以内",
                "（请填写项目年度绩效目标）", "按时发放协办员补贴", "各项工作全部落实。"));
        assertEquals(List.of("/projects/0/goals/1"),
                check(new GoalPlaceholder(), document).stream().map(Finding::path).toList());
    }
}
