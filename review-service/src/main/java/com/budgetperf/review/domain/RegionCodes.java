package com.budgetperf.review.domain;

/** GB/T 2260 administrative division codes as the platform writes them: 2, 4 or 6 digits. */
final class RegionCodes {

    private RegionCodes() {
    }

    static boolean isWellFormed(String regionCode) {
        return regionCode != null && regionCode.matches("\\d{2}(\\d{2}){0,2}");
    }

    /** {@code 130000} → {@code 13}, {@code 130600} → {@code 1306}, {@code 130607} unchanged. */
    static String significant(String regionCode) {
        String code = regionCode;
        while (code.length() > 2 && code.endsWith("00")) {
            code = code.substring(0, code.length() - 2);
        }
        return code;
    }
}
