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
 *
 * <p>A finding needs positive evidence of vagueness, as the reviewer's definition is positive: a need or an order
 * ({@code vagueBasis}: "工作需要", "上级要求"), hearsay ({@code basisHearsayWords}), a 文件/规定/政策/要求 that is not named
 * ({@code basisVagueKinds}: "按照养老保险政策"; a 文件 only when no name of its own goes before it), a clause of nothing but generic words and a bare kind ("相关报告",
 * "按照协议"), a restated goal or work statement rather than a source (a clause opening with a verb of
 * {@code basisStatementVerbs} or holding one of two characters or more, or closing on an outcome word of {@code vagueWords}, or a satisfaction statement), or the
 * row's own name or value repeated. A basis that names a concrete object the lists do not know ("储备定额",
 * "施工图预算", "业主委员会章程") is not called vague: other counties name their sources in words no list holds.
 */
public final class VagueBasis extends IndicatorRowRule {

    private static final Pattern TITLE = Pattern.compile("《[^》]{2,}》");
    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("[〔【\\[（(［]\\s*(?:19|20)\\d{2,3}\\s*[〕】\\]）)］]\\s*(?:第\\s*)?\\d{1,4}\\s*号");
    /**
     * A document or record of a named year: "2021年工作计划", "2025年…工作要点", "2022年补贴实施数据", "…排查报告",
     * a dated arrangement ("2024年森林防火宣传月活动安排", "2024年防火期工作部署": a plan of that year).
     */
    private static final Pattern YEAR_PLAN =
            Pattern.compile("(?:19|20)\\d{2}\\s*年[^，,。；;]{0,12}(?:计划|规划|方案|要点|数据|报表|报告|名册|清单|安排|部署)");
    /** A name that is only who issued it ("县司法局、财政局联合" 文件): an issuer names no document. */
    private static final Pattern ISSUER_ONLY =
            Pattern.compile("(?:局|厅|委|办|部|府|院|会|政府|委员会|中心)(?:联合|印发|下发|出台|发布|制定)?$");
    private static final Pattern FIGURE =
            Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:人次|人|户|次|元|万元|笔|件|个|名|家|所|项|场|期|天|日|月)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BRACKETED = Pattern.compile("[〔【\\[（(［][^〕】\\]）)］]*[〕】\\]）)］]");
    private static final Pattern NAME_BEFORE = Pattern.compile("([\\p{IsHan}A-Za-z0-9]+)$");
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:按照|根据|依据|依照|参照|遵照|按|据|依|在|通过)");
    private static final Pattern CLAUSES = Pattern.compile("[，,；;。、\\n]+");
    private static final Pattern FILLER = Pattern.compile("[的和及与等]");
    /** What is left of a clause once its verb and generic words are gone: a bare kind ("报告", "协议") at most. */
    private static final int BARE_KIND = 2;
    /** "文件" is vague unless a name of its own goes before it ("施工图设计文件" yes, "上级文件", "按文件" no). */
    private static final String UNNAMED_DOCUMENT = "文件";

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
        // what named, evidenced, opensWithAStatement and checkable each find, found once for the row
        String text = withoutSpaces(written);
        boolean named = namedWithoutSpaces(text);
        boolean hearsay = containsAny(text, context.ruleSet().words("basisHearsayWords"));
        boolean evidenced = !hearsay && (containsAny(text, context.ruleSet().words("basisPlanWords"))
                || containsAny(text, context.ruleSet().words("basisEvidenceWords")));
        if (!named && !evidenced && opensWithAStatement(context, text)) {
            report(row, written, "写的是目标或工作内容", findings); // "做好青少年法治宣传教育工作": no source, whatever it mentions
            return;
        }
        if (named || !hearsay && (evidenced || namesADocument(context, text))) {
            return; // checkable
        }
        Optional<String> evidence = vagueness(context, row.indicator().name(),
                row.indicator().value() == null ? null : row.indicator().value().raw(), written);
        if (evidence.isEmpty()) {
            return; // names an object the lists do not know: not vague without evidence
        }
        report(row, written, evidence.get(), findings);
    }

    private void report(ReviewContext.LocatedIndicator row, String written, String evidence, FindingSink findings) {
        findings.report(row.pointer() + "/basis", row.where() + "的指标" + quoted(row.indicator().name())
                + "的确定依据" + quoted(written) + "（" + evidence + "）"
                + "没有写明可以核对的依据；请写明文件名称和文号（如《…办法》冀财预〔2021〕12号）、计划（如“2021年工作计划”）、"
                + "标准，或历史数据、统计数据、调查结果及计算方法");
    }

    /**
     * What shows that an uncheckable basis is vague, in a few words for the message; empty when nothing does (the
     * basis names an object the rule set does not know, which is no evidence against it).
     */
    static Optional<String> vagueness(ReviewContext context, String name, String value, String basis) {
        String text = withoutSpaces(basis);
        Optional<String> word = firstIn(text, context.ruleSet().words("basisHearsayWords"), 0)
                .or(() -> firstIn(text, context.ruleSet().words("vagueBasis"), 2))
                .or(() -> firstIn(text, context.ruleSet().words("basisVagueKinds"), 0).map(w -> "未写明名称的" + w))
                .or(() -> text.contains(UNNAMED_DOCUMENT) && !namesADocument(text, List.of(UNNAMED_DOCUMENT),
                        context.ruleSet().words("basisGenericNames"), SHORTEST_NAME, true)
                        ? Optional.of("未写明名称的文件") : Optional.empty())
                .or(() -> orderFromAnUnnamedSuperior(text, context.ruleSet().words("basisOrderWords"),
                        context.ruleSet().words("basisGenericNames")));
        if (word.isPresent()) {
            return word;
        }
        if (text.equals(withoutSpaces(name == null ? "" : name))
                || text.equals(withoutSpaces(value == null ? "" : value))
                || context.ruleSet().words("vagueBasis").contains(text)) {
            return Optional.of("只重复了指标");
        }
        List<String> generic = context.ruleSet().words("basisGenericNames");
        List<String> statementVerbs = context.ruleSet().words("basisStatementVerbs");
        List<String> outcomes = context.ruleSet().words("vagueWords");
        for (String clause : CLAUSES.split(text)) {
            if (clause.isEmpty()) {
                continue;
            }
            String rest = FILLER.matcher(LEADING_VERB.matcher(clause).replaceFirst("")).replaceAll("");
            for (String g : generic) {
                rest = rest.replace(g, "");
            }
            if (rest.length() <= BARE_KIND) {
                return Optional.of("只有泛称");
            }
            if (opensWithOrHoldsAVerb(clause, statementVerbs) || endsWithAny(clause, outcomes)
                    || containsAny(clause, context.ruleSet().words("satisfactionWords"))) {
                return Optional.of("写的是目标或工作内容");
            }
        }
        return Optional.empty();
    }

    /**
     * A task or target passed down by a superior that is not named ("上级部门下达任务"): the clause before the order
     * word ({@code basisOrderWords}: 下达, 交办…) holds nothing but generic words. A named issuer ("省下达目标") is a
     * record that can be asked for.
     */
    static Optional<String> orderFromAnUnnamedSuperior(String text, List<String> orders, List<String> generic) {
        for (String clause : CLAUSES.split(text)) {
            for (String order : orders) {
                int at = clause.indexOf(order);
                if (at > 0) {
                    String issuer = FILLER.matcher(LEADING_VERB.matcher(clause.substring(0, at)).replaceFirst("")).replaceAll("");
                    for (String g : generic) {
                        issuer = issuer.replace(g, "");
                    }
                    if (issuer.isEmpty()) {
                        return Optional.of("上级" + order + "，未写明文件");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The first word of at least {@code shortest} characters that the text holds. */
    private static Optional<String> firstIn(String text, List<String> words, int shortest) {
        for (String word : words) {
            if (word.length() >= shortest && text.contains(word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /** A clause opening with a verb of the list, or holding one of two characters or more. */
    private static boolean opensWithOrHoldsAVerb(String clause, List<String> verbs) {
        for (String verb : verbs) {
            if (clause.startsWith(verb) || verb.length() > 1 && clause.contains(verb)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String clause, List<String> words) {
        for (String word : words) {
            if (clause.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** A title, a 文号, a year's plan or a figure: named beyond doubt, whatever else the basis says. */
    static boolean named(String basis) {
        return namedWithoutSpaces(withoutSpaces(basis));
    }

    /**
     * {@link #named} of a text without spaces. Each pattern needs a character of its own (《, 号, 年, an Arabic digit),
     * so a pattern runs only over a text that has it.
     */
    private static boolean namedWithoutSpaces(String text) {
        return text.indexOf('《') >= 0 && TITLE.matcher(text).find()
                || text.indexOf('号') >= 0 && DOCUMENT_NUMBER.matcher(text).find()
                || text.indexOf('年') >= 0 && YEAR_PLAN.matcher(text).find()
                || hasArabicDigit(text) && FIGURE.matcher(BRACKETED.matcher(text).replaceAll("")).find();
    }

    /** {@link #named} by running every pattern, whatever the text holds. */
    static boolean namedByEveryPattern(String basis) {
        String text = SPACES.matcher(basis).replaceAll("");
        return TITLE.matcher(text).find() || DOCUMENT_NUMBER.matcher(text).find() || YEAR_PLAN.matcher(text).find()
                || FIGURE.matcher(BRACKETED.matcher(text).replaceAll("")).find();
    }

    private static boolean hasArabicDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The text without {@code \s} characters; the same instance when it has none. */
    private static String withoutSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                return SPACES.matcher(text).replaceAll("");
            }
        }
        return text;
    }

    /** A plan of the year, statistics, history, a survey or a computation ({@code basisPlanWords}, {@code basisEvidenceWords}). */
    static boolean evidenced(ReviewContext context, String basis) {
        String text = withoutSpaces(basis);
        return !containsAny(text, context.ruleSet().words("basisHearsayWords"))
                && (containsAny(text, context.ruleSet().words("basisPlanWords"))
                || containsAny(text, context.ruleSet().words("basisEvidenceWords")));
    }

    /** Whether the basis opens with a verb of work or outcome ("做好…", "提高…", "使…"): a goal written where a source belongs. */
    static boolean opensWithAStatement(ReviewContext context, String basis) {
        String text = withoutSpaces(basis);
        for (String verb : context.ruleSet().words("basisStatementVerbs")) {
            if (text.startsWith(verb)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a basis names something a reviewer can look up. */
    static boolean checkable(ReviewContext context, String basis) {
        String text = withoutSpaces(basis);
        if (named(text)) {
            return true;
        }
        if (containsAny(text, context.ruleSet().words("basisHearsayWords"))) {
            return false; // "根据往年经验": experience is no record, whatever years it covers
        }
        return evidenced(context, text) || namesADocument(context, text);
    }

    /** A regulation, plan or agreement named by its own name ({@code basisDocumentSuffixes}, {@code basisAgreementSuffixes}). */
    private static boolean namesADocument(ReviewContext context, String text) {
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
        return namesADocument(text, suffixes, generic, shortest, false);
    }

    /** As above; with {@code beyondIssuer}, a name that is only its issuer ("财政局联合") names nothing. */
    static boolean namesADocument(String text, List<String> suffixes, List<String> generic, int shortest,
            boolean beyondIssuer) {
        for (String suffix : suffixes) {
            int at = text.indexOf(suffix);
            while (at >= 0) {
                Matcher before = NAME_BEFORE.matcher(text.substring(0, at));
                if (before.find()) {
                    String name = LEADING_VERB.matcher(before.group(1)).replaceFirst("");
                    if (name.length() >= shortest && !containsAny(name, generic)
                            && !(beyondIssuer && ISSUER_ONLY.matcher(name).find())) {
                        return true;
                    }
                }
                at = text.indexOf(suffix, at + 1);
            }
        }
        return false;
    }

    static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
