package com.budgetperf.report.repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.budgetperf.report.domain.cube.Column;
import com.budgetperf.report.domain.cube.ValueType;

/** Runs the statements {@link CubeSql} builds and types their values by the columns of the answer. */
@ApplicationScoped
public class CubeRepository {

    private final EntityManager entityManager;

    public CubeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<List<Object>> rows(CubeSql.Statement statement, List<Column> columns) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object result : query(statement).getResultList()) {
            Object[] values = result instanceof Object[] array ? array : new Object[] {result};
            List<Object> row = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                row.add(typed(values[c], columns.get(c).type()));
            }
            rows.add(row);
        }
        return rows;
    }

    public Map<String, Object> single(CubeSql.Statement statement, List<Column> columns) {
        List<List<Object>> rows = rows(statement, columns);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            values.put(columns.get(c).key(), rows.isEmpty() ? null : rows.get(0).get(c));
        }
        return values;
    }

    public long count(CubeSql.Statement statement) {
        return ((Number) query(statement).getSingleResult()).longValue();
    }

    private Query query(CubeSql.Statement statement) {
        Query query = entityManager.createNativeQuery(statement.sql());
        for (int p = 0; p < statement.parameters().size(); p++) {
            query.setParameter(p + 1, statement.parameters().get(p));
        }
        return query;
    }

    static Object typed(Object value, ValueType type) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case INTEGER -> ((Number) value).longValue();
            case MONEY, RATIO, SCORE -> new BigDecimal(value.toString()).setScale(type.scale(), RoundingMode.HALF_UP);
            case BOOLEAN -> value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
            case TEXT -> value.toString();
        };
    }
}
