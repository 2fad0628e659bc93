package com.budgetperf.submission.domain.review.rules;

import static com.budgetperf.submission.domain.review.Documents.budget;
import static com.budgetperf.submission.domain.review.Documents.check;
import static com.budgetperf.submission.domain.review.Documents.cleanDocument;
import static com.budgetperf.submission.domain.review.Documents.cleanRows;
import static com.budgetperf.submission.domain.review.Documents.project;
import static com.budgetperf.submission.domain.review.Documents.row;
import static com.budgetperf.submission.domain.review.Documents.withProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.IndicatorValue;
import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.review.Finding;

class StructureRulesTests {

    @Test
    void blankRowsLeftFromTheTemplateAreFlaggedOneByOne() {
        // src/test/resources/seeds/002: many six-column rows with only 一级/二级 cells or nothing at all
        List<Indicator> rows = new ArrayList<>(cleanRows());
        rows.add(new Indicator("", "", "", "", null, "", null));
        rows.add(new Indicator(null, null, null, null, null, null, null));
        List<Finding> findings = check(new BlankIndicatorRow(), withProjects(project("党建工作经费", budget("5", "5", "0"), rows)));
        assertEquals(List.of("/projects/0/indicators/7", "/projects/0/indicators/8"),
                findings.stream().map(Finding::path).toList());
        assertTrue(check(new BlankIndicatorRow(), cleanDocument()).isEmpty());
    }

    @Test
    void theSameIndicatorTwiceInOneProjectButNotAcrossProjects() {
        List<Indicator> rows = new ArrayList<>(cleanRows());
        rows.add(row("产出指标", "数量指标", " 城镇新增就业人数", "≥1500人"));
        List<Finding> findings = check(new DuplicateIndicatorInProject(), withProjects(
                project("就业补助资金", budget("1574", "1574", "0"), rows),
                project("就业见习补贴", budget("20", "20", "0"), cleanRows())));
        assertEquals(1, findings.size());
        assertEquals("/projects/0/indicators/7", findings.get(0).path());
        assertTrue(findings.get(0).message().contains("/projects/0/indicators/0"));
    }

    @Test
    void aNamedRowWithoutValueIsAnErrorAndWithoutBasisAWarning() {
        List<Indicator> rows = new ArrayList<>(cleanRows());
        rows.add(new Indicator("产出指标", "数量指标", "培训人数", "培训人数", IndicatorValue.of("  "), "计划标准", null));
        rows.add(new Indicator("产出指标", "数量指标", "鉴定人数", "鉴定人数", new IndicatorValue(null, "≥", "300", "人"), " ", null));
        var document = withProjects(project("职业技能提升", budget("30", "30", "0"), rows));
        List<Finding> missingValue = check(new MissingValue(), document);
        assertEquals(List.of("/projects/0/indicators/7/value"), missingValue.stream().map(Finding::path).toList());
        assertTrue(missingValue.get(0).message().contains("培训人数"));
        assertEquals(List.of("/projects/0/indicators/8/basis"),
                check(new MissingBasis(), document).stream().map(Finding::path).toList());
    }

    @Test
    void everyProjectNeedsTheThreeLevel1AndTheOutputLevel2() {
        // src/test/resources/seeds/002: projects with only 产出指标 and 效果指标 rows
        List<Indicator> rows = List.of(
                row("产出指标", "数量指标", "开展普法宣传活动次数", "≥10次"),
                row("效果指标", "社会效益指标", "群众法律意识", "有所提高"));
        var document = withProjects(project("普法宣传经费", budget("8", "8", "0"), rows));
        List<Finding> level1 = check(new MissingLevel1(), document);
        assertEquals(1, level1.size());
        assertTrue(level1.get(0).message().contains("满意度指标"), level1.get(0).message());
        List<Finding> level2 = check(new MissingOutputLevel2(), document);
        assertEquals(2, level2.size());
        assertTrue(level2.get(0).message().contains("质量指标"));
        assertTrue(level2.get(1).message().contains("时效指标"));
        assertTrue(check(new MissingLevel1(), cleanDocument()).isEmpty());
        assertTrue(check(new MissingOutputLevel2(), cleanDocument()).isEmpty());
    }

    @Test
    void aProjectWithoutBudgetOrGoalsIsFlaggedNotRefused() {
        // src/test/resources/seeds/000: the 承德 high-tech zone form has no 预算数 column at all
        Project noBudget = new Project("P9", "就业见习补贴", null, null, null, List.of(), false, cleanRows());
        var document = withProjects(noBudget);
        assertEquals(List.of("/projects/0/budget/total"),
                check(new MissingBudget(), document).stream().map(Finding::path).toList());
        assertEquals(List.of("/projects/0/goals"),
                check(new MissingGoals(), document).stream().map(Finding::path).toList());
        assertTrue(check(new MissingBudget(), cleanDocument()).isEmpty());
        assertTrue(check(new MissingGoals(), cleanDocument()).isEmpty());
    }

    @Test
    void aRowWithAValueButNoNameIsAnError() {
        // src/test/resources/seeds/002, 城乡居民基本养老保险区级补助资金: description, "100%" and basis filled, no 三级 name
        List<Indicator> rows = new ArrayList<>(cleanRows());
        rows.add(new Indicator("效果指标", "社会效益指标", " ", "保障被征地农民基本生活", IndicatorValue.of("100%"), "计划标准", null));
        List<Finding> findings = check(new MissingIndicatorName(), withProjects(project("城乡居民基本养老保险区级补助资金",
                budget("40", "40", "0"), rows)));
        assertEquals(List.of("/projects/0/indicators/7/name"), findings.stream().map(Finding::path).toList());
        assertTrue(findings.get(0).message().contains("100%"));
        assertTrue(check(new MissingIndicatorName(), cleanDocument()).isEmpty());
    }
}
