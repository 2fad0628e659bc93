package com.budgetperf.report.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the disclosure writes an amount in 万元: two decimals as the published tables do, more only when it has them. */
final class Amounts {

    private Amounts() {
    }

    /** 5 → 5.00, 10.4 → 10.40, 1.234567 → 1.234567; "" for none. */
    static String written(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal exact = amount.stripTrailingZeros();
        return (exact.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : exact).toPlainString();
    }
}
