package com.budgetperf.submission.service;

import jakarta.enterprise.context.ApplicationScoped;

import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.review.MachineReview;
import com.budgetperf.submission.domain.review.ReviewResult;
import com.budgetperf.submission.domain.review.StandardRules;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Runs the machine pre-review (机审) with the rule set active for the document's fiscal year. */
@ApplicationScoped
public class PreReview {

    private final MachineReview machineReview = new MachineReview(StandardRules.all());
    private final RuleSetCopy ruleSets;
    private final Timer timer;

    public PreReview(RuleSetCopy ruleSets, MeterRegistry registry) {
        this.ruleSets = ruleSets;
        this.timer = Timer.builder("machine.review").description("time to run the machine pre-review of one document")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    public ReviewResult review(TargetDocument document, int fiscalYear) {
        return timer.record(() -> machineReview.review(document, fiscalYear, ruleSets.active(fiscalYear)));
    }
}
