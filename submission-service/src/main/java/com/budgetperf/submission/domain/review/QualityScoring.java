package com.budgetperf.submission.domain.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * The quality score of a machine review, per project and combined.
 * <ol>
 * <li>Each project is scored on its own (the department-wide indicators and goals are one more part). A part's
 * size is its number of indicator rows, at least {@code scoreMinRows} (5).</li>
 * <li>Each of the four 88号 dimensions (完整性, 相关性, 适当性, 可行性) of a part is the share of its rows that pass it:
 * a row with a finding whose rule costs that dimension ({@code rule-dimensions.txt}) fails it, once however many
 * such findings it has; a finding not on a row (预算数, 资金支出计划, 绩效目标) counts as one more failing row. A
 * failing row costs {@code errorCost} (1) for an ERROR, {@code warningCost} (1) for a WARNING, {@code infoCost} (0) for
 * an INFO, thresholds of the rule set. So a dimension is {@code 100 × (1 − cost / size)}, not below 0, and a finding
 * weighs less in a large project than in a small one. The part's score is the mean of its four dimensions.</li>
 * <li>The document's score and dimensions are the parts' weighted by 预算数 (a project without one weighs as much as
 * the mean of those with one; the department-wide part the mean); when no project has a 预算数, the plain mean.</li>
 * <li>Grade, in the bands of 财预〔2020〕10号: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差; a document with an ERROR scores at most
 * 89: it cannot be 优.</li>
 * </ol>
 */
public final class QualityScoring {

    /** A finding's pointer: {@code /projects/<n>/…} is on project n; a row is {@code [/projects/<n>]/(departmentIndicators|indicators)/<m>}. */
    private static final String PROJECTS = "/projects/";
    private static final List<String> ROWS = List.of("/departmentIndicators/", "/indicators/");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private QualityScoring() {
    }

    public static ScoreCard score(TargetDocument document, List<Finding> findings, RuleSet ruleSet) {
        List<Part> parts = parts(document, findings);
        BigDecimal errorCost = ruleSet.threshold("errorCost", BigDecimal.ONE);
        BigDecimal warningCost = ruleSet.threshold("warningCost", BigDecimal.ONE);
        BigDecimal infoCost = ruleSet.threshold("infoCost", BigDecimal.ZERO);
        for (Finding finding : findings) {
            Part part = parts.get(partOf(finding.path(), document) + 1);
            BigDecimal cost = switch (finding.severity()) {
                case ERROR -> errorCost;
                case WARNING -> warningCost;
                case INFO -> infoCost;
            };
            QualityDimension dimension = finding.dimension() == null ? ScoreDimensions.of(finding.ruleCode())
                    : finding.dimension();
            // a row fails a dimension once: the costliest of its findings in that dimension counts
            part.failing.computeIfAbsent(dimension, d -> new java.util.HashMap<>())
                    .merge(failingUnit(finding), cost, BigDecimal::max);
        }
        int minRows = ruleSet.threshold("scoreMinRows", new BigDecimal("5")).intValue();
        weigh(parts, document);
        Map<QualityDimension, BigDecimal> weighted = new EnumMap<>(QualityDimension.class);
        BigDecimal weightedTotal = BigDecimal.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        List<ScoreCard.PartScore> scores = new ArrayList<>();
        for (Part part : parts) {
            if (!part.counted) {
                continue;
            }
            BigDecimal size = BigDecimal.valueOf(Math.max(minRows, part.rows));
            Map<QualityDimension, BigDecimal> dimensions = new EnumMap<>(QualityDimension.class);
            BigDecimal sum = BigDecimal.ZERO;
            for (QualityDimension dimension : QualityDimension.values()) {
                BigDecimal cost = BigDecimal.ZERO;
                for (BigDecimal failing : part.failing.getOrDefault(dimension, Map.of()).values()) {
                    cost = cost.add(failing);
                }
                BigDecimal score = HUNDRED.subtract(cost.multiply(HUNDRED).divide(size, PRECISION)).max(BigDecimal.ZERO);
                dimensions.put(dimension, score);
                sum = sum.add(score);
                weighted.merge(dimension, score.multiply(part.weight), BigDecimal::add);
            }
            BigDecimal score = sum.divide(BigDecimal.valueOf(QualityDimension.values().length), PRECISION);
            weightedTotal = weightedTotal.add(score.multiply(part.weight));
            totalWeight = totalWeight.add(part.weight);
            scores.add(new ScoreCard.PartScore(part.pointer, part.name, round(score), rounded(dimensions), part.weight,
                    part.rows));
        }
        Map<QualityDimension, BigDecimal> combined = new EnumMap<>(QualityDimension.class);
        for (QualityDimension dimension : QualityDimension.values()) {
            combined.put(dimension, totalWeight.signum() == 0 ? HUNDRED
                    : weighted.getOrDefault(dimension, BigDecimal.ZERO).divide(totalWeight, PRECISION));
        }
        int total = totalWeight.signum() == 0 ? 100 : round(weightedTotal.divide(totalWeight, PRECISION));
        boolean error = findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
        if (error) {
            total = Math.min(total, 89);
        }
        return new ScoreCard(total, grade(total), rounded(combined), scores);
    }

    /** Grades in the bands of 财预〔2020〕10号: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
    public static String grade(int score) {
        if (score >= 90) {
            return "优";
        }
        if (score >= 80) {
            return "良";
        }
        return score >= 60 ? "中" : "差";
    }

    /** The department-wide part first (index 0), then one per project. */
    private static List<Part> parts(TargetDocument document, List<Finding> findings) {
        List<Part> parts = new ArrayList<>();
        Part department = new Part("", "部门整体", document.departmentIndicators().size());
        department.counted = !document.departmentIndicators().isEmpty() || document.projects().isEmpty()
                || findings.stream().anyMatch(finding -> partOf(finding.path(), document) < 0);
        parts.add(department);
        for (int i = 0; i < document.projects().size(); i++) {
            Project project = document.projects().get(i);
            Part part = new Part("/projects/" + i, project.displayName(), project.indicators().size());
            part.budget = project.budget() == null ? null : project.budget().total();
            parts.add(part);
        }
        return parts;
    }

    /** 预算数 as weight; without one, the mean of the known; all 1 when none is known. */
    private static void weigh(List<Part> parts, TargetDocument document) {
        BigDecimal known = BigDecimal.ZERO;
        int count = 0;
        for (Part part : parts) {
            if (part.budget != null && part.budget.signum() > 0) {
                known = known.add(part.budget);
                count++;
            }
        }
        BigDecimal mean = count == 0 ? BigDecimal.ONE : known.divide(BigDecimal.valueOf(count), PRECISION);
        for (Part part : parts) {
            part.weight = count > 0 && part.budget != null && part.budget.signum() > 0 ? part.budget : mean;
        }
    }

    /** The row a finding is on ("/projects/0/indicators/3" for ".../3/value"), or null when on no row. */
    static String rowOf(String path) {
        if (path == null) {
            return null;
        }
        int at = 0;
        if (path.startsWith(PROJECTS)) {
            at = digitsEnd(path, PROJECTS.length());
            if (at == PROJECTS.length()) {
                return null;
            }
        }
        for (String rows : ROWS) {
            if (path.startsWith(rows, at)) {
                int end = digitsEnd(path, at + rows.length());
                return end == at + rows.length() ? null : path.substring(0, end);
            }
        }
        return null;
    }

    /** Whether what is left from {@code from} is one line terminator (where a regex's {@code $} also matches). */
    private static boolean onlyATerminator(String text, int from) {
        String rest = text.substring(from);
        return rest.equals("\n") || rest.equals("\r\n") || rest.equals("\r") || rest.equals("\u0085")
                || rest.equals("\u2028") || rest.equals("\u2029");
    }

    /** Where the run of ASCII digits starting at {@code from} ends ({@code from} when there is none). */
    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    /** What fails: the finding's row, or, for a finding on no row (预算数, 资金支出计划, 目标), the finding itself. */
    private static String failingUnit(Finding finding) {
        String row = rowOf(finding.path());
        return row != null ? row : finding.ruleCode() + " " + finding.path();
    }

    /** The project index a finding's pointer names, or -1 for the department-wide part. */
    static int partOf(String path, TargetDocument document) {
        if (path == null || !path.startsWith(PROJECTS)) {
            return -1;
        }
        int end = digitsEnd(path, PROJECTS.length());
        if (end == PROJECTS.length() || !(end == path.length() || path.charAt(end) == '/' || onlyATerminator(path, end))) {
            return -1;
        }
        String index = path.substring(PROJECTS.length(), end);
        return index.length() < 7 && Integer.parseInt(index) < document.projects().size() ? Integer.parseInt(index) : -1;
    }

    private static int round(BigDecimal score) {
        return score.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private static Map<QualityDimension, Integer> rounded(Map<QualityDimension, BigDecimal> dimensions) {
        Map<QualityDimension, Integer> rounded = new EnumMap<>(QualityDimension.class);
        dimensions.forEach((dimension, score) -> rounded.put(dimension, round(score)));
        return rounded;
    }

    private static final class Part {
        final String pointer;
        final String name;
        final int rows;
        final Map<QualityDimension, Map<String, BigDecimal>> failing = new EnumMap<>(QualityDimension.class);
        BigDecimal budget;
        BigDecimal weight = BigDecimal.ONE;
        boolean counted = true;

        Part(String pointer, String name, int rows) {
            this.pointer = pointer;
            this.name = name;
            this.rows = rows;
        }
    }
}
