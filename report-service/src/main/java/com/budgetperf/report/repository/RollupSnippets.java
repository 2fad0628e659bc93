package com.budgetperf.report.repository;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.budgetperf.report.domain.cube.CubeModel;
import com.budgetperf.report.domain.cube.Dimension;
import com.budgetperf.report.domain.cube.Grain;
import com.budgetperf.report.domain.cube.Measure;
import com.budgetperf.report.domain.cube.Rollup;

/**
 * The fixed SQL of the rollup tables ({@code V90__cube_rollups.sql}): their grouping columns, the additive sums they
 * keep per grain (how each is computed from the facts, and how each measure is read back from them), and the
 * statements that add or withdraw one submission's contribution. Never built from input.
 */
final class RollupSnippets {

    /** The submission columns every rollup is grouped by, as {@code fact_submission} names them. */
    static final List<String> SUBMISSION_COLUMNS = List.of("region_code", "fiscal_year", "review_status", "grade",
            "suggested_grade", "approved_stage", "final_approved");

    private static final String STATUS_FILTER = " filter (where r.review_status in (%s))";
    private static final Map<String, String> STATUSES = Map.of("approved", "'APPROVED'", "returned", "'RETURNED'",
            "rejected", "'REJECTED'", "pending", "'PENDING', 'IN_REVIEW'");

    /** Per grain: each kept sum's column and its aggregate over the facts of one group. */
    private static final Map<Grain, Map<String, String>> SUMS = new EnumMap<>(Grain.class);
    /** Per grain: each measure's aggregate over rollup rows. */
    private static final Map<Grain, Map<String, String>> MEASURES = new EnumMap<>(Grain.class);

    static {
        String distinctSubmissions = "count(distinct s.submission_id)";
        SUMS.put(Grain.SUBMISSION, sums("n_rows", "count(*)", "projects", "sum(s.project_count)",
                "budget_total", "sum(s.budget_total)", "budget_fiscal", "sum(s.budget_fiscal)",
                "budget_other", "sum(s.budget_other)", "indicators", "sum(s.indicator_count)",
                "quantitative", "sum(s.quantitative_count)", "findings_error", "sum(s.finding_errors)",
                "findings_warning", "sum(s.finding_warnings)", "findings_info", "sum(s.finding_infos)",
                "score_sum", "coalesce(sum(s.quality_score), 0.00)", "score_count", "count(s.quality_score)"));
        SUMS.put(Grain.PROJECT, sums("n_rows", "count(*)", "submissions", distinctSubmissions,
                "budget_total", "sum(p.budget_total)", "budget_fiscal", "sum(p.budget_fiscal)",
                "budget_other", "sum(p.budget_other)", "indicators", "sum(p.indicator_count)",
                "quantitative", "sum(p.quantitative_count)"));
        SUMS.put(Grain.INDICATOR, sums("n_rows", "count(*)", "submissions", distinctSubmissions,
                "projects", "count(distinct (i.submission_id, i.project_no))",
                "quantitative", "count(*) filter (where i.value_kind = 'QUANTITATIVE')"));
        SUMS.put(Grain.FINDING, sums("n_rows", "count(*)", "submissions", distinctSubmissions,
                "findings_error", "count(*) filter (where f.severity = 'ERROR')",
                "findings_warning", "count(*) filter (where f.severity = 'WARNING')",
                "findings_info", "count(*) filter (where f.severity = 'INFO')"));

        for (Grain grain : Grain.values()) {
            Map<String, String> measures = new LinkedHashMap<>();
            String submissions = grain == Grain.SUBMISSION ? "r.n_rows" : "r.submissions";
            measures.put("submissions", total(submissions));
            STATUSES.forEach((name, statuses) -> measures.put(name,
                    "coalesce(sum(" + submissions + ")" + STATUS_FILTER.formatted(statuses) + ", 0)"));
            switch (grain) {
                case SUBMISSION -> {
                    measures.put("projects", total("r.projects"));
                    budgets(measures);
                    measures.put("indicators", total("r.indicators"));
                    measures.put("quantitative_share", "sum(r.quantitative)::numeric / nullif(sum(r.indicators), 0)");
                    measures.put("findings", total("r.findings_error + r.findings_warning + r.findings_info"));
                    findings(measures);
                    measures.put("mean_quality_score", "sum(r.score_sum) / nullif(sum(r.score_count), 0)");
                }
                case PROJECT -> {
                    measures.put("projects", total("r.n_rows"));
                    budgets(measures);
                    measures.put("indicators", total("r.indicators"));
                    measures.put("quantitative_share", "sum(r.quantitative)::numeric / nullif(sum(r.indicators), 0)");
                }
                case INDICATOR -> {
                    measures.put("projects", total("r.projects"));
                    measures.put("indicators", total("r.n_rows"));
                    measures.put("quantitative_share", "sum(r.quantitative)::numeric / nullif(sum(r.n_rows), 0)");
                }
                case FINDING -> {
                    measures.put("findings", total("r.n_rows"));
                    findings(measures);
                }
            }
            MEASURES.put(grain, measures);
        }
    }

    private RollupSnippets() {
    }

    private static Map<String, String> sums(String... columnsAndAggregates) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (int c = 0; c < columnsAndAggregates.length; c += 2) {
            sums.put(columnsAndAggregates[c], columnsAndAggregates[c + 1]);
        }
        return sums;
    }

    private static String total(String column) {
        return "coalesce(sum(" + column + "), 0)";
    }

    private static void budgets(Map<String, String> measures) {
        for (String budget : List.of("budget_total", "budget_fiscal", "budget_other")) {
            measures.put(budget, total("r." + budget));
        }
    }

    private static void findings(Map<String, String> measures) {
        for (String severity : List.of("findings_error", "findings_warning", "findings_info")) {
            measures.put(severity, total("r." + severity));
        }
    }

    static String table(Rollup rollup) {
        return "cube_rollup_" + rollup.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A dimension read from a rollup's own grouping column (same names as the facts' columns). */
    static String dimension(Dimension dimension) {
        return CubeSnippets.dimension(dimension).replaceAll("\\b[spif]\\.", "r.");
    }

    /** A submission column ({@code final_approved}, {@code approved_stage}, ...) of a rollup row. */
    static String column(String submissionColumn) {
        return "r." + submissionColumn;
    }

    /** The measure's aggregate over a rollup of {@code grain}; empty where the measure does not exist there. */
    static Optional<String> measure(Measure measure, Grain grain) {
        return measure.availableAt(grain) ? Optional.ofNullable(MEASURES.get(grain).get(measure.name())) : Optional.empty();
    }

    /** The kept sums of a rollup of {@code grain}, by column. */
    static Map<String, String> sums(Grain grain) {
        return SUMS.get(grain);
    }

    static List<String> groupingColumns(Rollup rollup) {
        List<String> columns = new ArrayList<>(SUBMISSION_COLUMNS);
        columns.addAll(rollup.lowerDimensions());
        return columns;
    }

    /**
     * Adds (or, with {@code withdraw}, subtracts) the facts of the submission bound as ?1 to the rollup's rows, in
     * the order of their keys (rows are locked in one order by every transaction).
     */
    static String contribution(Rollup rollup, boolean withdraw) {
        return aggregateInto(rollup, " where s.submission_id = ?1", withdraw ? "-" : "")
                + " on conflict (" + String.join(", ", groupingColumns(rollup)) + ") do update set "
                + sums(rollup.grain()).keySet().stream().map(c -> c + " = " + table(rollup) + "." + c + " + excluded." + c)
                        .collect(Collectors.joining(", "));
    }

    /**
     * {@link #contribution} to every rollup in one statement (one round trip): data-modifying CTEs on distinct
     * tables, each locking its rows in key order.
     */
    static String contributionToAll(boolean withdraw) {
        return together(Rollup.coarsestFirst().stream().map(r -> contribution(r, withdraw)).toList());
    }

    /** {@link #dropEmptyRows} of every rollup in one statement. */
    static String dropEmptyRowsOfAll() {
        return together(Rollup.coarsestFirst().stream().map(RollupSnippets::dropEmptyRows).toList());
    }

    private static String together(List<String> statements) {
        StringBuilder sql = new StringBuilder();
        for (int s = 0; s < statements.size() - 1; s++) {
            sql.append(s == 0 ? "with " : ", ").append("r").append(s).append(" as (").append(statements.get(s)).append(")");
        }
        return sql.append(" ").append(statements.get(statements.size() - 1)).toString();
    }

    /** Fills an empty rollup from all the facts. */
    static String recompute(Rollup rollup) {
        return aggregateInto(rollup, "", "");
    }

    /** Rows whose every submission has been withdrawn. */
    static String dropEmptyRows(Rollup rollup) {
        return "delete from " + table(rollup) + " where n_rows = 0";
    }

    private static String aggregateInto(Rollup rollup, String where, String sign) {
        List<String> keys = new ArrayList<>();
        SUBMISSION_COLUMNS.forEach(c -> keys.add("s." + c));
        rollup.lowerDimensions().forEach(d -> keys.add(CubeSnippets.dimension(CubeModel.dimension(d).orElseThrow())));
        String from = CubeSnippets.from(rollup.grain());
        if (rollup.grain() == Grain.INDICATOR && rollup.lowerDimensions().contains("classified")) {
            from += CubeSnippets.INDICATOR_PROJECT_JOIN;
        }
        String groups = String.join(", ", keys);
        return "insert into " + table(rollup) + " (" + String.join(", ", groupingColumns(rollup)) + ", "
                + String.join(", ", sums(rollup.grain()).keySet()) + ") select " + groups + ", "
                + sums(rollup.grain()).values().stream().map(a -> sign + "(" + a + ")").collect(Collectors.joining(", "))
                + " from " + from + where + " group by " + groups + " order by " + groups;
    }
}
