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
import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.Severity;

class HierarchyRulesTests {

    static List<Finding> checkRows(com.budgetperf.submission.domain.review.ReviewRule rule, Indicator... extra) {
        List<Indicator> rows = new ArrayList<>(cleanRows());
        rows.addAll(List.of(extra));
        return check(rule, withProjects(project("测试项目", budget("10", "10", "0"), rows)));
    }

    @Test
    void olderNamesAreUnderstoodAndPointedOut() {
        // src/test/resources/seeds/002 writes 效果指标 and 可持续性影响指标
        List<Finding> findings = checkRows(new LevelSynonym(), row("效果指标", "可持续性影响指标", "长效机制建立", "长期"));
        assertEquals(List.of("/projects/0/indicators/7/level1", "/projects/0/indicators/7/level2"),
                findings.stream().map(Finding::path).toList());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("效益指标"));
        assertTrue(checkRows(new UnknownLevel(), row("效果指标", "可持续性影响指标", "长效机制建立", "长期")).isEmpty());
    }

    @Test
    void namesOutsideTheFrameworkAreFlagged() {
        List<Finding> findings = checkRows(new UnknownLevel(), row("产出指标", "效率指标", "办结效率", "≥90%"));
        assertEquals(List.of("/projects/0/indicators/7/level2"), findings.stream().map(Finding::path).toList());
        assertTrue(check(new UnknownLevel(), cleanDocument()).isEmpty());
    }

    @Test
    void aThirdLevelThatOnlyRepeatsItsSecondLevel() {
        List<Finding> findings = checkRows(new NameEqualsLevel2(), row("产出指标", "质量指标", "质量指标", "合格"),
                row("产出指标", "时效指标", "进度指标", "年底前"));
        assertEquals(List.of("/projects/0/indicators/7/name", "/projects/0/indicators/8/name"),
                findings.stream().map(Finding::path).toList());
    }

    @Test
    void satisfactionBelongsUnderSatisfaction() {
        // src/test/resources/seeds/001: "社会公众满意度" written under 社会效益指标
        List<Finding> misplaced = checkRows(new SatisfactionMisplaced(), row("效益指标", "社会效益指标", "社会公众满意度", "≥90%"));
        assertEquals(List.of("/projects/0/indicators/7/level1"), misplaced.stream().map(Finding::path).toList());
        List<Finding> wrongUnder = checkRows(new NonSatisfactionUnderSatisfaction(),
                row("满意度指标", "服务对象满意度指标", "投诉办结率", "100%"));
        assertEquals(List.of("/projects/0/indicators/7/name"), wrongUnder.stream().map(Finding::path).toList());
        assertTrue(check(new SatisfactionMisplaced(), cleanDocument()).isEmpty());
        assertTrue(check(new NonSatisfactionUnderSatisfaction(), cleanDocument()).isEmpty());
    }

    @Test
    void vagueBasisNamesNoStandard() {
        List<Finding> findings = checkRows(new VagueBasis(), row("产出指标", "数量指标", "慰问人数", "≥200人", "工作需要"),
                row("产出指标", "数量指标", "走访户数", "≥50户", "根据上级要求和工作需要确定"),
                row("产出指标", "数量指标", "宣传次数", "≥4次", "历史标准：2020年开展4次"));
        assertEquals(List.of("/projects/0/indicators/7/basis", "/projects/0/indicators/8/basis"),
                findings.stream().map(Finding::path).toList());
    }
}
