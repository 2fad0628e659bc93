package com.budgetperf.report.domain.cube;

/** A cube request naming something outside the whitelist or carrying an unreadable value; {@code field} is a JSON pointer. */
public class CubeQueryException extends RuntimeException {

    private final String field;

    public CubeQueryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
