package com.budgetperf.submission.domain.review.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * The same 三级 indicator twice in one project (or twice among the department indicators): the same name, the same
 * name but for filler words (rule set {@code duplicateFillerWords}: 情况, 到位…), or the same count target
 * ("≥1500人") under names that share a 4-character stretch ("城镇新增就业人数情况", "新增就业人员情况"), unless each
 * name puts an object of its own before the shared words ("宫颈癌筛查人数", "乳腺癌筛查人数": two screenings with the
 * same target are two measures; one name qualifying the other, "城镇新增就业", is the same measure).
 */
public final class DuplicateIndicatorInProject extends NamedRule {

    private static final int SHARED_STRETCH = 4;

    public DuplicateIndicatorInProject() {
        super("DUPLICATE_INDICATOR", Severity.WARNING, "同一项目内三级指标重复");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        List<String> filler = context.ruleSet().words("duplicateFillerWords");
        Map<String, List<Named>> byOwner = new HashMap<>();
        for (ReviewContext.LocatedIndicator row : context.filledIndicators()) {
            String name = row.indicator().name() == null ? "" : row.indicator().name().strip();
            if (name.isEmpty()) {
                continue;
            }
            Named named = new Named(row, name, withoutFiller(name, filler));
            List<Named> earlier = byOwner.computeIfAbsent(row.owner(), k -> new java.util.ArrayList<>());
            for (Named first : earlier) {
                if (same(first, named)) {
                    findings.report(row.pointer(), row.where() + "的三级指标“" + name + "”与“"
                            + first.name() + "”重复（另见 " + first.row().pointer() + "），请合并或改为不同的指标");
                    break;
                }
            }
            earlier.add(named);
        }
    }

    /** A row with its stripped name and that name without filler words, found once (rows are compared pairwise). */
    private record Named(ReviewContext.LocatedIndicator row, String name, String bare) {
    }

    static boolean same(ReviewContext.LocatedIndicator a, ReviewContext.LocatedIndicator b, List<String> filler) {
        String left = a.indicator().name().strip();
        String right = b.indicator().name().strip();
        return same(new Named(a, left, withoutFiller(left, filler)), new Named(b, right, withoutFiller(right, filler)));
    }

    private static boolean same(Named a, Named b) {
        if (a.name().equals(b.name())) {
            return true;
        }
        if (a.bare().length() >= SHARED_STRETCH && a.bare().equals(b.bare())) {
            return true;
        }
        return sameCountTarget(a.row(), b.row()) && sharesStretch(a.name(), b.name())
                && !eachNamesItsOwnObject(a.name(), b.name());
    }

    /** Whether both names differ before their longest shared stretch ("宫颈|癌筛查人数", "乳腺|癌筛查人数"). */
    static boolean eachNamesItsOwnObject(String left, String right) {
        int bestLength = 0;
        int leftAt = 0;
        int rightAt = 0;
        for (int i = 0; i < left.length(); i++) {
            for (int j = 0; j < right.length(); j++) {
                int k = 0;
                while (i + k < left.length() && j + k < right.length() && left.charAt(i + k) == right.charAt(j + k)) {
                    k++;
                }
                if (k > bestLength) {
                    bestLength = k;
                    leftAt = i;
                    rightAt = j;
                }
            }
        }
        return leftAt > 0 && rightAt > 0 && !left.substring(0, leftAt).equals(right.substring(0, rightAt));
    }

    private static boolean sameCountTarget(ReviewContext.LocatedIndicator a, ReviewContext.LocatedIndicator b) {
        BigDecimal left = a.value().number();
        BigDecimal right = b.value().number();
        return a.value().isQuantitative() && b.value().isQuantitative() && left != null && right != null
                && left.compareTo(right) == 0 && left.compareTo(BigDecimal.ONE) > 0 && a.value().unit() != null
                && a.value().unit().equals(b.value().unit()) && !"%".equals(a.value().unit());
    }

    private static boolean sharesStretch(String left, String right) {
        for (int i = 0; i + SHARED_STRETCH <= left.length(); i++) {
            if (right.contains(left.substring(i, i + SHARED_STRETCH))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutFiller(String name, List<String> filler) {
        String bare = name;
        for (String word : filler) {
            bare = bare.replace(word, "");
        }
        return bare;
    }
}
