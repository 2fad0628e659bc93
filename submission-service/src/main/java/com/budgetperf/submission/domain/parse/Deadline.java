package com.budgetperf.submission.domain.parse;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The date a deadline value names, as far as the text says it: "2026年6月底" (2026, 6, end of month), "上半年"
 * (no year, 6, end of month), "9月15日前" (no year, 9, 15). Without a year written, the document's fiscal year.
 *
 * @param year  the year written, or null
 * @param month 1-12
 * @param day   the day written, or null for the end of the month
 */
public record Deadline(Integer year, int month, Integer day) {

    public Deadline {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
    }

    /** The date in the document's fiscal year unless the text names a year: "上半年" in 2026 → 2026-06-30. */
    public LocalDate in(int fiscalYear) {
        YearMonth yearMonth = YearMonth.of(year == null ? fiscalYear : year, month);
        if (day == null || day > yearMonth.lengthOfMonth()) {
            return yearMonth.atEndOfMonth();
        }
        return yearMonth.atDay(Math.max(1, day));
    }

    boolean after(Deadline other) {
        int compared = Integer.compare(year == null ? 0 : year, other.year == null ? 0 : other.year);
        if (compared == 0) {
            compared = Integer.compare(month, other.month);
        }
        if (compared == 0) {
            compared = Integer.compare(day == null ? 32 : day, other.day == null ? 32 : other.day);
        }
        return compared > 0;
    }
}
