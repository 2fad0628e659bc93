package com.budgetperf.report.repository;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The rows of one insert statement sent to PostgreSQL as one JDBC batch on the transaction's connection (the driver
 * rewrites it into multi-row inserts): a submission's project, indicator, finding and text rows cost a handful of
 * round trips instead of one each, which is what a rebuild replaying thousands of submissions spends its time on.
 * Each column is declared with its JDBC type, so a null is bound with its type.
 */
final class RowBatch {

    private final String insert;
    private final int[] types;
    private final List<Object[]> rows = new ArrayList<>();

    /** @param types the JDBC type of each parameter, in order ({@link Types#OTHER} for a UUID) */
    RowBatch(String insert, int... types) {
        this.insert = insert;
        this.types = types.clone();
    }

    RowBatch add(Object... values) {
        if (values.length != types.length) {
            throw new IllegalArgumentException(values.length + " values for " + types.length + " columns: " + insert);
        }
        rows.add(values.clone());
        return this;
    }

    /** Sends the rows (nothing when there are none) in the entity manager's transaction. */
    void insert(EntityManager entityManager) {
        if (rows.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (Object[] row : rows) {
                    bind(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
        rows.clear();
    }

    private void bind(PreparedStatement statement, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, types[i]);
            } else if (value instanceof UUID || types[i] == Types.OTHER) {
                statement.setObject(index, value);
            } else if (value instanceof BigDecimal decimal) {
                statement.setBigDecimal(index, decimal);
            } else {
                statement.setObject(index, value, types[i]);
            }
        }
    }
}
