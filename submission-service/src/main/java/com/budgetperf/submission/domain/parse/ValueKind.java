package com.budgetperf.submission.domain.parse;

/** What sort of 指标值 a clerk wrote. */
public enum ValueKind {
    /** A number, maybe with an operator and a unit: "≥95%", "1524人". */
    QUANTITATIVE,
    /** Words that describe a state or grade: "满意", "有所提高", "优". */
    QUALITATIVE,
    /** A point or period in time: "上半年完成", "12月底前". */
    DEADLINE,
    /** 涉密: the content is hidden. */
    CLASSIFIED,
    /** Something was written but cannot be read as a value; kept as text and flagged. */
    UNREADABLE,
    /** Nothing, or only a placeholder such as "/", "——", "无". */
    EMPTY
}
