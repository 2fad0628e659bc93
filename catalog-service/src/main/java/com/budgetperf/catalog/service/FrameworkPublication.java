package com.budgetperf.catalog.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.catalog.domain.FrameworkTree;
import com.budgetperf.catalog.domain.FrameworkVersion;
import com.budgetperf.catalog.mapping.FrameworkVersionMapper;
import com.budgetperf.catalog.messaging.out.FrameworkPublished;
import com.budgetperf.catalog.repository.FrameworkVersionRepository;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.platform.problem.ProblemException;

/** Publishes framework versions: stored and announced on {@code budget.catalog} in one transaction. */
@ApplicationScoped
public class FrameworkPublication {

    private final FrameworkVersionRepository repository;
    private final Outbox outbox;

    public FrameworkPublication(FrameworkVersionRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    @Transactional
    public FrameworkVersion publish(String code, String name, FrameworkTree tree, String publishedBy) {
        if (repository.findByCode(code).isPresent()) {
            throw new ProblemException(409, "FRAMEWORK_VERSION_EXISTS", "框架版本已发布",
                    "框架版本 " + code + " 已发布，发布后不可修改；如需调整请以新的版本号发布");
        }
        List<String> ambiguous = tree.ambiguousNames();
        if (!ambiguous.isEmpty()) {
            throw ProblemException.invalid("/levels", "指标名称或同义词重复：" + String.join("、", ambiguous));
        }
        FrameworkVersion version = new FrameworkVersion(code, name, tree, Instant.now(), publishedBy);
        repository.persist(FrameworkVersionMapper.toEntity(version));
        outbox.append(EventTopics.CATALOG, code, FrameworkPublished.TYPE, FrameworkVersionMapper.toEvent(version));
        return version;
    }

    @Transactional
    public Optional<FrameworkVersion> find(String code) {
        return repository.findByCode(code).map(FrameworkVersionMapper::toDomain);
    }

    @Transactional
    public List<FrameworkVersion> list(int page, int size) {
        return repository.listNewestFirst(page, size).stream().map(FrameworkVersionMapper::toDomain).toList();
    }
}
