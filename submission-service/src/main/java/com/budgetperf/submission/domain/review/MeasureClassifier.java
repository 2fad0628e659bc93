package com.budgetperf.submission.domain.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.budgetperf.submission.domain.parse.ComparisonOperator;
import com.budgetperf.submission.domain.parse.ParsedValue;
import com.budgetperf.submission.domain.parse.UnitKind;
import com.budgetperf.submission.domain.parse.ValueFlag;
import com.budgetperf.submission.domain.parse.ValueKind;

/**
 * Tells from a row's 三级 name, its description (指标解释) and its value what the row measures, where that is not
 * what its 二级 stands for (财预〔2021〕101号: 数量 = how much is delivered, 质量 = to what standard, 时效 = by when,
 * 成本 = at what cost, 效益 = what changes for the economy, society, the environment or in the long run). Every cue
 * is rule set data ({@code measureCues.<二级>}, {@code timelinessRateWords}, {@code outputRateWords},
 * {@code countNameWords}, {@code countUnits}…). A reading from the name or the value is {@link Confidence#SURE}; one
 * that only the description supports, or that rests on a missing cue, is {@link Confidence#GUESS}.
 */
public final class MeasureClassifier {

    public enum Confidence { SURE, GUESS }

    /** What the row measures instead of its 二级: the 二级 it belongs under, how sure, the words that show it. */
    public record Reading(String level2, Confidence confidence, String shownBy) {
    }

    private static final Set<String> MONEY = Set.of("元", "千元", "万元", "亿元");

    private final RuleSet ruleSet;

    public MeasureClassifier(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** The reading of a row whose content does not fit its 二级; empty when it fits or nothing can be told. */
    public Optional<Reading> misplaced(String level2, String name, String description, ParsedValue value) {
        String n = compact(name);
        String d = compact(description);
        if (n.isEmpty() || level2.isEmpty() || level2.contains("满意") || satisfaction(n) || n.equals(level2)) {
            return Optional.empty();
        }
        List<String> effects = words("effectLevel2");
        Optional<String> word;
        // a timeliness rate is 时效 wherever else it is put
        if (!"时效指标".equals(level2)) {
            if ((word = first(n, words("timelinessRateWords"))).isPresent()) {
                return reading("时效指标", Confidence.SURE, word.get());
            }
            // a time limit under an effect: a duration ceiling ("≤12小时") on a name of time ("到位时间")
            if (effects.contains(level2) && value.unitKind() == UnitKind.TIME && value.operator() == ComparisonOperator.LE
                    && (word = first(n, words("measureCues.时效指标"))).isPresent()) {
                return reading("时效指标", Confidence.SURE, word.get() + "，" + value.text());
            }
            if ((effects.contains(level2) || "质量指标".equals(level2))
                    && (word = first(d, words("timelinessRateWords"))).isPresent() && d.contains("率")) {
                return reading("时效指标", Confidence.GUESS, word.get());
            }
        }
        switch (level2) {
            case "经济效益指标", "生态效益指标" -> {
                // an environmental standard's rate (水质达标率, 环境卫生整治达标率) is itself an ecological effect
                boolean ecologicalRate = "生态效益指标".equals(level2)
                        && first(n, words("measureCues.生态效益指标")).isPresent();
                if (!ecologicalRate && (word = first(n, words("outputRateWords"))).isPresent()) {
                    return reading("质量指标", Confidence.SURE, word.get());
                }
                if ("经济效益指标".equals(level2)
                        && (word = first(n, words("measureCues.社会效益指标"))).isPresent()) {
                    return reading("社会效益指标", Confidence.SURE, word.get());
                }
                // no ecological word is no evidence (other sectors measure the environment in their own terms, PM2.5):
                // the row must name social or service content of its own ("保障社会发展", "长期使用性")
                if ("生态效益指标".equals(level2) && first(n + d + value.text(), words("measureCues.生态效益指标")).isEmpty()
                        && (word = first(n + d, words("nonEcologicalCues"))).isPresent()) {
                    return reading("社会效益指标", Confidence.SURE, "无生态、环境内容，而有“" + word.get() + "”");
                }
            }
            case "社会效益指标", "质量指标" -> {
                Optional<Reading> count = countOfDeliveredThings(level2, n, d, value);
                if (count.isPresent()) {
                    return count;
                }
            }
            case "数量指标" -> {
                // "发送旅客人次 不少于8万": an incomplete 万 under a count name is a count, not an amount
                boolean countWithIncompleteWan = value.has(ValueFlag.MONEY_UNIT_INCOMPLETE)
                        && first(n, words("countNameWords")).isPresent();
                // an amount, or an amount per item ("1500元/户": a standard, a cost)
                if (value.isQuantitative() && value.unit() != null && !countWithIncompleteWan
                        && (MONEY.contains(value.unit()) || MONEY.contains(value.unit().split("/", 2)[0]))) {
                    return reading("成本指标", Confidence.SURE, value.unit());
                }
                if ((word = first(n, words("measureCues.数量指标.amount"))).isPresent()) {
                    return reading("成本指标", Confidence.SURE, word.get());
                }
                if (first(n, words("countNameWords")).isEmpty()
                        && (word = first(d, words("measureCues.数量指标.amount"))).isPresent()) {
                    return reading("成本指标", Confidence.GUESS, word.get());
                }
                // an outcome statement: a name that closes on an outcome word ("矛盾纠纷就地化解，社会和谐稳定"), with
                // no count in its name or unit, says what changes, not how much is delivered
                boolean counted = first(n, words("countNameWords")).isPresent()
                        || value.unit() != null && words("countUnits").contains(value.unit());
                if (!counted && (word = words("vagueWords").stream().filter(n::endsWith).findFirst()).isPresent()) {
                    return reading("社会效益指标", Confidence.SURE, word.get());
                }
            }
            case "时效指标" -> {
                if (value.kind() != ValueKind.DEADLINE
                        && first(n + d + value.text(), words("measureCues.时效指标")).isEmpty()) {
                    Optional<String> cost = first(n, words("measureCues.成本指标"));
                    return cost.isPresent() ? reading("成本指标", Confidence.SURE, cost.get())
                            : reading("质量指标", Confidence.GUESS, "（无时间、进度内容）");
                }
            }
            case "成本指标" -> {
                boolean rateOrProperty = n.endsWith("率") || n.endsWith("性") || n.endsWith("度");
                if (rateOrProperty && first(n, words("measureCues.成本指标")).isEmpty()) {
                    return reading("质量指标", Confidence.SURE, n.substring(n.length() - 1));
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * A count of things delivered (人数, 次数, "≥12次") is 数量; a count of people reaching a state is an effect. Under
     * 社会效益 a head count alone ("保护受威胁群众 ≥580人", "接待服务退役军人 ≥5000人次") is how many people the project
     * reaches, which 财预〔2021〕101号 accepts as a social effect (受益人数): it is a delivery only where the row names
     * the count (a count name of {@code countNameWords} in its name, or only in its 指标解释: a guess).
     */
    private Optional<Reading> countOfDeliveredThings(String level2, String n, String d, ParsedValue value) {
        if (first(n + d, words("effectCountWords")).isPresent()) {
            return Optional.empty();
        }
        boolean heldAtZero = value.isQuantitative() && value.number() != null && value.number().signum() == 0
                && value.operator() != ComparisonOperator.GE && value.operator() != ComparisonOperator.GT
                || !value.isQuantitative() && first(compact(value.text()), words("zeroValueWords")).isPresent();
        if (heldAtZero) {
            return Optional.empty(); // "发生群体性事件 0件", "辍学人数 动态清零": an effect held at zero
        }
        if (value.change() != null) {
            return Optional.empty(); // "参观人次 较上年增长10%": a change against a base is an effect, not a delivery
        }
        boolean countValue = value.isQuantitative() && value.unit() != null && words("countUnits").contains(value.unit())
                && (value.number() == null || value.number().compareTo(BigDecimal.ONE) >= 0
                || value.operator() == ComparisonOperator.GE);
        Optional<String> word = first(n, words("countNameWords"));
        boolean headCount = "社会效益指标".equals(level2) && words("peopleCountUnits").contains(value.unit());
        if (countValue && !headCount) {
            return reading("数量指标", Confidence.SURE, value.unit());
        }
        if (word.isPresent()) {
            return reading("数量指标", Confidence.SURE, word.get());
        }
        word = first(d, words("countNameWords"));
        boolean rate = n.contains("率") || n.contains("比例") || d.contains("率") || d.contains("比例");
        return word.isPresent() && !rate
                ? reading("数量指标", Confidence.GUESS, word.get()) : Optional.empty();
    }

    /** Whether a text speaks of satisfaction (rule set {@code satisfactionWords}). */
    public boolean satisfaction(String text) {
        return first(compact(text), words("satisfactionWords")).isPresent();
    }

    private List<String> words(String list) {
        return ruleSet.words(list);
    }

    private static Optional<Reading> reading(String level2, Confidence confidence, String shownBy) {
        return Optional.of(new Reading(level2, confidence, shownBy));
    }

    static Optional<String> first(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    static String compact(String text) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return SPACES.matcher(text).replaceAll("");
            }
        }
        return text;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
}
