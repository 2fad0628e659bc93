package com.budgetperf.submission.domain.parse;

/**
 * A target written as a change against a base: "较上年增长10%" (上年, INCREASE), "同比下降5个百分点" (上年, DECREASE).
 * The size of the change is the value's number and unit; its operator says how it is compared.
 *
 * @param base      what it is compared with as written (上年, 去年, 上年同期 …); "上年" for 同比; null when not written
 * @param direction up or down
 */
public record RelativeChange(String base, Direction direction) {

    public enum Direction {
        /** 增长, 增加, 提高, 提升, 上升. */
        INCREASE,
        /** 下降, 减少, 降低, 缩短, 压减. */
        DECREASE
    }
}
