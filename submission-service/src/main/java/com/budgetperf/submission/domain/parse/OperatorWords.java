package com.budgetperf.submission.domain.parse;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The signs and words clerks put before or after a number to say how it is compared. */
final class OperatorWords {

    private static final Map<String, ComparisonOperator> PREFIXES = new LinkedHashMap<>();
    private static final Map<String, ComparisonOperator> SUFFIXES = new LinkedHashMap<>();

    static {
        prefix(ComparisonOperator.GE, "≥", ">=", "=>", "大于等于", "大于或等于", "不低于", "不少于", "不小于",
                "至少", "最少", "最低");
        prefix(ComparisonOperator.LE, "≤", "<=", "=<", "小于等于", "小于或等于", "不高于", "不超过", "不大于",
                "不多于", "最多", "至多", "最高");
        prefix(ComparisonOperator.GT, ">", "大于", "高于", "超过", "多于");
        prefix(ComparisonOperator.LT, "<", "小于", "低于", "少于");
        prefix(ComparisonOperator.EQ, "==", "=", "等于", "达到", "达", "为");
        prefix(ComparisonOperator.APPROX, "≈", "约", "大约", "约为", "预计", "预计为");
        suffix(ComparisonOperator.GE, "及以上", "以上");
        suffix(ComparisonOperator.LE, "及以下", "以下", "以内", "之内", "内");
        suffix(ComparisonOperator.APPROX, "左右");
    }

    private OperatorWords() {
    }

    private static void prefix(ComparisonOperator operator, String... words) {
        for (String word : words) {
            PREFIXES.put(word, operator);
        }
    }

    private static void suffix(ComparisonOperator operator, String... words) {
        for (String word : words) {
            SUFFIXES.put(word, operator);
        }
    }

    static ComparisonOperator prefix(String word) {
        return PREFIXES.get(word);
    }

    static ComparisonOperator suffix(String word) {
        return SUFFIXES.get(word);
    }

    /** Regex alternation of all prefixes, longest first so "≥" beats nothing and ">=" beats ">". */
    static String prefixPattern() {
        return alternation(PREFIXES);
    }

    static String suffixPattern() {
        return alternation(SUFFIXES);
    }

    private static String alternation(Map<String, ComparisonOperator> words) {
        return words.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
    }
}
