package com.budgetperf.submission.domain.review.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A 指标值确定依据 that names nothing a reviewer could look up (财预〔2015〕88号: 计划标准, 行业标准, 历史标准 or another
 * named standard). Checkable is: a document by title (《…》) or 文号 (〔2025〕12号, 【2017】16号), a named regulation, plan
 * or agreement ("…评审办法", "2021年工作计划", "…合作协议": rule set {@code basisDocumentSuffixes}, not when the name is
 * only generic words of {@code basisGenericNames} such as "有关规定"), a plan of the year ({@code basisPlanWords}),
 * statistics, history, a survey or how the value is computed ({@code basisEvidenceWords}), or a figure with its unit.
 * Anything else ("工作需要", "文件要求", "按照养老保险政策", a restated goal) is vague.
 */
public final class VagueBasis extends IndicatorRowRule {

    private static final Pattern TITLE = Pattern.compile("《[^》]{2,}》");
    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("[〔【\\[（(［]\\s*(?:19|20)\\d{2,3}\\s*[〕】\\]）)］]\\s*(?:第\\s*)?\\d{1,4}\\s*号");
    /** A document or record of a named year: "2021年工作计划", "2025年…工作要点", "2022年补贴实施数据", "…排查报告". */
    private static final Pattern YEAR_PLAN =
            Pattern.compile("(?:19|20)\\d{2}\\s*年[^，,。；;]{0,12}(?:计划|规划|方案|要点|数据|报表|报告|名册|清单)");
    private static final Pattern FIGURE =
            Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:人次|人|户|次|元|万元|笔|件|个|名|家|所|项|场|期|天|日|月)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BRACKETED = Pattern.compile("[〔【\\[（(［][^〕】\\]）)］]*[〕】\\]）)］]");
    private static final Pattern NAME_BEFORE = Pattern.compile("([\\p{IsHan}A-Za-z0-9]+)$");
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:按照|根据|依据|依照|参照|遵照|按|据|依|在|通过)");

    /** A document's name before 办法, 通知…: at least this long ("财务管理制度" yes, "有关规定" no). */
    private static final int SHORTEST_NAME = 4;
    /** An agreement is the project's own: what it is for names it ("施工合同", "服务协议"; not "按照协议"). */
    private static final int SHORTEST_AGREEMENT = 2;

    public VagueBasis() {
        super("VAGUE_BASIS", Severity.WARNING, "指标值确定依据不明确");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        String basis = row.indicator().basis();
        if (blank(basis)) {
            return; // MISSING_BASIS
        }
        String written = basis.strip();
        if (checkable(context, written)) {
            return;
        }
        Optional<String> word = context.ruleSet().words("vagueBasis").stream()
                .filter(w -> w.length() > 1 && written.contains(w)).findFirst();
        findings.report(row.pointer() + "/basis", row.where() + "的指标" + quoted(row.indicator().name())
                + "的确定依据" + quoted(written) + (word.map(w -> "（" + w + "）").orElse(""))
                + "没有写明可以核对的依据；请写明文件名称和文号（如《…办法》冀财预〔2021〕12号）、计划（如“2021年工作计划”）、"
                + "标准，或历史数据、统计数据、调查结果及计算方法");
    }

    /** Whether a basis names something a reviewer can look up. */
    static boolean checkable(ReviewContext context, String basis) {
        String text = SPACES.matcher(basis).replaceAll("");
        if (TITLE.matcher(text).find() || DOCUMENT_NUMBER.matcher(text).find() || YEAR_PLAN.matcher(text).find()
                || FIGURE.matcher(BRACKETED.matcher(text).replaceAll("")).find()) {
            return true;
        }
        if (containsAny(text, context.ruleSet().words("basisHearsayWords"))) {
            return false; // "根据往年经验": experience is no record, whatever years it covers
        }
        if (containsAny(text, context.ruleSet().words("basisPlanWords"))
                || containsAny(text, context.ruleSet().words("basisEvidenceWords"))) {
            return true;
        }
        List<String> generic = context.ruleSet().words("basisGenericNames");
        return namesADocument(text, context.ruleSet().words("basisDocumentSuffixes"), generic)
                || namesADocument(text, context.ruleSet().words("basisAgreementSuffixes"), generic, SHORTEST_AGREEMENT);
    }

    /** "承德市高层次创新创业人才奖补资金评审办法" yes; "有关规定", "上级文件规定", "按照方案" no. */
    static boolean namesADocument(String text, List<String> suffixes, List<String> generic) {
        return namesADocument(text, suffixes, generic, SHORTEST_NAME);
    }

    /** Whether a suffix (办法, 合同…) follows a name of at least {@code shortest} characters that is not generic. */
    static boolean namesADocument(String text, List<String> suffixes, List<String> generic, int shortest) {
        for (String suffix : suffixes) {
            int at = text.indexOf(suffix);
            while (at >= 0) {
                Matcher before = NAME_BEFORE.matcher(text.substring(0, at));
                if (before.find()) {
                    String name = LEADING_VERB.matcher(before.group(1)).replaceFirst("");
                    if (name.length() >= shortest && !containsAny(name, generic)) {
                        return true;
                    }
                }
                at = text.indexOf(suffix, at + 1);
            }
        }
        return false;
    }

    static boolean containsAny(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }
}
