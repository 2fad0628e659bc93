package com.budgetperf.submission.domain.review;

import static com.budgetperf.submission.domain.review.Documents.budget;
import static com.budgetperf.submission.domain.review.Documents.cleanRows;
import static com.budgetperf.submission.domain.review.Documents.project;
import static com.budgetperf.submission.domain.review.Documents.withProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.TargetDocument;

/** The score per project, by dimension, combined by 预算数; see {@link QualityScoring}. */
class QualityScoringTests {

    static Finding warning(String code, String path) {
        return new Finding(code, Severity.WARNING, path, "x");
    }

    static ScoreCard score(TargetDocument document, Finding... findings) {
        return QualityScoring.score(document, List.of(findings), RuleSet.builtIn());
    }

    static List<Indicator> rows(int count) {
        List<Indicator> rows = new ArrayList<>();
        while (rows.size() < count) {
            rows.addAll(cleanRows());
        }
        return rows.subList(0, count);
    }

    @Test
    void aCleanDocumentScoresFullInEveryDimension() {
        ScoreCard card = score(Documents.cleanDocument());
        assertEquals(100, card.total());
        assertEquals("优", card.grade());
        assertEquals(Map.of(QualityDimension.COMPLETENESS, 100, QualityDimension.RELEVANCE, 100,
                QualityDimension.APPROPRIATENESS, 100, QualityDimension.FEASIBILITY, 100), card.dimensions());
    }

    @Test
    void aFindingCostsItsDimensionRelativeToTheProjectsSize() {
        // VAGUE_BASIS costs 可行性: one row of 7, or one row of 14
        ScoreCard small = score(withProjects(project("小项目", budget("10", "10", "0"), rows(7))),
                warning("VAGUE_BASIS", "/projects/0/indicators/1/basis"));
        ScoreCard large = score(withProjects(project("大项目", budget("10", "10", "0"), rows(14))),
                warning("VAGUE_BASIS", "/projects/0/indicators/1/basis"));
        assertEquals(86, small.dimensions().get(QualityDimension.FEASIBILITY));   // 100 - 100 / 7
        assertEquals(93, large.dimensions().get(QualityDimension.FEASIBILITY));   // 100 - 100 / 14
        assertEquals(100, small.dimensions().get(QualityDimension.COMPLETENESS));
        assertEquals(96, small.total());   // (3 × 100 + 85.7) / 4
        assertEquals(98, large.total());
        // the same finding in a document of twenty such projects hardly moves the total
        List<com.budgetperf.submission.domain.document.Project> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(project("项目" + i, budget("10", "10", "0"), rows(7)));
        }
        ScoreCard document = score(withProjects(many.toArray(com.budgetperf.submission.domain.document.Project[]::new)),
                warning("VAGUE_BASIS", "/projects/3/indicators/1/basis"));
        assertEquals(100, document.total());
        assertEquals(96, document.parts().stream().filter(part -> part.pointer().equals("/projects/3")).findFirst()
                .orElseThrow().score());
    }

    @Test
    void projectsWeighByTheirBudgetAndByTheMeanWithoutOne() {
        // every row of a 5-row project fails 可行性 (as ERRORs here): 可行性 0, the project (0 + 3 × 100) / 4 = 75
        Finding[] onSmall = new Finding[5];
        Finding[] onLarge = new Finding[5];
        for (int i = 0; i < 5; i++) {
            onSmall[i] = new Finding("VAGUE_BASIS", Severity.ERROR, "/projects/0/indicators/" + i + "/basis", "x");
            onLarge[i] = new Finding("VAGUE_BASIS", Severity.ERROR, "/projects/1/indicators/" + i + "/basis", "x");
        }
        TargetDocument document = withProjects(project("小项目", budget("10", "10", "0"), rows(5)),
                project("大项目", budget("90", "90", "0"), rows(5)));
        ScoreCard smallWrong = score(document, onSmall);
        ScoreCard largeWrong = score(document, onLarge);
        assertEquals(89, smallWrong.total(), "97.5, but an ERROR keeps it from 优");   // (10 × 75 + 90 × 100) / 100
        assertEquals("良", smallWrong.grade());
        assertEquals(78, largeWrong.total());   // (10 × 100 + 90 × 75) / 100 = 77.5
        assertEquals("中", largeWrong.grade());
        assertEquals(10, largeWrong.dimensions().get(QualityDimension.FEASIBILITY));
        assertEquals(100, largeWrong.dimensions().get(QualityDimension.COMPLETENESS));
        // without budgets: the plain mean
        TargetDocument unbudgeted = withProjects(project("甲", null, rows(5)), project("乙", null, rows(5)));
        assertEquals(88, score(unbudgeted, onSmall).total());   // (75 + 100) / 2 = 87.5
        // one project without a budget weighs as much as the mean of the others
        TargetDocument mixed = withProjects(project("甲", null, rows(5)), project("乙", budget("90", "90", "0"), rows(5)),
                project("丙", budget("10", "10", "0"), rows(5)));
        assertEquals(0, new java.math.BigDecimal("50").compareTo(score(mixed).parts().get(0).weight()));
    }

    @Test
    void aDocumentWithAnErrorCannotBeExcellent() {
        TargetDocument large = withProjects(project("就业补助资金", budget("1574", "1574", "0"), rows(40)));
        ScoreCard card = score(large, new Finding("MISSING_VALUE", Severity.ERROR, "/projects/0/indicators/3/value", "x"));
        assertEquals(89, card.total());
        assertEquals("良", card.grade());
        ScoreCard warned = score(large, warning("MISSING_UNIT", "/projects/0/indicators/3/value"));
        assertEquals("优", warned.grade());
    }

    @Test
    void departmentWideFindingsAreTheirOwnPart() {
        ScoreCard card = score(Documents.cleanDocument(), warning("MISSING_GOALS", "/overallGoal"));
        // two findings on no row fail as two rows
        ScoreCard two = score(Documents.cleanDocument(), warning("MISSING_GOALS", "/overallGoal"),
                warning("GOAL_PLACEHOLDER", "/overallGoal"));
        assertEquals(90, two.parts().get(0).score());   // (60 + 300) / 4
        assertEquals(List.of("", "/projects/0"), card.parts().stream().map(ScoreCard.PartScore::pointer).toList());
        assertEquals(95, card.parts().get(0).score());   // 完整性 1 of 5 (a part of no rows counts as 5): (80 + 300) / 4
    }

    @Test
    void aRowFailsADimensionOnceHoweverManyFindingsItHas() {
        TargetDocument document = withProjects(project("就业补助资金", budget("10", "10", "0"), rows(7)));
        ScoreCard one = score(document, warning("VAGUE_VALUE", "/projects/0/indicators/1/value"));
        ScoreCard two = score(document, warning("VAGUE_VALUE", "/projects/0/indicators/1/value"),
                warning("MISSING_UNIT", "/projects/0/indicators/1/value"));
        assertEquals(86, two.dimensions().get(QualityDimension.RELEVANCE));
        assertEquals(one.total(), two.total());
        ScoreCard otherRow = score(document, warning("VAGUE_VALUE", "/projects/0/indicators/1/value"),
                warning("MISSING_UNIT", "/projects/0/indicators/2/value"));
        assertEquals(71, otherRow.dimensions().get(QualityDimension.RELEVANCE));
        assertEquals("/projects/0/indicators/1", QualityScoring.rowOf("/projects/0/indicators/1/value"));
        assertEquals(null, QualityScoring.rowOf("/projects/0/budget"));
        assertEquals("/departmentIndicators/2", QualityScoring.rowOf("/departmentIndicators/2/basis"));
    }

    @Test
    void infoFindingsCostNothing() {
        assertEquals(100, score(Documents.cleanDocument(),
                new Finding("LEVEL_SYNONYM", Severity.INFO, "/projects/0/indicators/1/level1", "x")).total());
    }

    @Test
    void everyStandardRuleNamesTheDimensionItCosts() {
        for (ReviewRule rule : StandardRules.all()) {
            assertTrue(ScoreDimensions.lists(rule.code()), rule.code() + " missing from rule-dimensions.txt");
        }
        assertEquals(QualityDimension.FEASIBILITY, ScoreDimensions.of("VAGUE_BASIS"));
        assertEquals(QualityDimension.COMPLETENESS, new Finding("MISSING_BUDGET", Severity.ERROR, "/projects/0", "x")
                .dimension());
    }
}
