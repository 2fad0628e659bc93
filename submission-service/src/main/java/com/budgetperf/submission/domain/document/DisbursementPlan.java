package com.budgetperf.submission.domain.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** 资金支出计划: cumulative share (%) spent by the end of March, June, October and December. */
public record DisbursementPlan(BigDecimal mar, BigDecimal jun, BigDecimal oct, BigDecimal dec) {

    public record Milestone(String field, String label, BigDecimal share) {
    }

    /** The milestones in calendar order, with their JSON field name and Chinese label; missing ones skipped. */
    public List<Milestone> milestones() {
        List<Milestone> list = new ArrayList<>();
        add(list, "mar", "3月底", mar);
        add(list, "jun", "6月底", jun);
        add(list, "oct", "10月底", oct);
        add(list, "dec", "12月底", dec);
        return list;
    }

    private static void add(List<Milestone> list, String field, String label, BigDecimal share) {
        if (share != null) {
            list.add(new Milestone(field, label, share));
        }
    }
}
