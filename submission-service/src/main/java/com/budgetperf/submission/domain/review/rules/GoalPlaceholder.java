package com.budgetperf.submission.domain.review.rules;

import java.util.List;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A goal line that is a placeholder, not a goal: a list number with one indicator word ("1、完成率"), a template
 * heading ("目标1", "目标内容2", also behind qualifiers: "年度绩效目标"), the form's instruction left in the cell ("（请填写…）", rule set
 * {@code goalTemplateWords}), or just a few characters. Word list: rule set {@code goalPlaceholders}.
 */
public final class GoalPlaceholder extends NamedRule {

    private static final int SHORTEST_GOAL = 6;

    public GoalPlaceholder() {
        super("GOAL_PLACEHOLDER", Severity.WARNING, "绩效目标为占位文字");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        for (ReviewContext.LocatedProject project : context.projects()) {
            List<String> goals = project.project().goals();
            for (int i = 0; i < goals.size(); i++) {
                String goal = goals.get(i);
                if (blank(goal)) {
                    continue;
                }
                String content = withoutNumbering(goal);
                String withoutDigits = withoutTrailingNumber(content);
                boolean placeholder = content.length() < SHORTEST_GOAL
                        || context.ruleSet().words("goalPlaceholders").contains(content)
                        || context.ruleSet().words("goalPlaceholders").contains(
                                withoutQualifiers(content, context.ruleSet().words("goalHeadingQualifiers")))
                        || context.ruleSet().words("goalPlaceholders").contains(withoutDigits)
                        || context.ruleSet().anyWordIn("goalTemplateWords", goal);
                if (placeholder) {
                    findings.report(project.pointer() + "/goals/" + i, "项目" + quoted(project.project().displayName())
                            + "的绩效目标" + quoted(goal) + "不是完整的目标表述，请写明做什么、做到什么程度、何时完成");
                }
            }
        }
    }

    /** "年度绩效目标" → "绩效目标": the form's heading with the qualifiers of {@code goalHeadingQualifiers} taken off its front. */
    static String withoutQualifiers(String content, List<String> qualifiers) {
        String rest = content;
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String qualifier : qualifiers) {
                if (rest.startsWith(qualifier) && rest.length() > qualifier.length()) {
                    rest = rest.substring(qualifier.length());
                    cut = true;
                }
            }
        }
        return rest;
    }

    /** {@link #withoutNumbering} and the trailing-number cut of {@link #check} by running every pattern. */
    static String withoutNumberingByEveryPattern(String goal, boolean trailingNumber) {
        String content = TRAILING_PUNCTUATION.matcher(LEADING_NUMBER.matcher(goal.strip()).replaceFirst("")).replaceAll("")
                .strip();
        return trailingNumber ? TRAILING_NUMBER.matcher(content).replaceAll("").strip() : content;
    }

    /** "目标1" → "目标" (a content is {@link #withoutNumbering}'s answer). */
    static String withoutTrailingNumber(String content) {
        return endsWithAnyOf(content, NUMBER_CHARACTERS) ? TRAILING_NUMBER.matcher(content).replaceAll("").strip()
                : content.strip();
    }

    /** "1、完成率" → "完成率"; "（2）目标" → "目标"; "目标1：" → "目标1". */
    static String withoutNumbering(String goal) {
        String stripped = goal.strip();
        // the numbering is at the start (the pattern is anchored): a goal opening otherwise has none to cut
        String content = !stripped.isEmpty() && NUMBERING_OPENERS.indexOf(stripped.charAt(0)) >= 0
                ? LEADING_NUMBER.matcher(stripped).replaceFirst("") : stripped;
        // a run of punctuation at the end needs a last character of it; most goals end otherwise
        return (endsWithAnyOf(content, PUNCTUATION_CHARACTERS) || endsWithWhitespace(content)
                ? TRAILING_PUNCTUATION.matcher(content).replaceAll("") : content).strip();
    }

    /** The characters of {@link #TRAILING_NUMBER} and of {@link #TRAILING_PUNCTUATION} but {@code \s}. */
    private static final String NUMBER_CHARACTERS = "0123456789一二三四五六七八九十";
    private static final String PUNCTUATION_CHARACTERS = ":：;；。，,";
    /** What {@link #LEADING_NUMBER} can open with. */
    private static final String NUMBERING_OPENERS = "（(" + NUMBER_CHARACTERS;

    /**
     * Whether a pattern ending in {@code [characters]+$} can match: the last character is one of them, or a line
     * terminator ({@code $} also matches before a final one).
     */
    private static boolean endsWithAnyOf(String text, String characters) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return characters.indexOf(last) >= 0 || "\n\r\u0085\u2028\u2029".indexOf(last) >= 0;
    }

    private static boolean endsWithWhitespace(String text) {
        char last = text.isEmpty() ? 'x' : text.charAt(text.length() - 1);
        return last == ' ' || last >= '\t' && last <= '\r';
    }

    private static final java.util.regex.Pattern TRAILING_NUMBER = java.util.regex.Pattern.compile("[0-9一二三四五六七八九十]+$");
    private static final java.util.regex.Pattern LEADING_NUMBER =
            java.util.regex.Pattern.compile("^[（(]?[0-9一二三四五六七八九十]+[)）、.．:：]\\s*");
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[:：;；。，,\\s]+$");
}
