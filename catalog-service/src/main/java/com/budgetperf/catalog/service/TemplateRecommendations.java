package com.budgetperf.catalog.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.catalog.domain.library.IndicatorTemplate;
import com.budgetperf.catalog.domain.library.TemplateRecommender;
import com.budgetperf.catalog.mapping.IndicatorTemplateMapper;
import com.budgetperf.catalog.repository.IndicatorTemplateRepository;

/** Recommends active templates per 二级 for a project (see {@link TemplateRecommender}). */
@ApplicationScoped
public class TemplateRecommendations {

    public static final int DEFAULT_LIMIT = 5;

    private final IndicatorTemplateRepository repository;

    public TemplateRecommendations(IndicatorTemplateRepository repository) {
        this.repository = repository;
    }

    public record Ranked(IndicatorTemplate template, double score) {
    }

    public record ForLevel2(String level1, String level2, List<Ranked> templates) {
    }

    @Transactional
    public List<ForLevel2> recommend(String projectName, String purpose, List<String> level2s, int limit) {
        Map<String, IndicatorTemplate> templates = repository.listActive().stream()
                .map(IndicatorTemplateMapper::toDomain)
                .collect(Collectors.toMap(t -> t.id().toString(), Function.identity()));
        List<TemplateRecommender.Candidate> candidates = templates.values().stream()
                .map(t -> new TemplateRecommender.Candidate(t.id().toString(), t.name(), t.aliases(), t.level1(),
                        t.level2(), t.policyAreas(), t.seedRows()))
                .toList();
        return TemplateRecommender.recommend(projectName, purpose, level2s, candidates, limit).stream()
                .map(r -> new ForLevel2(r.level1(), r.level2(), r.templates().stream()
                        .map(s -> new Ranked(templates.get(s.template().id()), s.score())).toList()))
                .toList();
    }
}
