package com.budgetperf.submission.domain.parse;

/** Observations about how a 指标值 was written; the machine pre-review turns them into findings. */
public enum ValueFlag {
    /** Wording that cannot be checked at year end: 提高, 改善, 逐步, 根据实际, 进一步, 明显… */
    VAGUE_WORDING,
    /** Word field leftovers ([bookmark: …], TC … \f C \l 1) were removed before parsing. */
    WORD_LEFTOVER_REMOVED,
    /** Full-width digits, signs or spaces were turned into their plain forms. */
    FULL_WIDTH_NORMALISED,
    /** The unit was written another way (百分数, 万, 个工作日…) and was normalised. */
    UNIT_NORMALISED,
    /** The unit was understood but written incompletely: 万 alone for 万元. */
    MONEY_UNIT_INCOMPLETE,
    /** Chinese numerals were read as digits: 百分之九十五, 三个月. */
    CHINESE_NUMERAL,
    /** The unit after the number is not one of the known units. */
    UNKNOWN_UNIT,
    /** A plain number without an operator; read as "=". */
    OPERATOR_IMPLICIT,
    /** A number was written inside prose or in the text column (单位（文字描述）). */
    NUMBER_IN_TEXT,
    /** Only a placeholder was written: "/", "——", "无". */
    PLACEHOLDER,
    /** The text cannot be read as a value. */
    UNREADABLE
}
