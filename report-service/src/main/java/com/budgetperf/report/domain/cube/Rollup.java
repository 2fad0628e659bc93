package com.budgetperf.report.domain.cube;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A pre-aggregated table of the cube, kept by the projector in the same transaction as the facts: the facts of one
 * grain grouped by every submission dimension but the department ({@code department}, {@code department_name}) (region county, fiscal year, status, grade,
 * suggested grade, approved stage, final approval) plus a few lower dimensions of that grain, with additive
 * measures only (counts, sums, the numerator and denominator of each ratio and mean).
 *
 * <p>{@link #answering} is the planner: the coarsest rollup whose grouping covers the query's drilldown and cuts
 * and whose stored sums give the query's measures exactly; none for detail (department) or for a distinct count
 * the rollup cannot give (a submission counted in two of its rows that the query would merge). The summary row of a
 * drilled query merges all cells, so it is planned on its own ({@link CubeQuery#summary()}): the {@code *_TOTAL}
 * rollups, grouped by no lower dimension, count each submission once for it.
 */
public enum Rollup {
    SUBMISSION(Grain.SUBMISSION),
    /** Submissions with projects, their projects and budgets: the summary row of a query drilled by project. */
    PROJECT_TOTAL(Grain.PROJECT),
    PROJECT(Grain.PROJECT, "classified"),
    /** Submissions and projects with indicators, their indicators: the summary row of a query drilled by indicator. */
    INDICATOR_TOTAL(Grain.INDICATOR),
    INDICATOR_LEVEL1(Grain.INDICATOR, "level1"),
    INDICATOR_LEVELS(Grain.INDICATOR, "level1", "level2"),
    INDICATOR(Grain.INDICATOR, "classified", "level1", "level2", "value_kind"),
    /** Submissions with findings, their findings: the summary row of a query drilled by finding. */
    FINDING_TOTAL(Grain.FINDING),
    FINDING_RULE(Grain.FINDING, "rule_code"),
    FINDING(Grain.FINDING, "rule_code", "severity");

    /** Measures that count distinct submissions at the project, indicator and finding grains. */
    private static final Set<String> SUBMISSION_COUNTS = Set.of("submissions", "approved", "returned", "rejected", "pending");

    /** The submission dimensions no rollup keeps: a department has about one submission a year, so they are detail. */
    public static final Set<String> DETAIL_DIMENSIONS = Set.of("department", "department_name");

    private final Grain grain;
    private final List<String> lowerDimensions;

    Rollup(Grain grain, String... lowerDimensions) {
        this.grain = grain;
        this.lowerDimensions = List.of(lowerDimensions);
    }

    public Grain grain() {
        return grain;
    }

    /** The dimensions below the submission this rollup is grouped by (besides the submission dimensions). */
    public List<String> lowerDimensions() {
        return lowerDimensions;
    }

    /** The rollups in the order the planner tries them: coarsest (fewest grouping dimensions) first. */
    public static List<Rollup> coarsestFirst() {
        return Arrays.stream(values()).sorted(Comparator.comparingInt((Rollup r) -> r.lowerDimensions.size())).toList();
    }

    /** The coarsest rollup that answers {@code query} exactly, or empty: then the facts answer it. */
    public static Optional<Rollup> answering(CubeQuery query) {
        return coarsestFirst().stream().filter(rollup -> rollup.answers(query)).findFirst();
    }

    public boolean answers(CubeQuery query) {
        if (query.grain() != grain) {
            return false;
        }
        if (!query.drilldown().stream().allMatch(this::groups)
                || !query.cuts().stream().allMatch(cut -> groups(cut.dimension()))) {
            return false;
        }
        return query.measures().stream().allMatch(measure -> additive(measure, query));
    }

    /** Whether this rollup keeps {@code dimension} among its grouping columns. */
    public boolean groups(Dimension dimension) {
        return dimension.grain() == Grain.SUBMISSION ? !DETAIL_DIMENSIONS.contains(dimension.name())
                : lowerDimensions.contains(dimension.name());
    }

    /**
     * Sums of the rollup's rows give the measure exactly, except for a distinct count (submissions, or projects at
     * the indicator grain): a submission (project) may be counted in several rows, once per lower dimension value,
     * so the count adds up only when the query keeps each lower dimension the entity does not determine to one value
     * per cell (drilled down or cut to one value).
     */
    private boolean additive(Measure measure, CubeQuery query) {
        Optional<Grain> counted = distinctlyCounted(measure);
        if (counted.isEmpty()) {
            return true;
        }
        for (String lower : lowerDimensions) {
            Dimension dimension = CubeModel.dimension(lower).orElseThrow();
            boolean determinedByEntity = counted.get() == Grain.PROJECT && dimension.grain() == Grain.PROJECT;
            if (!determinedByEntity && !fixedPerCell(dimension, query)) {
                return false;
            }
        }
        return true;
    }

    private Optional<Grain> distinctlyCounted(Measure measure) {
        if (grain != Grain.SUBMISSION && SUBMISSION_COUNTS.contains(measure.name())) {
            return Optional.of(Grain.SUBMISSION);
        }
        if (grain == Grain.INDICATOR && measure.name().equals("projects")) {
            return Optional.of(Grain.PROJECT);
        }
        return Optional.empty();
    }

    private static boolean fixedPerCell(Dimension dimension, CubeQuery query) {
        return query.drilldown().contains(dimension) || query.cuts().stream()
                .anyMatch(cut -> cut.dimension().equals(dimension) && new HashSet<>(cut.values()).size() == 1);
    }
}
