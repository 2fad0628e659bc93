package com.budgetperf.report.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.budgetperf.platform.events.MalformedEventException;
import com.budgetperf.report.messaging.SubmissionSubmitted;

/**
 * Pure computation of a submission's facts from its {@code submitted} snapshot: no database, no clock.
 * Amounts stay {@link BigDecimal} throughout and are stored at scale 6 (万元, DESIGN.md §5).
 */
public final class SubmissionProjection {

    /** Scale of every amount in the read model (numeric(18,6)). */
    public static final int MONEY_SCALE = 6;

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
        return new SubmissionFacts(event.submissionId(), event.version(), event.fiscalYear(),
                Region.of(event.regionCode()), event.departmentCode(), event.departmentName(),
                event.status() == null ? "SUBMITTED" : event.status(), projects.size(), budgetTotal(projects),
                countFindings(event.findings(), "ERROR"), countFindings(event.findings(), "WARNING"),
                event.submittedAt());
    }

    /** Sum of the projects' 预算数; a project without a budget counts as zero. */
    public static BigDecimal budgetTotal(List<SubmissionSubmitted.Project> projects) {
        return projects.stream()
                .map(SubmissionSubmitted.Project::budget)
                .map(SubmissionProjection::projectBudget)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(MONEY_SCALE, RoundingMode.HALF_UP);
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
}
