package com.budgetperf.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.report.domain.Drilldown;
import com.budgetperf.report.domain.SubmissionReport;
import com.budgetperf.report.repository.SubmissionCube;

/** Submission reports for analysts, always inside the caller's region. */
@ApplicationScoped
public class SubmissionReporting {

    private final SubmissionCube cube;

    public SubmissionReporting(SubmissionCube cube) {
        this.cube = cube;
    }

    /**
     * Reads the position first: rows are at least as new as {@code includesEventsUpTo} claims, never older
     * (an event projected between the two reads makes the rows newer, not the claim wrong).
     */
    @Transactional
    public SubmissionReport byRegion(String regionPrefix, Drilldown drilldown, Integer fiscalYear) {
        var upTo = cube.includesEventsUpTo(EventTopics.SUBMISSIONS);
        return new SubmissionReport(cube.totalsByRegion(regionPrefix, drilldown, fiscalYear), upTo);
    }
}
