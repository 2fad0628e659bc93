package com.budgetperf.submission.domain.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Which {@link QualityDimension} each rule costs, read from {@code rule-dimensions.txt} beside this class. */
public final class ScoreDimensions {

    /** What a rule that the file does not list costs. */
    public static final QualityDimension UNLISTED = QualityDimension.RELEVANCE;

    private static final Map<String, QualityDimension> BY_RULE = load();

    private ScoreDimensions() {
    }

    public static QualityDimension of(String ruleCode) {
        return BY_RULE.getOrDefault(ruleCode, UNLISTED);
    }

    /** Whether the file names the rule. */
    public static boolean lists(String ruleCode) {
        return BY_RULE.containsKey(ruleCode);
    }

    private static Map<String, QualityDimension> load() {
        Map<String, QualityDimension> byRule = new HashMap<>();
        try (InputStream in = ScoreDimensions.class.getResourceAsStream("rule-dimensions.txt")) {
            if (in == null) {
                throw new IllegalStateException("rule-dimensions.txt missing beside " + ScoreDimensions.class.getName());
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String content = line.strip();
                int colon = content.indexOf(':');
                if (content.isEmpty() || content.startsWith("#") || colon < 0) {
                    continue;
                }
                QualityDimension dimension = QualityDimension.valueOf(content.substring(0, colon).strip());
                for (String code : content.substring(colon + 1).strip().split("\\s+")) {
                    if (!code.isEmpty() && byRule.put(code, dimension) != null) {
                        throw new IllegalStateException(code + " is listed twice in rule-dimensions.txt");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byRule);
    }
}
