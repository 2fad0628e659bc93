package com.budgetperf.report.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.budgetperf.platform.events.MalformedEventException;
import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.report.messaging.in.SubmissionSubmitted;
import com.budgetperf.report.projection.SubmissionFacts.DepartmentIndicatorFact;
import com.budgetperf.report.projection.SubmissionFacts.DepartmentTarget;
import com.budgetperf.report.projection.SubmissionFacts.FindingFact;
import com.budgetperf.report.projection.SubmissionFacts.IndicatorFact;
import com.budgetperf.report.projection.SubmissionFacts.IndicatorText;
import com.budgetperf.report.projection.SubmissionFacts.ProjectFact;
import com.budgetperf.report.projection.SubmissionFacts.SpendingPlan;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Pure computation of a submission's facts from its {@code submitted} snapshot: no database, no clock.
 * Amounts stay {@link BigDecimal} throughout and are stored at scale 6 (万元, docs/architecture.md §5).
 */
public final class SubmissionProjection {

    /** Scale of every amount in the read model (numeric(18,6)). */
    public static final int MONEY_SCALE = 6;

    public static final String QUANTITATIVE = "QUANTITATIVE";

    private static final int MAX_TEXT = 500;
    private static final int MAX_CODE = 100;
    private static final int MAX_SHORT = 50;
    /** Goals, purposes, descriptions: twice what submission-service accepts (2,000), so nothing real is cut. */
    private static final int MAX_LONG_TEXT = 4000;

    private SubmissionProjection() {
    }

    /** @throws MalformedEventException when the snapshot lacks what a fact needs */
    public static SubmissionFacts project(SubmissionSubmitted event) {
        if (event == null || event.submissionId() == null || event.version() == null || event.fiscalYear() == null
                || event.departmentCode() == null || event.departmentCode().isBlank()) {
            throw new MalformedEventException(
                    "submitted event without submissionId, version, fiscalYear or departmentCode: " + event);
        }
        List<SubmissionSubmitted.Project> projects = event.document() == null || event.document().projects() == null
                ? List.of()
                : event.document().projects().stream().filter(Objects::nonNull).toList();
        Map<String, SubmissionSubmitted.Value> valuesByPath = new HashMap<>();
        if (event.values() != null) {
            event.values().stream().filter(v -> v != null && v.path() != null)
                    .forEach(v -> valuesByPath.put(v.path(), v));
        }
        List<ProjectFact> projectFacts = new ArrayList<>();
        List<IndicatorFact> indicatorFacts = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            SubmissionSubmitted.Project project = projects.get(p);
            List<SubmissionSubmitted.Indicator> indicators = project.indicators() == null ? List.of()
                    : project.indicators();
            int quantitative = 0;
            int count = 0;
            for (int i = 0; i < indicators.size(); i++) {
                SubmissionSubmitted.Indicator indicator = indicators.get(i);
                if (indicator == null) {
                    continue;
                }
                SubmissionSubmitted.Value value = valuesByPath.get("/projects/" + p + "/indicators/" + i + "/value");
                String kind = value == null || value.kind() == null ? null : value.kind().toUpperCase(Locale.ROOT);
                if (QUANTITATIVE.equals(kind)) {
                    quantitative++;
                }
                count++;
                indicatorFacts.add(new IndicatorFact(p, i, cut(project.code(), MAX_CODE), cut(indicator.level1(), MAX_CODE),
                        cut(indicator.level2(), MAX_CODE), cut(indicator.name(), MAX_TEXT), cut(kind, 20),
                        value == null ? null : cut(value.unit(), MAX_SHORT), value == null ? null : cut(value.raw(), MAX_TEXT),
                        text(indicator)));
            }
            SubmissionSubmitted.Budget budget = project.budget();
            projectFacts.add(new ProjectFact(p, cut(project.code(), MAX_CODE), cut(project.name(), MAX_TEXT),
                    Boolean.TRUE.equals(project.classified()), money(projectBudget(budget)),
                    money(budget == null ? null : budget.fiscal()), money(budget == null ? null : budget.other()),
                    count, quantitative, longText(project.purpose()), plan(project.disbursementPlan()),
                    lines(project.goals())));
        }
        List<FindingFact> findingFacts = new ArrayList<>();
        if (event.findings() != null) {
            int n = 0;
            for (SubmissionSubmitted.Finding finding : event.findings()) {
                if (finding != null && finding.ruleCode() != null && finding.severity() != null) {
                    findingFacts.add(new FindingFact(n++, cut(finding.ruleCode(), MAX_CODE),
                            cut(finding.severity().toUpperCase(Locale.ROOT), 10), cut(blankToNull(finding.title()), 200)));
                }
            }
        }
        return new SubmissionFacts(event.submissionId(), event.version(), event.fiscalYear(),
                region(event.regionCode()), event.departmentCode(), event.departmentName(),
                event.status() == null ? "SUBMITTED" : event.status(), projects.size(), budgetTotal(projects),
                countFindings(event.findings(), "ERROR"), countFindings(event.findings(), "WARNING"),
                event.submittedAt(),
                sum(projectFacts.stream().map(ProjectFact::budgetFiscal)),
                sum(projectFacts.stream().map(ProjectFact::budgetOther)),
                indicatorFacts.size(), (int) indicatorFacts.stream().filter(i -> QUANTITATIVE.equals(i.valueKind())).count(),
                countFindings(event.findings(), "INFO"),
                event.qualityScore(), cut(event.suggestedGrade(), 4), cut(event.ruleSetVersion(), 40),
                projectFacts, indicatorFacts, findingFacts, department(event.document()));
    }

    /** 部门整体: the document's overall goal, sub-goals, safeguards and department-wide indicator grid. */
    static DepartmentTarget department(SubmissionSubmitted.Document document) {
        if (document == null) {
            return new DepartmentTarget(null, List.of(), null, List.of());
        }
        List<DepartmentIndicatorFact> indicators = new ArrayList<>();
        List<SubmissionSubmitted.Indicator> rows = document.departmentIndicators() == null ? List.of()
                : document.departmentIndicators();
        for (int i = 0; i < rows.size(); i++) {
            SubmissionSubmitted.Indicator row = rows.get(i);
            if (row != null) {
                indicators.add(new DepartmentIndicatorFact(i, cut(row.level1(), MAX_CODE), cut(row.level2(), MAX_CODE),
                        cut(row.name(), MAX_TEXT), text(row)));
            }
        }
        return new DepartmentTarget(longText(document.overallGoal()), lines(document.subGoals()),
                longText(document.safeguards()), List.copyOf(indicators));
    }

    /** The columns of an indicator row beside its names, as the document writes them. */
    static IndicatorText text(SubmissionSubmitted.Indicator indicator) {
        return new IndicatorText(longText(indicator.description()), cut(valueWritten(indicator.value()), MAX_TEXT),
                longText(indicator.basis()), longText(indicator.scoring()));
    }

    /**
     * The 指标值 as the county wrote it: the one text ({@code raw}, or a plain string from older producers), otherwise
     * the 符号/值/单位 columns joined — without the 符号 “文字描述”, which only says that the 单位 column holds a text
     * (“合理规范”); null when nothing is written.
     */
    static String valueWritten(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isValueNode()) {
            return blankToNull(value.asText());
        }
        String raw = blankToNull(value.path("raw").asText(null));
        if (raw != null) {
            return raw;
        }
        String symbol = blankToNull(value.path("symbol").asText(null));
        String number = blankToNull(value.path("number").asText(null));
        String unit = blankToNull(value.path("unit").asText(null));
        StringBuilder written = new StringBuilder();
        if (symbol != null && !(TEXT_SYMBOL.equals(symbol) && number == null)) {
            written.append(symbol);
        }
        written.append(number == null ? "" : number).append(unit == null ? "" : unit);
        return blankToNull(written.toString());
    }

    private static final String TEXT_SYMBOL = "文字描述";

    private static SpendingPlan plan(SubmissionSubmitted.DisbursementPlan plan) {
        if (plan == null || plan.mar() == null && plan.jun() == null && plan.oct() == null && plan.dec() == null) {
            return null;
        }
        return new SpendingPlan(share(plan.mar()), share(plan.jun()), share(plan.oct()), share(plan.dec()));
    }

    /** A share of 0..100 % at the columns' scale (numeric(9,4)); anything outside is not a plan share and is left out. */
    private static BigDecimal share(BigDecimal percent) {
        if (percent == null || percent.abs().compareTo(new BigDecimal("99999")) > 0) {
            return null;
        }
        return percent.setScale(4, RoundingMode.HALF_UP);
    }

    /** Goal lines as written, blank ones left out. */
    private static List<String> lines(List<String> lines) {
        return lines == null ? List.of()
                : lines.stream().map(SubmissionProjection::longText).filter(Objects::nonNull).toList();
    }

    private static String longText(String text) {
        return cut(blankToNull(text), MAX_LONG_TEXT);
    }

    /** The event's region code as the one {@link RegionCode} of the platform; an event without one is malformed. */
    public static RegionCode region(String regionCode) {
        return RegionCode.parse(regionCode).orElseThrow(() -> new MalformedEventException(
                "regionCode " + regionCode + " is not a GB/T 2260 code: " + RegionCode.problemWith(regionCode).orElseThrow()));
    }

    /** Sum of the projects' 预算数; a project without a budget counts as zero. */
    public static BigDecimal budgetTotal(List<SubmissionSubmitted.Project> projects) {
        return money(projects.stream()
                .map(SubmissionSubmitted.Project::budget)
                .map(SubmissionProjection::projectBudget)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** {@code total} when given, otherwise 财政资金 + 其他资金 (total = fiscal + other), otherwise zero. */
    static BigDecimal projectBudget(SubmissionSubmitted.Budget budget) {
        if (budget == null) {
            return BigDecimal.ZERO;
        }
        if (budget.total() != null) {
            return budget.total();
        }
        return Stream.of(budget.fiscal(), budget.other())
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static int countFindings(List<SubmissionSubmitted.Finding> findings, String severity) {
        if (findings == null) {
            return 0;
        }
        return (int) findings.stream()
                .filter(finding -> finding != null && severity.equalsIgnoreCase(finding.severity()))
                .count();
    }

    /**
     * At scale 6 in a {@code numeric(18,6)} column: an amount of 10^12 万元 or more cannot be stored, so the event is
     * refused as malformed (the live consumer dead-letters it, a rebuild reports and skips it) instead of failing the
     * database statement, which would abort the whole rebuild transaction.
     */
    private static BigDecimal money(BigDecimal amount) {
        BigDecimal money = (amount == null ? BigDecimal.ZERO : amount).setScale(MONEY_SCALE, RoundingMode.HALF_UP);
        if (money.abs().compareTo(LARGEST_MONEY) > 0) {
            throw new MalformedEventException("amount " + money.toPlainString() + " exceeds the report columns (numeric(18,6))");
        }
        return money;
    }

    private static final BigDecimal LARGEST_MONEY = new BigDecimal("999999999999.999999");

    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        return money(amounts.reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
