package com.budgetperf.report.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.budgetperf.report.domain.cube.CubeModel;
import com.budgetperf.report.domain.cube.CubeQuery;
import com.budgetperf.report.domain.cube.Dimension;
import com.budgetperf.report.domain.cube.Measure;

/**
 * Builds the SQL of a {@link CubeQuery} from the fixed snippets of {@link CubeSnippets} only; every value — the caller's
 * region prefix, cut values, approval stages, limits — is a positional parameter.
 */
public final class CubeSql {

    /** A statement and its positional parameters (?1, ?2, ...). */
    public record Statement(String sql, List<Object> parameters) {
    }

    private CubeSql() {
    }

    /** The page of cells, from the facts. */
    public static Statement cells(CubeQuery query, String regionPrefix) {
        return cells(query, regionPrefix, CubeSource.FACTS);
    }

    /** The page of cells, from {@code source}. */
    public static Statement cells(CubeQuery query, String regionPrefix, CubeSource source) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select ");
        List<String> selected = new ArrayList<>();
        query.drilldown().forEach(d -> selected.add(source.dimension(d) + " as " + d.name()));
        query.measures().forEach(m -> selected.add(source.measure(m, query.grain()) + " as " + m.name()));
        if (!query.drilldown().isEmpty()) {
            selected.add("count(*) over () as total_cells");
        }
        sql.append(String.join(", ", selected)).append(" from ").append(source.from(query, false));
        sql.append(where(query, regionPrefix, parameters, source));
        if (!query.drilldown().isEmpty()) {
            sql.append(" group by ").append(query.drilldown().stream().map(source::dimension).collect(Collectors.joining(", ")));
        }
        List<String> order = new ArrayList<>();
        query.order().forEach(o -> order.add(o.key() + (o.descending() ? " desc nulls last" : " asc nulls last")));
        query.drilldown().forEach(d -> order.add(d.name() + " asc nulls last"));
        if (!order.isEmpty()) {
            sql.append(" order by ").append(String.join(", ", order));
        }
        page(query, sql, parameters);
        return new Statement(sql.toString(), parameters);
    }

    /**
     * The page of cells, the count of all cells and the summary in one scan of the facts: the measures are computed
     * with {@code grouping sets ((drilldown), ())}; rows come as drilldown values, measures, {@code total_cells},
     * {@code is_total}, with the summary row (is_total true) last. Only for a query with a drilldown.
     */
    public static Statement cellsAndSummary(CubeQuery query, String regionPrefix, CubeSource source) {
        List<Object> parameters = new ArrayList<>();
        String groups = query.drilldown().stream().map(source::dimension).collect(Collectors.joining(", "));
        List<String> selected = new ArrayList<>();
        query.drilldown().forEach(d -> selected.add(source.dimension(d) + " as " + d.name()));
        query.measures().forEach(m -> selected.add(source.measure(m, query.grain()) + " as " + m.name()));
        selected.add("grouping(" + groups + ") as grouping_bits");
        String columns = java.util.stream.Stream.concat(query.drilldown().stream().map(Dimension::name),
                query.measures().stream().map(Measure::name)).collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("with c as (select ").append(String.join(", ", selected))
                .append(" from ").append(source.from(query, false)).append(where(query, regionPrefix, parameters, source))
                .append(" group by grouping sets ((").append(groups).append("), ())) ")
                .append("(select ").append(columns).append(", count(*) over () as total_cells, false as is_total")
                .append(" from c where grouping_bits = 0");
        List<String> order = new ArrayList<>();
        query.order().forEach(o -> order.add(o.key() + (o.descending() ? " desc nulls last" : " asc nulls last")));
        query.drilldown().forEach(d -> order.add(d.name() + " asc nulls last"));
        sql.append(" order by ").append(String.join(", ", order));
        page(query, sql, parameters);
        sql.append(") union all (select ").append(columns).append(", 0, true from c where grouping_bits <> 0)");
        return new Statement(sql.toString(), parameters);
    }

    /** How many cells there are in all pages. */
    public static Statement cellCount(CubeQuery query, String regionPrefix, CubeSource source) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, regionPrefix, parameters, source);
        if (query.drilldown().isEmpty()) {
            return new Statement("select 1", List.of());
        }
        String groups = query.drilldown().stream().map(source::dimension).collect(Collectors.joining(", "));
        return new Statement("select count(*) from (select 1 from " + source.from(query, false) + where + " group by " + groups
                + ") cells", parameters);
    }

    /** A page of fact rows at the query's grain. */
    public static Statement facts(CubeQuery query, String regionPrefix) {
        List<Object> parameters = new ArrayList<>();
        List<CubeModel.FactColumn> columns = CubeModel.FACT_COLUMNS.get(query.grain());
        StringBuilder sql = new StringBuilder("select ")
                .append(columns.stream().map(c -> CubeSnippets.fact(query.grain(), c) + " as " + c.key()).collect(Collectors.joining(", ")))
                .append(" from ").append(CubeSource.FACTS.from(query, true))
                .append(where(query, regionPrefix, parameters, CubeSource.FACTS));
        List<String> order = new ArrayList<>();
        query.order().forEach(o -> order.add(o.key() + (o.descending() ? " desc nulls last" : " asc nulls last")));
        order.add("s.region_code");
        order.add("s.department_code");
        order.add("s.submission_id");
        switch (query.grain()) {
            case PROJECT -> order.add("p.project_no");
            case INDICATOR -> order.addAll(List.of("i.project_no", "i.indicator_no"));
            case FINDING -> order.add("f.finding_no");
            default -> { }
        }
        sql.append(" order by ").append(String.join(", ", order));
        page(query, sql, parameters);
        return new Statement(sql.toString(), parameters);
    }

    public static Statement factCount(CubeQuery query, String regionPrefix) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("select count(*) from " + CubeSource.FACTS.from(query, true)
                + where(query, regionPrefix, parameters, CubeSource.FACTS), parameters);
    }

    private static String where(CubeQuery query, String regionPrefix, List<Object> parameters, CubeSource source) {
        StringBuilder where = new StringBuilder(" where ").append(source.submissionColumn("region_code"))
                .append(" like ").append(bind(parameters, regionPrefix))
                .append(" || '%'");
        for (CubeQuery.Cut cut : query.cuts()) {
            where.append(" and ").append(source.dimension(cut.dimension())).append(" in (")
                    .append(cut.values().stream().map(v -> bind(parameters, v)).collect(Collectors.joining(", ")))
                    .append(")");
        }
        if (!query.includesWithdrawn()) { // withdrawn submissions count only when a cut names them
            where.append(" and ").append(source.submissionColumn("review_status")).append(" <> '")
                    .append(CubeQuery.WITHDRAWN).append("'");
        }
        if (query.approval().finalOnly()) {
            where.append(" and ").append(source.submissionColumn("final_approved"));
        }
        if (!query.approval().stagesAtOrAbove().isEmpty()) {
            where.append(" and ").append(source.submissionColumn("approved_stage")).append(" in (")
                    .append(query.approval().stagesAtOrAbove().stream().map(v -> bind(parameters, v))
                            .collect(Collectors.joining(", ")))
                    .append(")");
        }
        return where.toString();
    }

    private static void page(CubeQuery query, StringBuilder sql, List<Object> parameters) {
        sql.append(" limit ").append(bind(parameters, query.size()))
                .append(" offset ").append(bind(parameters, (long) query.page() * query.size()));
    }

    private static String bind(List<Object> parameters, Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }
}
