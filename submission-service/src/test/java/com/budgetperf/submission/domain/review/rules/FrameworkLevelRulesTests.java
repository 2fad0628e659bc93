package com.budgetperf.submission.domain.review.rules;

import static com.budgetperf.submission.domain.review.Documents.budget;
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
import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.Frameworks;
import com.budgetperf.submission.domain.review.LevelFramework;
import com.budgetperf.submission.domain.review.LevelNames;
import com.budgetperf.submission.domain.review.MachineReview;
import com.budgetperf.submission.domain.review.ReviewRule;
import com.budgetperf.submission.domain.review.RuleSet;

/** The fiscal year's framework decides the 一级 → 二级 pairs, the names and their synonyms. Rows from shared/seeds. */
class FrameworkLevelRulesTests {

    /** seeds/001 line 239-244 (城乡居民基本养老保险重度残疾人缴费补贴): 成本指标 as a 二级 of 产出指标. */
    static final Indicator COST_UNDER_OUTPUT = row("产出指标", "成本指标", "代缴金额", "33元", "文件安排");

    static List<Finding> check(ReviewRule rule, LevelFramework framework, Indicator... rows) {
        List<Indicator> all = new ArrayList<>(cleanRows().subList(0, 3));
        all.addAll(List.of(rows));
        TargetDocument document = withProjects(project("城乡居民基本养老保险重度残疾人缴费补贴", budget("5", "5", "0"), all));
        return new MachineReview(List.of(rule)).review(document, 2026, RuleSet.builtIn(), framework).findings();
    }

    @Test
    void costUnderOutputIsRightInThe2018FormAndAFindingInThe2021Form() {
        assertTrue(check(new Level2OutsideLevel1(), Frameworks.older(), COST_UNDER_OUTPUT).isEmpty());
        List<Finding> findings = check(new Level2OutsideLevel1(), Frameworks.current(), COST_UNDER_OUTPUT);
        assertEquals(1, findings.size(), findings::toString);
        assertEquals("/projects/0/indicators/3/level2", findings.get(0).path());
        assertTrue(findings.get(0).message().contains("经济成本指标"), findings.get(0).message());
        // UNKNOWN_LEVEL leaves the pair to LEVEL2_OUTSIDE_LEVEL1
        assertTrue(check(new UnknownLevel(), Frameworks.current(), COST_UNDER_OUTPUT).isEmpty());
    }

    @Test
    void aSecondLevelUnderAnotherFirstLevelIsAFinding() {
        // seeds/001 line 260-265 "城乡参保对象满意度" with its 二级, but its 一级 written as 效益指标
        List<Finding> findings = check(new Level2OutsideLevel1(), Frameworks.older(),
                row("效益指标", "服务对象满意度指标", "城乡参保对象满意度", "≥90百分数", "文件安排"));
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().contains("满意度指标"), findings.get(0).message());
        // seeds/002 line 150-162 "补助人群生活改善情况" under 效果指标 / 社会效益指标: the synonym belongs
        assertTrue(check(new Level2OutsideLevel1(), Frameworks.older(),
                row("效果指标", "社会效益指标", "补助人群生活改善情况", "及时审核、足额发放")).isEmpty());
    }

    @Test
    void withoutAKnownFrameworkOnlyNamesAreChecked() {
        assertTrue(check(new Level2OutsideLevel1(), null, COST_UNDER_OUTPUT).isEmpty());
        assertTrue(check(new UnknownLevel(), null, COST_UNDER_OUTPUT).isEmpty());
    }

    @Test
    void namesOutsideTheYearsFrameworkAreUnknown() {
        // the 2021 form's 经济成本指标 in a year of the 2018 form
        List<Finding> findings = check(new UnknownLevel(), Frameworks.older(),
                row("成本指标", "经济成本指标", "代缴金额", "33元", "文件安排"));
        assertEquals(List.of("/projects/0/indicators/3/level1", "/projects/0/indicators/3/level2"),
                findings.stream().map(Finding::path).toList());
    }

    @Test
    void synonymsOfTheFrameworkAreNormalisedAndPointedOut() {
        // seeds/002 line 150-162 under 效果指标; 进度指标, the framework's synonym for 时效指标 in older tables
        Indicator effect = row("效果指标", "社会效益指标", "补助人群生活改善情况", "及时审核、足额发放");
        Indicator progress = row("产出指标", "进度指标", "按时代缴", "上半年完成");
        List<Finding> findings = check(new LevelSynonym(), Frameworks.older(), effect, progress);
        assertEquals(List.of("/projects/0/indicators/3/level1", "/projects/0/indicators/4/level2"),
                findings.stream().map(Finding::path).toList());

        LevelNames names = new LevelNames(RuleSet.builtIn(), Frameworks.older());
        TargetDocument stored = names.normalise(withProjects(project("补助被征地农民支出(人社)", null,
                List.of(effect, progress, COST_UNDER_OUTPUT, row(" 满意度指标", "服务对象满意度指标 ", "满意度", "≥90%")))));
        List<Indicator> rows = stored.projects().get(0).indicators();
        assertEquals(List.of("效益指标", "产出指标", "产出指标", "满意度指标"), rows.stream().map(Indicator::level1).toList());
        assertEquals(List.of("社会效益指标", "时效指标", "成本指标", "服务对象满意度指标"),
                rows.stream().map(Indicator::level2).toList());
        assertEquals("补助人群生活改善情况", rows.get(0).name());
    }
}
