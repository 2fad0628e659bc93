package com.budgetperf.submission.domain.parse;

/**
 * What a unit measures. For a composite unit (元/人, 人/年) the kind of its first part: 元/人 is money (per person).
 * The vocabulary behind it is data ({@code units.txt} beside this class).
 */
public enum UnitKind {
    /** People, things, events: 人, 人次, 户, 个, 件, 种, 起, 场, 期, 份, 台 … */
    COUNT,
    /** 元, 千元, 万元, 亿元. */
    MONEY,
    /** A share of a whole: %, ‰, 百分点. */
    SHARE,
    /** A duration: 天, 工作日, 小时, 月, 年, 季度 … */
    TIME,
    /** 平方米, 亩, 公顷, 平方公里. */
    AREA,
    /** 米, 公里. */
    LENGTH,
    /** 立方米, 升. */
    VOLUME,
    /** 吨, 千克. */
    WEIGHT,
    /** 千瓦, 千瓦时. */
    ENERGY,
    /** 分 (a score), 星, 级. */
    SCORE;

    /** The kind named in the vocabulary file ("count", "money" …). */
    static UnitKind named(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
