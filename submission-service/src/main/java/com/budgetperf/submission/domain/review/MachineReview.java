package com.budgetperf.submission.domain.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * The machine pre-review (机审): runs every enabled rule of the rule set over a document and scores the
 * result. Pure and deterministic: the same document and rule set always give the same findings.
 */
public final class MachineReview {

    private final List<ReviewRule> rules;

    public MachineReview(List<ReviewRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<ReviewRule> rules() {
        return rules;
    }

    public ReviewResult review(TargetDocument document, int fiscalYear, RuleSet ruleSet) {
        return review(document, fiscalYear, ruleSet, null);
    }

    /** @param framework the fiscal year's 一级/二级 framework, or null when none is known (names only are checked) */
    public ReviewResult review(TargetDocument document, int fiscalYear, RuleSet ruleSet, LevelFramework framework) {
        ReviewContext context = new ReviewContext(document, fiscalYear, ruleSet, framework);
        List<Finding> findings = new ArrayList<>();
        for (ReviewRule rule : rules) {
            if (!ruleSet.enabled(rule)) {
                continue;
            }
            Severity severity = ruleSet.severity(rule);
            rule.check(context, new ReviewRule.FindingSink() {
                @Override
                public void report(String path, String message) {
                    findings.add(new Finding(rule.code(), severity, path, message));
                }

                @Override
                public void reportUnsure(String path, String message) {
                    findings.add(new Finding(rule.code(), Severity.INFO, path, message));
                }
            });
        }
        List<Finding> sorted = inDocumentOrder(findings);
        return new ReviewResult(ruleSet.version(), sorted, QualityScoring.score(document, sorted, ruleSet));
    }

    /**
     * The findings by pointer ({@link #comparePointers}), then severity, then rule code; equal ones keep the order the
     * rules reported them in (a stable sort). Each pointer is read once, not at every comparison.
     */
    static List<Finding> inDocumentOrder(List<Finding> findings) {
        Keyed[] keyed = new Keyed[findings.size()];
        for (int i = 0; i < keyed.length; i++) {
            keyed[i] = new Keyed(findings.get(i));
        }
        Arrays.sort(keyed);
        List<Finding> sorted = new ArrayList<>(keyed.length);
        for (Keyed finding : keyed) {
            sorted.add(finding.finding);
        }
        return sorted;
    }

    /** A finding with its pointer's segments found once: where each ends, and its number when it is all digits. */
    private static final class Keyed implements Comparable<Keyed> {
        final Finding finding;
        final String pointer;
        final int count;
        final int[] stops;
        final int[] numbers;

        Keyed(Finding finding) {
            this.finding = finding;
            this.pointer = finding.path();
            int end = segmentsEnd(pointer);
            count = segmentCount(pointer, end);
            stops = new int[count];
            numbers = new int[count];
            int start = 0;
            for (int i = 0; i < count; i++) {
                stops[i] = segmentStop(pointer, start, end);
                // -1: not a number; an index of more than 9 digits (never written) compares as text
                numbers[i] = digits(pointer, start, stops[i]) && stops[i] - start <= 9
                        ? Integer.parseInt(pointer, start, stops[i], 10) : -1;
                start = stops[i] + 1;
            }
        }

        @Override
        public int compareTo(Keyed other) {
            int start = 0;
            int otherStart = 0;
            for (int i = 0; i < Math.min(count, other.count); i++) {
                int compared = numbers[i] >= 0 && other.numbers[i] >= 0 ? Integer.compare(numbers[i], other.numbers[i])
                        : compareText(pointer, start, stops[i], other.pointer, otherStart, other.stops[i]);
                if (compared != 0) {
                    return compared;
                }
                start = stops[i] + 1;
                otherStart = other.stops[i] + 1;
            }
            int compared = Integer.compare(count, other.count);
            if (compared == 0) {
                compared = finding.severity().compareTo(other.finding.severity());
            }
            return compared != 0 ? compared : finding.ruleCode().compareTo(other.finding.ruleCode());
        }
    }

    /** Grades in the bands of 财预〔2020〕10号: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
    static String grade(int score) {
        return QualityScoring.grade(score);
    }

    /**
     * Orders {@code /projects/10} after {@code /projects/2}: the pointers' segments ({@code String.split("/")}) compare
     * one by one, as numbers when both are digits, else as strings; then the one with fewer segments first. Walks the
     * two strings in place (a review sorts a few hundred findings, splitting at every comparison cost more than the
     * rules).
     */
    static int comparePointers(String a, String b) {
        int aEnd = segmentsEnd(a);
        int bEnd = segmentsEnd(b);
        int aStart = 0;
        int bStart = 0;
        int aCount = segmentCount(a, aEnd);
        int bCount = segmentCount(b, bEnd);
        for (int i = 0; i < Math.min(aCount, bCount); i++) {
            int aStop = segmentStop(a, aStart, aEnd);
            int bStop = segmentStop(b, bStart, bEnd);
            int compared = digits(a, aStart, aStop) && digits(b, bStart, bStop)
                    ? Integer.compare(Integer.parseInt(a, aStart, aStop, 10), Integer.parseInt(b, bStart, bStop, 10))
                    : compareText(a, aStart, aStop, b, bStart, bStop);
            if (compared != 0) {
                return compared;
            }
            aStart = aStop + 1;
            bStart = bStop + 1;
        }
        return Integer.compare(aCount, bCount);
    }

    /** Where the text's segments end: {@code split} drops trailing empty segments, so trailing slashes do not count. */
    private static int segmentsEnd(String pointer) {
        if (pointer.indexOf('/') < 0) {
            return pointer.length(); // no separator: the text itself is the one segment, even when empty
        }
        int end = pointer.length();
        while (end > 0 && pointer.charAt(end - 1) == '/') {
            end--;
        }
        return end;
    }

    private static int segmentCount(String pointer, int end) {
        if (pointer.indexOf('/') < 0) {
            return 1;
        }
        if (end == 0) {
            return 0; // only slashes: every segment is a trailing empty one
        }
        int count = 1;
        for (int i = 0; i < end; i++) {
            if (pointer.charAt(i) == '/') {
                count++;
            }
        }
        return count;
    }

    private static int segmentStop(String pointer, int start, int end) {
        int stop = pointer.indexOf('/', start);
        return stop < 0 || stop > end ? end : stop;
    }

    /** {@code String.compareTo} of two ranges, by sign. */
    private static int compareText(String a, int aStart, int aStop, String b, int bStart, int bStop) {
        int aLength = aStop - aStart;
        int bLength = bStop - bStart;
        for (int i = 0; i < Math.min(aLength, bLength); i++) {
            char left = a.charAt(aStart + i);
            char right = b.charAt(bStart + i);
            if (left != right) {
                return left - right;
            }
        }
        return aLength - bLength;
    }

    private static boolean digits(String text, int start, int stop) {
        if (start == stop) {
            return false;
        }
        for (int i = start; i < stop; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
