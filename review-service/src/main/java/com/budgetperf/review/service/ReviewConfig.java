package com.budgetperf.review.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code review.*} settings. */
@ConfigMapping(prefix = "review")
public interface ReviewConfig {

    /** Days a stage has before its case is overdue (超期). */
    @WithDefault("10")
    int dueDays();
}
