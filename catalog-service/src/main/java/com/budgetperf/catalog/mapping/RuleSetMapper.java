package com.budgetperf.catalog.mapping;

import java.util.Map;
import java.util.TreeMap;

import com.budgetperf.catalog.domain.ruleset.RuleSet;
import com.budgetperf.catalog.domain.ruleset.RuleSetContent;
import com.budgetperf.catalog.messaging.out.RuleSetPublished;
import com.budgetperf.catalog.repository.RuleSetEntity;

public final class RuleSetMapper {

    private RuleSetMapper() {
    }

    public static RuleSet toDomain(RuleSetEntity entity) {
        RuleSetContent content = entity.content;
        return new RuleSet(entity.version, entity.fiscalYear, entity.status, sorted(content.settings()),
                sorted(content.wordLists()), sorted(content.thresholds()), sorted(content.synonyms()),
                entity.createdAt, entity.createdBy, entity.updatedAt, entity.publishedAt, entity.publishedBy);
    }

    public static RuleSetPublished toEvent(RuleSet ruleSet) {
        Map<String, RuleSetPublished.Setting> settings = new TreeMap<>();
        ruleSet.settings().forEach((rule, setting) -> settings.put(rule,
                new RuleSetPublished.Setting(setting.enabled(), setting.severity())));
        return new RuleSetPublished(ruleSet.version(), ruleSet.fiscalYear(), settings, ruleSet.wordLists(),
                ruleSet.thresholds(), ruleSet.synonyms(), ruleSet.publishedAt(), ruleSet.publishedBy());
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return map == null ? new TreeMap<>() : new TreeMap<>(map);
    }
}
