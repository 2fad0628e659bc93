package com.budgetperf.submission.service;

import jakarta.enterprise.context.ApplicationScoped;

import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.review.LevelFramework;
import com.budgetperf.submission.domain.review.LevelNames;
import com.budgetperf.submission.domain.review.MachineReview;
import com.budgetperf.submission.domain.review.ReviewResult;
import com.budgetperf.submission.domain.review.RuleSet;
import com.budgetperf.submission.domain.review.StandardRules;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Runs the machine pre-review (机审) with the rule set active for the document's fiscal year and the framework that
 * year follows (from the catalog; without one, the rule set's level names and synonyms).
 */
@ApplicationScoped
public class PreReview {

    /** A review and the document as it is kept: 一级/二级 names normalised to the year's framework. */
    public record Reviewed(ReviewResult result, TargetDocument normalised) {
    }

    private final MachineReview machineReview = new MachineReview(StandardRules.all());
    private final RuleSetCopy ruleSets;
    private final CatalogCopy catalog;
    private final Timer timer;

    public PreReview(RuleSetCopy ruleSets, CatalogCopy catalog, MeterRegistry registry) {
        this.ruleSets = ruleSets;
        this.catalog = catalog;
        this.timer = Timer.builder("machine.review").description("time to run the machine pre-review of one document")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    public ReviewResult review(TargetDocument document, int fiscalYear) {
        return reviewAndNormalise(document, fiscalYear).result();
    }

    public Reviewed reviewAndNormalise(TargetDocument document, int fiscalYear) {
        RuleSet ruleSet = ruleSets.active(fiscalYear);
        LevelFramework framework = catalog.frameworkFor(fiscalYear).orElse(null);
        ReviewResult result = timer.record(() -> machineReview.review(document, fiscalYear, ruleSet, framework));
        return new Reviewed(result, new LevelNames(ruleSet, framework).normalise(document));
    }
}
