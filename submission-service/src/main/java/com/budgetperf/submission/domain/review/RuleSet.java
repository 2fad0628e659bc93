package com.budgetperf.submission.domain.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The parameters of the machine review as versioned data (owned by the catalog, copied here from its
 * events): per rule code enabled and severity, word lists, thresholds and the 一级/二级 synonyms. Until the
 * catalog publishes one, {@link #builtIn()} applies.
 */
public record RuleSet(
        String version,
        Map<String, Setting> settings,
        Map<String, List<String>> wordLists,
        Map<String, BigDecimal> thresholds,
        Map<String, String> synonyms) {

    public record Setting(boolean enabled, Severity severity) {
    }

    public RuleSet {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        wordLists = wordLists == null ? Map.of() : Map.copyOf(withInternedNames(wordLists));
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        synonyms = synonyms == null ? Map.of() : Map.copyOf(synonyms);
    }

    public boolean enabled(ReviewRule rule) {
        Setting setting = settings.get(rule.code());
        return setting == null || setting.enabled();
    }

    public Severity severity(ReviewRule rule) {
        Setting setting = settings.get(rule.code());
        return setting == null || setting.severity() == null ? rule.severity() : setting.severity();
    }

    /** A word list by name; empty when the rule set has none (a rule then finds nothing). */
    public List<String> words(String name) {
        return wordLists.getOrDefault(name, List.of());
    }

    /** Whether {@code text} holds a word of the list {@code name} (a loop: rules ask this for every row). */
    public boolean anyWordIn(String name, String text) {
        for (String word : words(name)) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The first word of the list {@code name}, in list order, that {@code text} holds. */
    public Optional<String> firstWordIn(String name, String text) {
        for (String word : words(name)) {
            if (text.contains(word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /**
     * The lists under their names' interned instances: rules look lists up by literal names, which then match at the
     * identity check without comparing characters.
     */
    private static Map<String, List<String>> withInternedNames(Map<String, List<String>> wordLists) {
        Map<String, List<String>> interned = new HashMap<>();
        wordLists.forEach((name, words) -> interned.put(name == null ? null : name.intern(), words));
        return interned;
    }

    public BigDecimal threshold(String name, BigDecimal fallback) {
        return thresholds.getOrDefault(name, fallback);
    }

    /** The canonical 一级/二级 name for a name as written (效果指标 → 效益指标); the trimmed input otherwise. */
    public String canonical(String written) {
        return synonyms.getOrDefault(compact(written), compact(written));
    }

    /** Whether {@code written} is a synonym that {@link #canonical} changes. */
    public boolean isSynonym(String written) {
        return synonyms.containsKey(compact(written));
    }

    private static String compact(String written) {
        if (written == null) {
            return "";
        }
        return written.strip().replace(" ", "").replace("\u3000", "");
    }

    /** Where the defaults are kept: plain data with the content of a catalog rule set. */
    static final String BUILT_IN = "/review/built-in-rule-set.properties";

    private static final RuleSet BUILT_IN_RULE_SET = readBuiltIn();

    /**
     * The defaults that apply until the catalog publishes a rule set (sources: 财预〔2015〕88号, 财预〔2021〕101号 and its
     * 2021 form): the data file {@value #BUILT_IN}.
     */
    public static RuleSet builtIn() {
        return BUILT_IN_RULE_SET;
    }

    private static RuleSet readBuiltIn() {
        Properties data = new Properties();
        try (InputStream in = RuleSet.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing " + BUILT_IN);
            }
            data.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + BUILT_IN, e);
        }
        Map<String, List<String>> wordLists = new HashMap<>();
        Map<String, BigDecimal> thresholds = new HashMap<>();
        Map<String, String> synonyms = new HashMap<>();
        for (String key : data.stringPropertyNames()) {
            String value = data.getProperty(key).strip();
            if (key.startsWith("wordList.")) {
                wordLists.put(key.substring("wordList.".length()),
                        Arrays.stream(value.split(",")).map(String::strip).filter(word -> !word.isEmpty()).toList());
            } else if (key.startsWith("threshold.")) {
                thresholds.put(key.substring("threshold.".length()), new BigDecimal(value));
            } else if (key.startsWith("synonym.")) {
                synonyms.put(key.substring("synonym.".length()), value);
            }
        }
        return new RuleSet(data.getProperty("version", "built-in"), Map.of(), wordLists, thresholds, synonyms);
    }
}
