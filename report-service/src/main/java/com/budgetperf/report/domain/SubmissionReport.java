package com.budgetperf.report.domain;

import java.time.Instant;
import java.util.List;

/**
 * Submissions per region, read from the projection; {@code includesEventsUpTo} is the time of the newest
 * submission event projected so far (null before the first one): the answer includes every event up to it.
 */
public record SubmissionReport(List<RegionSubmissionTotals> rows, Instant includesEventsUpTo) {
}
