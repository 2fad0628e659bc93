package com.budgetperf.submission.domain.document;

import java.math.BigDecimal;

/** 预算数 / 财政资金 / 其他资金 in 万元, exact decimals; any of them may be missing as written. */
public record Budget(BigDecimal total, BigDecimal fiscal, BigDecimal other) {
}
