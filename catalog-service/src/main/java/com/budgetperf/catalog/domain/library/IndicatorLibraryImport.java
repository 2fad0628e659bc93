package com.budgetperf.catalog.domain.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns seed rows into the standard indicator library: one template per (二级, name).
 *
 * <p>Names are normalised (NFKC full-width → half-width, whitespace removed, leading numbering such as "1、",
 * "(1)", "①", "一、" and trailing punctuation stripped, a trailing unit in brackets such as "(%)" or "(人)"
 * stripped, the misspelling 对像 corrected to 对象). Two names are the same indicator when their <em>keys</em>
 * are equal; the key is the normalised name with two further, deliberately conservative folds:
 * <ul>
 * <li>a word doubled at the end is written once ("享受人数人数" = "享受人数");</li>
 * <li>"…满意" means "…满意度" (a satisfaction indicator is always a degree), and "…数量" means "…数" (the same
 * count).</li>
 * </ul>
 * 率 and 数 are never folded into each other (参保率 is a rate, 参保人数 a count), nor are names that differ by a
 * prefix (按时完成率 / 工作按时完成率) or by a near-synonym (社会稳定 / 社会稳定水平): those stay separate templates
 * until a catalog administrator merges them. The template takes the most frequent normalised spelling of its
 * group; every other spelling as written in the seeds becomes an alias. The result is sorted, so importing the
 * same rows twice gives equal results.
 */
public final class IndicatorLibraryImport {

    public static final String QUANTITATIVE = "quantitative";
    public static final String QUALITATIVE = "qualitative";
    public static final String DEADLINE = "deadline";
    public static final String POSITIVE = "positive";
    public static final String NEGATIVE = "negative";

    static final int TYPICAL_VALUES = 5;

    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^(\\(\\d{1,2}\\)|\\d{1,2}[、.]|[\u2460-\u2473]|[一二三四五六七八九十]{1,2}、)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:!?、。，；：！？]+$");
    private static final Pattern TRAILING_UNIT = Pattern.compile(
            "\\((%|‰|人|人次|个|次|件|户|家|元|万元|天|项|份|套|场|所|篇|期)\\)$");
    private static final Pattern DOUBLED_TAIL = Pattern.compile("^(.+?)(.{2,})\\2$");
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)");
    private static final Pattern DEADLINE_WORDS = Pattern.compile(
            "\\d{1,2}月|月底|月末|年底|年末|上半年|下半年|季度|\\d{1,2}日|工作日|前完成|之前|以内完成");

    private IndicatorLibraryImport() {
    }

    /** Normalised display form of a 三级 name as written. */
    public static String normalizeName(String written) {
        String name = halfWidth(written == null ? "" : written).replaceAll("\\s+", "");
        name = LEADING_NUMBER.matcher(name).replaceFirst("");
        name = TRAILING_PUNCTUATION.matcher(name).replaceFirst("");
        name = TRAILING_UNIT.matcher(name).replaceFirst("");
        name = TRAILING_PUNCTUATION.matcher(name).replaceFirst("");
        return name.replace("对像", "对象");
    }

    /**
     * Full-width letters, digits and symbols (U+FF01–U+FF5E, U+3000) to their half-width forms; the Chinese
     * sentence punctuation ，；：！？ is kept, as it belongs in Chinese text.
     */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\u3000') {
                out.append(' ');
            } else if (c >= '\uFF01' && c <= '\uFF5E' && "，；：！？".indexOf(c) < 0) {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The de-duplication key: equal keys are the same indicator (see the class comment). */
    public static String key(String written) {
        String name = normalizeName(written);
        Matcher doubled = DOUBLED_TAIL.matcher(name);
        if (doubled.matches()) {
            name = doubled.group(1) + doubled.group(2);
        }
        if (name.endsWith("满意")) {
            name = name + "度";
        }
        if (name.endsWith("数量")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    public static List<IndicatorTemplateDraft> importRows(List<SeedIndicatorRow> rows) {
        Map<String, List<SeedIndicatorRow>> groups = new TreeMap<>();
        for (SeedIndicatorRow row : rows) {
            String key = key(row.name());
            if (key.isEmpty()) {
                continue;
            }
            groups.computeIfAbsent(row.level2() + "\u0000" + key, k -> new ArrayList<>()).add(row);
        }
        List<IndicatorTemplateDraft> drafts = new ArrayList<>();
        for (List<SeedIndicatorRow> group : groups.values()) {
            drafts.add(draft(group));
        }
        drafts.sort(Comparator.comparing(IndicatorTemplateDraft::level1).thenComparing(IndicatorTemplateDraft::level2)
                .thenComparing(IndicatorTemplateDraft::name));
        return List.copyOf(drafts);
    }

    private static IndicatorTemplateDraft draft(List<SeedIndicatorRow> group) {
        String name = mostFrequent(group, row -> normalizeName(row.name()));
        Set<String> aliases = new TreeSet<>();
        for (SeedIndicatorRow row : group) {
            String written = row.name().strip();
            if (!written.equals(name)) {
                aliases.add(written);
            }
        }
        String level1 = mostFrequent(group, SeedIndicatorRow::level1);
        String level2 = group.get(0).level2();
        List<String> values = group.stream().map(SeedIndicatorRow::rawValue).filter(v -> !v.isBlank()).toList();
        String kind = valueKind(level2, values);
        String unit = QUANTITATIVE.equals(kind) ? unit(values) : null;
        String direction = QUANTITATIVE.equals(kind) ? direction(values) : null;
        List<String> typical = values.stream().distinct().limit(TYPICAL_VALUES).toList();
        List<String> areas = group.stream().map(SeedIndicatorRow::policyArea).distinct().sorted().toList();
        List<String> sources = group.stream().map(SeedIndicatorRow::source).distinct().sorted().toList();
        return new IndicatorTemplateDraft(name, List.copyOf(aliases), level1, level2, kind, unit, direction, typical,
                group.size(), areas, sources);
    }

    /** Most frequent value; ties go to the longer, then the lexicographically smaller one (deterministic). */
    private static String mostFrequent(List<SeedIndicatorRow> group, Function<SeedIndicatorRow, String> field) {
        Map<String, Long> counts = group.stream()
                .collect(Collectors.groupingBy(field, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(e -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("");
    }

    /** Per value: deadline (date words, in 时效指标), quantitative (has a number), else qualitative; majority wins. */
    static String valueKind(String level2, List<String> values) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put(QUANTITATIVE, 0);
        votes.put(DEADLINE, 0);
        votes.put(QUALITATIVE, 0);
        for (String value : values) {
            String v = Normalizer.normalize(value, Normalizer.Form.NFKC);
            String kind;
            if ("时效指标".equals(level2) && DEADLINE_WORDS.matcher(v).find()) {
                kind = DEADLINE;
            } else if (NUMBER.matcher(v).find()) {
                kind = QUANTITATIVE;
            } else {
                kind = QUALITATIVE;
            }
            votes.merge(kind, 1, Integer::sum);
        }
        if (values.isEmpty()) {
            return QUALITATIVE;
        }
        return votes.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey)
                .orElse(QUALITATIVE);
    }

    /** The most frequent unit written after the number (百分数/百分比 read as %). */
    static String unit(List<String> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String value : values) {
            String v = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", "");
            Matcher number = NUMBER.matcher(v);
            if (!number.find()) {
                continue;
            }
            String unit = v.substring(number.end()).replaceAll("(以上|以下|及以上|及以下|左右|之内|以内)$", "");
            if (unit.equals("百分数") || unit.equals("百分比")) {
                unit = "%";
            }
            if (!unit.isEmpty() && unit.length() <= 10 && !unit.matches("^[\\d/.].*")) {
                counts.merge(unit, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** 正向 (positive) when values are written with ≥ / 不低于 / 以上, 反向 (negative) with ≤ / 不高于 / 以下. */
    static String direction(List<String> values) {
        int positive = 0;
        int negative = 0;
        for (String value : values) {
            String v = Normalizer.normalize(value, Normalizer.Form.NFKC);
            if (v.contains("≥") || v.contains(">") || v.contains("不低于") || v.contains("不少于") || v.contains("以上")) {
                positive++;
            } else if (v.contains("≤") || v.contains("<") || v.contains("不高于") || v.contains("不超过")
                    || v.contains("以下") || v.contains("以内")) {
                negative++;
            }
        }
        if (positive == 0 && negative == 0) {
            return null;
        }
        return positive >= negative ? POSITIVE : NEGATIVE;
    }
}
