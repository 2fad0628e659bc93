package com.budgetperf.catalog.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.catalog.domain.library.TemplateProposal;
import com.budgetperf.catalog.domain.library.IndicatorTemplate;
import com.budgetperf.catalog.domain.library.IndicatorTemplateDraft;
import com.budgetperf.catalog.mapping.IndicatorTemplateMapper;
import com.budgetperf.catalog.messaging.out.TemplateEvents;
import com.budgetperf.catalog.repository.IndicatorTemplateEntity;
import com.budgetperf.catalog.repository.IndicatorTemplateRepository;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.platform.problem.ProblemException;

/** Catalog-admin changes to the indicator library, each announced on {@code budget.catalog} with a full snapshot. */
@ApplicationScoped
public class IndicatorTemplateAdministration {

    private final IndicatorTemplateRepository repository;
    private final Outbox outbox;

    public IndicatorTemplateAdministration(IndicatorTemplateRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    /** Adds a proposed template: 422 unless its levels are canonical and belong together, 409 if (二级, name) exists. */
    @Transactional
    public IndicatorTemplate create(TemplateProposal proposal, String user) {
        FieldViolations.refuse(proposal.violations());
        IndicatorTemplateDraft draft = proposal.draft();
        if (repository.findByLevel2AndName(draft.level2(), draft.name()).isPresent()) {
            throw new ProblemException(409, "TEMPLATE_EXISTS", "指标模板已存在",
                    "二级指标“" + draft.level2() + "”下已有三级指标“" + draft.name() + "”");
        }
        IndicatorTemplateEntity entity = IndicatorTemplateMapper.newEntity(draft, Instant.now());
        entity.source = "admin:" + user;
        repository.persist(entity);
        IndicatorTemplate template = IndicatorTemplateMapper.toDomain(entity);
        outbox.append(EventTopics.CATALOG, template.id().toString(), TemplateEvents.PUBLISHED,
                IndicatorTemplateMapper.toEvent(template));
        return template;
    }

    @Transactional
    public IndicatorTemplate retire(UUID id) {
        IndicatorTemplateEntity entity = repository.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("指标模板 " + id));
        if ("RETIRED".equals(entity.status)) {
            throw new ProblemException(409, "TEMPLATE_RETIRED", "指标模板已停用", "指标模板“" + entity.name + "”已停用");
        }
        entity.status = "RETIRED";
        IndicatorTemplate template = IndicatorTemplateMapper.toDomain(entity);
        outbox.append(EventTopics.CATALOG, id.toString(), TemplateEvents.RETIRED, IndicatorTemplateMapper.toEvent(template));
        return template;
    }
}
