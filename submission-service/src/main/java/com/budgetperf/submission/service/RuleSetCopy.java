package com.budgetperf.submission.service;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import com.budgetperf.submission.domain.review.RuleSet;
import com.budgetperf.submission.domain.review.Severity;
import com.budgetperf.submission.mapping.DocumentJson;
import com.budgetperf.submission.messaging.in.RuleSetPublishedData;
import com.budgetperf.submission.repository.RuleSetCopyEntity;
import com.budgetperf.submission.repository.RuleSetCopyRepository;

/**
 * The machine-review rule sets the catalog published, kept locally: the active one of a fiscal year is the
 * newest published for it; until the catalog publishes one, the built-in defaults apply. The active rule set of a year
 * is read and parsed once and kept in memory until a catalog event changes the copy ({@link CatalogCopyChanged}, after
 * its commit) or {@code submission.catalog-cache.ttl} passed.
 */
@ApplicationScoped
public class RuleSetCopy {

    private final RuleSetCopyRepository ruleSets;
    private final DocumentJson json;
    private final Event<CatalogCopyChanged> changed;
    private final CatalogCache<RuleSet> active;

    public RuleSetCopy(RuleSetCopyRepository ruleSets, DocumentJson json, Event<CatalogCopyChanged> changed,
            CatalogCacheConfig cache) {
        this.ruleSets = ruleSets;
        this.json = json;
        this.changed = changed;
        this.active = new CatalogCache<>(cache.ttl());
    }

    @Transactional
    public RuleSet active(int fiscalYear) {
        return active.get(fiscalYear, year -> ruleSets.activeFor(year).map(copy -> json.ruleSet(copy.content))
                .orElseGet(RuleSet::builtIn));
    }

    void onCatalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogCopyChanged change) {
        active.invalidate();
    }

    /**
     * Keeps a published rule set. Word lists, thresholds and synonyms it does not name keep their built-in values,
     * so a catalog rule set can change one threshold without repeating everything.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(RuleSetPublishedData published, String eventId) {
        RuleSet defaults = RuleSet.builtIn();
        Map<String, RuleSet.Setting> settings = new HashMap<>();
        if (published.settings() != null) {
            published.settings().forEach((code, setting) -> settings.put(code, new RuleSet.Setting(setting.enabled(),
                    setting.severity() == null ? null : Severity.valueOf(setting.severity()))));
        }
        var wordLists = new HashMap<>(defaults.wordLists());
        if (published.wordLists() != null) {
            wordLists.putAll(published.wordLists());
        }
        var thresholds = new HashMap<>(defaults.thresholds());
        if (published.thresholds() != null) {
            thresholds.putAll(published.thresholds());
        }
        var synonyms = new HashMap<>(defaults.synonyms());
        if (published.synonyms() != null) {
            synonyms.putAll(published.synonyms());
        }
        RuleSet ruleSet = new RuleSet(published.version(), settings, wordLists, thresholds, synonyms);
        RuleSetCopyEntity copy = ruleSets.findByIdOptional(published.version()).orElseGet(RuleSetCopyEntity::new);
        copy.version = published.version();
        copy.fiscalYear = published.fiscalYear();
        copy.content = json.write(ruleSet);
        copy.publishedAt = published.publishedAt();
        copy.sourceEventId = eventId;
        ruleSets.persist(copy);
        changed.fire(new CatalogCopyChanged("rule set " + published.version(), eventId));
    }
}
