package com.budgetperf.submission.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.budgetperf.submission.domain.review.rules.FundingSumMismatch;

class MachineReviewTests {

    @Test
    void aCleanDocumentRaisesNothingAndScoresFull() {
        ReviewResult result = new MachineReview(StandardRules.all()).review(Documents.cleanDocument(), 2021,
                RuleSet.builtIn());
        assertEquals(List.of(), result.findings());
        assertEquals(100, result.qualityScore());
        assertEquals("优", result.suggestedGrade());
        assertFalse(result.blocksSubmitting());
    }

    @Test
    void theRuleSetSwitchesRulesOffAndChangesTheirSeverity() {
        var document = Documents.withProjects(Documents.project("就业补助资金", Documents.budget("1600", "1574", "0"),
                Documents.cleanRows()));
        MachineReview review = new MachineReview(List.of(new FundingSumMismatch()));
        assertTrue(review.review(document, 2021, RuleSet.builtIn()).blocksSubmitting());

        RuleSet lenient = new RuleSet("t", Map.of("FUNDING_SUM_MISMATCH", new RuleSet.Setting(true, Severity.WARNING)),
                null, null, null);
        ReviewResult warned = review.review(document, 2021, lenient);
        assertFalse(warned.blocksSubmitting());
        // one WARNING fails 适当性 on one "row" of a 7-row project: (3 × 100 + 100 × 6 / 7) / 4 = 96.4
        assertEquals(96, warned.qualityScore());

        RuleSet off = new RuleSet("t", Map.of("FUNDING_SUM_MISMATCH", new RuleSet.Setting(false, null)), null, null, null);
        assertTrue(review.review(document, 2021, off).findings().isEmpty());
    }

    @Test
    void gradesFollowTheScore() {
        assertEquals("优", MachineReview.grade(90));
        assertEquals("良", MachineReview.grade(89));
        assertEquals("良", MachineReview.grade(80));
        assertEquals("中", MachineReview.grade(79));
        assertEquals("中", MachineReview.grade(60));
        assertEquals("差", MachineReview.grade(59));
        assertEquals("差", MachineReview.grade(0));
    }

    @Test
    void findingsComeInDocumentOrder() {
        assertTrue(MachineReview.comparePointers("/projects/2/indicators/1", "/projects/10") < 0);
        assertTrue(MachineReview.comparePointers("/projects/1", "/projects/1/budget") < 0);
    }

    @Test
    void everyRuleHasAUniqueCodeAndAChineseTitle() {
        List<ReviewRule> rules = StandardRules.all();
        Set<String> codes = rules.stream().map(ReviewRule::code).collect(Collectors.toSet());
        assertEquals(rules.size(), codes.size());
        for (ReviewRule rule : rules) {
            assertTrue(rule.code().matches("[A-Z][A-Z0-9_]+"), rule.code());
            assertTrue(rule.title().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        }
    }
}
