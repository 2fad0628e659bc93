package com.budgetperf.catalog.domain.ruleset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.budgetperf.catalog.domain.FieldViolation;

/**
 * A rule set as an administrator sent it, before it is checked: settings may lack {@code enabled}, names and words
 * may carry blanks. {@link #violations()} says what is wrong; {@link #content()} is the cleaned content (names and
 * words trimmed, duplicate words dropped, maps sorted) of a draft without violations.
 */
public record RuleSetDraft(String version, Integer fiscalYear, Map<String, RuleSetValidation.SettingInput> settings,
        Map<String, List<String>> wordLists, Map<String, BigDecimal> thresholds, Map<String, String> synonyms) {

    public List<FieldViolation> violations() {
        return RuleSetValidation.validate(version, fiscalYear, settings, wordLists, thresholds, synonyms);
    }

    /** @throws IllegalStateException when the draft has violations */
    public RuleSetContent content() {
        if (!violations().isEmpty()) {
            throw new IllegalStateException("a rule set with violations has no content: " + violations());
        }
        Map<String, RuleSetting> cleanSettings = new TreeMap<>();
        if (settings != null) {
            settings.forEach((code, setting) -> cleanSettings.put(code, new RuleSetting(setting.enabled(), setting.severity())));
        }
        Map<String, List<String>> cleanWordLists = new TreeMap<>();
        if (wordLists != null) {
            wordLists.forEach((name, words) -> cleanWordLists.put(name.strip(),
                    words.stream().map(String::strip).distinct().toList()));
        }
        Map<String, BigDecimal> cleanThresholds = new TreeMap<>();
        if (thresholds != null) {
            thresholds.forEach((name, value) -> cleanThresholds.put(name.strip(), value));
        }
        Map<String, String> cleanSynonyms = new TreeMap<>();
        if (synonyms != null) {
            synonyms.forEach((written, canonical) -> cleanSynonyms.put(written.strip(), canonical.strip()));
        }
        return new RuleSetContent(cleanSettings, cleanWordLists, cleanThresholds, cleanSynonyms);
    }

    /** The same draft under {@code otherVersion} (a PUT names the version in its path). */
    public RuleSetDraft withVersion(String otherVersion) {
        return new RuleSetDraft(otherVersion, fiscalYear, settings, wordLists, thresholds, synonyms);
    }
}
