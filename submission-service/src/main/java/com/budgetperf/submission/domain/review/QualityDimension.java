package com.budgetperf.submission.domain.review;

/**
 * The four aspects 财预〔2015〕88号 reviews 绩效目标 by; every rule costs one of them (data: {@code rule-dimensions.txt}).
 */
public enum QualityDimension {
    /** 完整性: the form is filled in full and in the standard format (levels, values, bases, budget, goals). */
    COMPLETENESS("完整性"),
    /** 相关性: the indicators belong to the project and their 二级, and are 细化、量化 (measurable, with units). */
    RELEVANCE("相关性"),
    /** 适当性: targets match the money: costs within 预算数, quantity × unit cost, neither too high nor too low. */
    APPROPRIATENESS("适当性"),
    /** 可行性: targets are 论证 and 测算 (a checkable basis), with a feasible schedule and disbursement plan. */
    FEASIBILITY("可行性");

    private final String label;

    QualityDimension(String label) {
        this.label = label;
    }

    /** The Chinese name used by 88号 and shown to people. */
    public String label() {
        return label;
    }
}
