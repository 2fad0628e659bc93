package com.budgetperf.report.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.report.domain.cube.Column;
import com.budgetperf.report.domain.cube.CubeModel;
import com.budgetperf.report.domain.cube.CubeQuery;
import com.budgetperf.report.repository.CubeSql;
import com.budgetperf.report.domain.cube.CubeTable;
import com.budgetperf.report.domain.cube.ValueType;
import com.budgetperf.report.repository.CubeRepository;
import com.budgetperf.report.repository.CubeSource;
import com.budgetperf.report.repository.SubmissionCube;

/** Aggregates and facts of the star schema, always inside the caller's region. */
@ApplicationScoped
public class CubeService {

    private static final Column TOTAL_CELLS = new Column("total_cells", "总行数", ValueType.INTEGER);
    private static final Column IS_TOTAL = new Column("is_total", "合计行", ValueType.BOOLEAN);

    private final CubeRepository repository;
    private final SubmissionCube positions;

    public CubeService(CubeRepository repository, SubmissionCube positions) {
        this.repository = repository;
        this.positions = positions;
    }

    /**
     * Positions are read first: the figures include at least every event up to {@code includesEventsUpTo}. The
     * coarsest rollup that can answer the query does ({@link CubeSource#planned}), the facts otherwise; the summary
     * row is planned on its own ({@link CubeQuery#summary()}). When one source answers both, cells, their count and
     * the summary come from one statement (one scan of the rollup or the facts); otherwise from two.
     */
    @Transactional
    public CubeTable aggregate(CubeQuery query, String regionPrefix) {
        return aggregate(query, regionPrefix, CubeSource.planned(query), CubeSource.planned(query.summary()));
    }

    /**
     * The same answer from a plain GROUP BY over the facts, never from a rollup: the reference the rollups are
     * tested and benchmarked against.
     */
    @Transactional
    public CubeTable aggregateOverFacts(CubeQuery query, String regionPrefix) {
        return aggregate(query, regionPrefix, CubeSource.FACTS, CubeSource.FACTS);
    }

    private CubeTable aggregate(CubeQuery query, String regionPrefix, CubeSource cellSource, CubeSource summarySource) {
        Instant upTo = includesEventsUpTo();
        List<Column> columns = new ArrayList<>();
        query.drilldown().forEach(d -> columns.add(new Column(d.name(), d.label(), d.type())));
        List<Column> measureColumns = query.measures().stream().map(m -> new Column(m.name(), m.label(), m.type())).toList();
        columns.addAll(measureColumns);
        if (query.drilldown().isEmpty()) {
            List<List<Object>> rows = repository.rows(CubeSql.cells(query, regionPrefix, cellSource), columns);
            Map<String, Object> summary = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                summary.put(columns.get(c).key(), rows.isEmpty() ? null : rows.get(0).get(c));
            }
            return new CubeTable(List.copyOf(columns), rows, summary, rows.size(), query.page(), query.size(), upTo);
        }
        List<List<Object>> cells = new ArrayList<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        measureColumns.forEach(m -> summary.put(m.key(), null));
        long total = 0;
        List<Column> selected = new ArrayList<>(columns);
        selected.add(TOTAL_CELLS);
        if (cellSource.rollup().equals(summarySource.rollup())) {
            selected.add(IS_TOTAL);
            for (List<Object> row : repository.rows(CubeSql.cellsAndSummary(query, regionPrefix, cellSource), selected)) {
                if (Boolean.TRUE.equals(row.get(columns.size() + 1))) {
                    for (int m = 0; m < measureColumns.size(); m++) {
                        summary.put(measureColumns.get(m).key(), row.get(query.drilldown().size() + m));
                    }
                } else {
                    total = (Long) row.get(columns.size());
                    cells.add(row.subList(0, columns.size()));
                }
            }
        } else {
            for (List<Object> row : repository.rows(CubeSql.cells(query, regionPrefix, cellSource), selected)) {
                total = (Long) row.get(columns.size());
                cells.add(row.subList(0, columns.size()));
            }
            summary.putAll(repository.single(CubeSql.cells(query.summary(), regionPrefix, summarySource), measureColumns));
        }
        if (cells.isEmpty() && query.page() > 0) {
            total = repository.count(CubeSql.cellCount(query, regionPrefix, cellSource));
        }
        return new CubeTable(List.copyOf(columns), cells, summary, total, query.page(), query.size(), upTo);
    }

    @Transactional
    public CubeTable facts(CubeQuery query, String regionPrefix) {
        Instant upTo = includesEventsUpTo();
        List<Column> columns = CubeModel.FACT_COLUMNS.get(query.grain()).stream().map(CubeModel.FactColumn::column).toList();
        List<List<Object>> rows = repository.rows(CubeSql.facts(query, regionPrefix), columns);
        long total = repository.count(CubeSql.factCount(query, regionPrefix));
        return new CubeTable(columns, rows, Map.of(), total, query.page(), query.size(), upTo);
    }

    /**
     * The figures draw on submission and review events: the answer includes every event up to the older of the
     * two topics' newest projected events (null before any submission event).
     */
    Instant includesEventsUpTo() {
        Instant submissions = positions.includesEventsUpTo(EventTopics.SUBMISSIONS);
        Instant reviews = positions.includesEventsUpTo(EventTopics.REVIEWS);
        if (submissions == null) {
            return null;
        }
        return reviews == null ? submissions
                : List.of(submissions, reviews).stream().filter(Objects::nonNull).min(Instant::compareTo).orElseThrow();
    }
}
