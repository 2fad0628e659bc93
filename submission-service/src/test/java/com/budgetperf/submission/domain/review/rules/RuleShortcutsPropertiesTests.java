package com.budgetperf.submission.domain.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rules skip a pattern when the text lacks a character it needs; each shortcut answers what the patterns answer. */
class RuleShortcutsPropertiesTests {

    private static final List<String> FRAGMENTS = List.of("《", "》", "《社会保险法》", "冀财预〔2021〕12号", "【2017】16号",
            "(2020)3号", "2021年工作计划", "2025年", "年", "号", "计划", "数据", "1500人", "30元", "(2021)", "（3）", "1、",
            "目标", "目标1", "完成率", "：", "；", "。", "，", ",", " ", "\t", "\n", "\u0085", "\u2028", "一", "十", "3",
            "按照", "上级要求", "有关规定");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> chars = Arbitraries.strings().withChars("0123456789《》〔〕【】()（）年号人元：:;；。，, \t\n\u0085")
                .withCharRange('一', '龥').ofMaxLength(8);
        return Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), chars).list().ofMaxSize(6)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void aBasisIsNamedAsEveryPatternFindsIt(@ForAll("texts") String basis) {
        assertEquals(VagueBasis.namedByEveryPattern(basis), VagueBasis.named(basis), basis);
    }

    @Property(tries = 3000)
    void aGoalLosesItsNumberingAsThePatternsCutIt(@ForAll("texts") String goal) {
        String content = GoalPlaceholder.withoutNumbering(goal);
        assertEquals(GoalPlaceholder.withoutNumberingByEveryPattern(goal, false), content, goal);
        assertEquals(GoalPlaceholder.withoutNumberingByEveryPattern(goal, true), GoalPlaceholder.withoutTrailingNumber(content),
                goal);
    }
}
