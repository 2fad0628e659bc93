package com.budgetperf.submission.domain.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date a deadline names: "2026年6月底" → 2026-06-30, "上半年完成" → 06-30, "年底前"/"12月底" → 12-31,
 * "三季度末" → 09-30, "9月15日前" → 09-15. The latest date named counts ("1月至6月" → 06-30). Recurring deadlines
 * (每月, 每季度末, 按月) name no single date and give none.
 */
final class DeadlineReader {

    private static final String YEAR = "(?:((?:19|20)\\d{2})\\s*年(?:度)?)?";

    private static final Pattern RECURRING = Pattern.compile("每|按月|按季|按年|逐月|定期");
    private static final Pattern DAY = Pattern.compile(YEAR + "(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern MONTH = Pattern.compile(YEAR + "(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*[日号])(上旬|中旬|下旬)?");
    private static final Pattern DOTTED = Pattern.compile("((?:19|20)\\d{2})[.\\-/](\\d{1,2})(?:[.\\-/](\\d{1,2}))?(?!\\d)");
    private static final Pattern WORD = Pattern.compile(YEAR
            + "(上半年|下半年|年中|年底|年末|年内|全年|年度内|第?[一二三四1-4]季度)");
    private static final Pattern YEAR_ONLY = Pattern.compile("((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月|上半年|下半年|年中|第?[一二三四1-4]季度)");

    private static final Map<String, Integer> WORD_MONTHS = Map.ofEntries(
            Map.entry("上半年", 6), Map.entry("年中", 6), Map.entry("下半年", 12), Map.entry("年底", 12),
            Map.entry("年末", 12), Map.entry("年内", 12), Map.entry("全年", 12), Map.entry("年度内", 12),
            Map.entry("一季度", 3), Map.entry("1季度", 3), Map.entry("二季度", 6), Map.entry("2季度", 6),
            Map.entry("三季度", 9), Map.entry("3季度", 9), Map.entry("四季度", 12), Map.entry("4季度", 12));

    private DeadlineReader() {
    }

    /** The latest date the text names, or null when it names none or a recurring one. */
    static Deadline read(String text) {
        String plain = ChineseNumerals.rewriteDates(text);
        if (RECURRING.matcher(plain).find()) {
            return null;
        }
        List<Deadline> found = new ArrayList<>();
        Matcher day = DAY.matcher(plain);
        while (day.find()) {
            add(found, day.group(1), day.group(2), Integer.parseInt(day.group(3)));
        }
        Matcher month = MONTH.matcher(plain);
        while (month.find()) {
            add(found, month.group(1), month.group(2), month.group(3) == null ? null : switch (month.group(3)) {
                case "上旬" -> 10;
                case "中旬" -> 20;
                default -> null;
            });
        }
        Matcher dotted = DOTTED.matcher(plain);
        while (dotted.find()) {
            add(found, dotted.group(1), dotted.group(2), dotted.group(3) == null ? null : Integer.parseInt(dotted.group(3)));
        }
        Matcher word = WORD.matcher(plain);
        while (word.find()) {
            String name = word.group(2).startsWith("第") ? word.group(2).substring(1) : word.group(2);
            Integer wordMonth = WORD_MONTHS.get(name);
            if (wordMonth != null) {
                add(found, word.group(1), String.valueOf(wordMonth), null);
            }
        }
        Matcher year = YEAR_ONLY.matcher(plain);
        while (year.find()) {
            add(found, year.group(1), "12", null);
        }
        // a month without its year belongs to the year written elsewhere in the text ("2025年1月至6月")
        Integer named = found.stream().map(Deadline::year).filter(Objects::nonNull).max(Integer::compare).orElse(null);
        Deadline latest = null;
        for (Deadline deadline : found) {
            Deadline dated = deadline.year() == null ? new Deadline(named, deadline.month(), deadline.day()) : deadline;
            if (latest == null || dated.after(latest)) {
                latest = dated;
            }
        }
        return latest;
    }

    private static void add(List<Deadline> found, String year, String month, Integer day) {
        Deadline deadline = deadline(year, month, day);
        if (deadline != null) {
            found.add(deadline);
        }
    }

    private static Deadline deadline(String year, String month, Integer day) {
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12 || (day != null && (day < 1 || day > 31))) {
            return null;
        }
        return new Deadline(year == null ? null : Integer.parseInt(year), m, day);
    }
}
