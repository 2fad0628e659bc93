package com.budgetperf.catalog.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.catalog.domain.ruleset.RuleSet;
import com.budgetperf.catalog.domain.ruleset.RuleSetDraft;
import com.budgetperf.catalog.mapping.RuleSetMapper;
import com.budgetperf.catalog.messaging.out.RuleSetPublished;
import com.budgetperf.catalog.repository.RuleSetEntity;
import com.budgetperf.catalog.repository.RuleSetRepository;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.platform.problem.ProblemException;

/**
 * Machine-review rule sets: drafts are edited, a published one is immutable and is the active one of its fiscal year
 * until a newer one is published (which retires it). Publishing is announced on {@code budget.catalog} in the same
 * transaction.
 */
@ApplicationScoped
public class RuleSetCatalog {

    private final RuleSetRepository repository;
    private final Outbox outbox;

    public RuleSetCatalog(RuleSetRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    @Transactional
    public RuleSet create(RuleSetDraft draft, String user) {
        FieldViolations.refuse(draft.violations());
        String version = draft.version();
        if (repository.findByIdOptional(version).isPresent()) {
            throw new ProblemException(409, "RULE_SET_EXISTS", "规则集版本已存在",
                    "规则集 " + version + " 已存在；修改草稿请用 PUT，已发布的规则集请以新的版本号创建");
        }
        Instant now = Instant.now();
        RuleSetEntity entity = new RuleSetEntity();
        entity.version = version;
        entity.fiscalYear = draft.fiscalYear();
        entity.status = RuleSet.DRAFT;
        entity.content = draft.content();
        entity.createdAt = now;
        entity.createdBy = user;
        entity.updatedAt = now;
        repository.persist(entity);
        return RuleSetMapper.toDomain(entity);
    }

    @Transactional
    public RuleSet update(RuleSetDraft draft) {
        FieldViolations.refuse(draft.violations());
        String version = draft.version();
        RuleSetEntity entity = repository.findForUpdate(version)
                .orElseThrow(() -> ProblemException.notFound("规则集 " + version));
        requireDraft(entity);
        entity.fiscalYear = draft.fiscalYear();
        entity.content = draft.content();
        entity.updatedAt = Instant.now();
        return RuleSetMapper.toDomain(entity);
    }

    @Transactional
    public RuleSet publish(String version, String user) {
        RuleSetEntity entity = repository.findForUpdate(version)
                .orElseThrow(() -> ProblemException.notFound("规则集 " + version));
        requireDraft(entity);
        repository.lockYear(entity.fiscalYear);
        repository.retirePublished(entity.fiscalYear);
        Instant now = Instant.now();
        entity.status = RuleSet.PUBLISHED;
        entity.publishedAt = now;
        entity.publishedBy = user;
        entity.updatedAt = now;
        repository.flush();
        RuleSet published = RuleSetMapper.toDomain(entity);
        outbox.append(EventTopics.CATALOG, version, RuleSetPublished.TYPE, RuleSetMapper.toEvent(published));
        return published;
    }

    @Transactional
    public Optional<RuleSet> find(String version) {
        return repository.findByIdOptional(version).map(RuleSetMapper::toDomain);
    }

    @Transactional
    public Optional<RuleSet> active(int fiscalYear) {
        return repository.active(fiscalYear).map(RuleSetMapper::toDomain);
    }

    @Transactional
    public List<RuleSet> list(Integer fiscalYear, int page, int size) {
        return repository.list(fiscalYear, page, size).stream().map(RuleSetMapper::toDomain).toList();
    }

    private static void requireDraft(RuleSetEntity entity) {
        if (!RuleSet.DRAFT.equals(entity.status)) {
            throw new ProblemException(409, "RULE_SET_IMMUTABLE", "规则集已发布，不能修改",
                    "规则集 " + entity.version + " 的状态为 " + entity.status + "，发布后不可修改；如需调整请以新的版本号创建草稿");
        }
    }
}
