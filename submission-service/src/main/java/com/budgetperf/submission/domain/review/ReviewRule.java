package com.budgetperf.submission.domain.review;

/**
 * One rule of the machine pre-review (机审): a code programs act on, a default severity, a Chinese title,
 * and a check that reports findings at JSON pointers with messages a county clerk can act on. Whether it
 * runs and how severe it is comes from the active {@link RuleSet}.
 */
public interface ReviewRule {

    String code();

    Severity severity();

    /** Short Chinese name of the rule, for lists and the reviewers' UI. */
    String title();

    void check(ReviewContext context, FindingSink findings);

    /** Where a rule reports; the code and the effective severity are added by {@link MachineReview}. */
    @FunctionalInterface
    interface FindingSink {
        void report(String path, String message);

        /**
         * A finding the rule is not sure of (a guess from a description, say): reported as INFO however severe the
         * rule is, so that it informs without costing like a certain one.
         */
        default void reportUnsure(String path, String message) {
            report(path, message);
        }
    }
}
