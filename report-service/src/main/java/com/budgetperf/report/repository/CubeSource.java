package com.budgetperf.report.repository;

import java.util.Optional;

import com.budgetperf.report.domain.cube.CubeQuery;
import com.budgetperf.report.domain.cube.Dimension;
import com.budgetperf.report.domain.cube.Grain;
import com.budgetperf.report.domain.cube.Measure;
import com.budgetperf.report.domain.cube.Rollup;

/**
 * Where an aggregate is computed: the facts themselves (a plain GROUP BY over the fact tables) or one of the rollup
 * tables the planner ({@link Rollup#answering}) chose. Both give the same figures; a rollup reads far fewer rows.
 */
public final class CubeSource {

    /** The plain GROUP BY over the facts: the answer for detail, and the reference the rollups are checked against. */
    public static final CubeSource FACTS = new CubeSource(null);

    private final Rollup rollup;

    private CubeSource(Rollup rollup) {
        this.rollup = rollup;
    }

    public static CubeSource rollup(Rollup rollup) {
        return new CubeSource(rollup);
    }

    /** The rollup the planner chose for {@code query}, or the facts. */
    public static CubeSource planned(CubeQuery query) {
        return Rollup.answering(query).map(CubeSource::rollup).orElse(FACTS);
    }

    public Optional<Rollup> rollup() {
        return Optional.ofNullable(rollup);
    }

    /** Indicator rows are joined to their project only when a project column is used: the join costs a second scan. */
    String from(CubeQuery query, boolean facts) {
        if (rollup != null) {
            return RollupSnippets.table(rollup) + " r";
        }
        boolean projectColumns = facts || query.drilldown().stream().anyMatch(d -> d.grain() == Grain.PROJECT)
                || query.cuts().stream().anyMatch(c -> c.dimension().grain() == Grain.PROJECT);
        return query.grain() == Grain.INDICATOR && projectColumns
                ? CubeSnippets.from(query.grain()) + CubeSnippets.INDICATOR_PROJECT_JOIN
                : CubeSnippets.from(query.grain());
    }

    String dimension(Dimension dimension) {
        return rollup == null ? CubeSnippets.dimension(dimension) : RollupSnippets.dimension(dimension);
    }

    String measure(Measure measure, Grain grain) {
        return (rollup == null ? CubeSnippets.measure(measure, grain) : RollupSnippets.measure(measure, grain)).orElseThrow();
    }

    /** A column of the submission: {@code region_code}, {@code final_approved}, {@code approved_stage}. */
    String submissionColumn(String column) {
        return rollup == null ? "s." + column : RollupSnippets.column(column);
    }

    @Override
    public String toString() {
        return rollup == null ? "facts" : RollupSnippets.table(rollup);
    }
}
