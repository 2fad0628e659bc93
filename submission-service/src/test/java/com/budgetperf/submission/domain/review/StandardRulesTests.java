package com.budgetperf.submission.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rules' Chinese titles, which the submitted event carries with each finding for the pages that show them. */
class StandardRulesTests {

    @Test
    void everyRuleHasItsOwnCodeAndAChineseTitle() {
        Set<String> codes = new HashSet<>();
        for (ReviewRule rule : StandardRules.all()) {
            assertTrue(codes.add(rule.code()), "code twice: " + rule.code());
            assertFalse(rule.title().isBlank(), rule.code());
            assertTrue(rule.title().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    rule.code() + ": " + rule.title());
            assertEquals(Optional.of(rule.title()), StandardRules.title(rule.code()));
        }
    }

    @Test
    void aTitleIsLookedUpByCode() {
        assertEquals(Optional.of("指标值确定依据不明确"), StandardRules.title("VAGUE_BASIS"));
        assertEquals(Optional.empty(), StandardRules.title("NO_SUCH_RULE"));
        assertEquals(Optional.empty(), StandardRules.title(null));
    }
}
