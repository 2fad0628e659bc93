package com.budgetperf.submission.domain.parse;

import java.util.List;

/**
 * Words that make a target impossible to check at year end. A default list; the rule set in the
 * catalog may later replace it.
 */
final class VagueWording {

    static final List<String> DEFAULT_WORDS = List.of(
            "提高", "提升", "改善", "根据实际", "逐步", "逐渐", "有效", "进一步", "明显", "显著", "有所",
            "不断", "加强", "加大", "尽力", "尽量", "较好", "促进", "稳步", "力争", "持续");

    private VagueWording() {
    }

    static boolean isVague(String text) {
        for (String word : DEFAULT_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
