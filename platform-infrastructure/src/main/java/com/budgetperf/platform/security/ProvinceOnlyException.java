package com.budgetperf.platform.security;

/** An operation only the province may perform was asked for by a caller of a city, a county or no region. */
public class ProvinceOnlyException extends RuntimeException {

    private final String why;

    /** @param why what the province alone does, in Chinese, shown to the caller as the detail */
    public ProvinceOnlyException(String why) {
        super("province only: " + why);
        this.why = why;
    }

    public String why() {
        return why;
    }
}
