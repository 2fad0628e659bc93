package com.budgetperf.catalog.domain.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the templates of each 二级 for a project by keyword overlap: the character bigrams of the project name and
 * purpose (minus generic words such as 项目, 资金) found in a template's name or aliases, plus a bonus when the
 * template was used in the project's 行业领域 (guessed from the keywords of {@link PolicyAreas}), plus a small prior
 * for templates used often (seed rows). Deterministic; plain Java, so it can be measured on the seeds.
 */
public final class TemplateRecommender {

    static final double OVERLAP_WEIGHT = 1.0;
    static final double AREA_BONUS = 0.5;
    static final double PRIOR_WEIGHT = 1.0;

    /** Bigrams that say nothing about which indicator fits. */
    static final Set<String> STOP_BIGRAMS = Set.of("项目", "资金", "经费", "专项", "补助", "支出", "用于", "工作", "年度",
            "开展", "进行", "相关", "保障", "提高", "完成", "实施");

    /** A template as the recommender needs it. */
    public record Candidate(String id, String name, List<String> aliases, String level1, String level2,
            List<String> policyAreas, int seedRows) {
    }

    /** One ranked template with its score. */
    public record Scored(Candidate template, double score) {
    }

    /** The ranked templates of one 二级. */
    public record Level2Recommendation(String level1, String level2, List<Scored> templates) {
    }

    private TemplateRecommender() {
    }

    /**
     * @param level2s the 二级 to recommend for, in the order wanted; empty = every 二级 that has candidates
     * @param limit   templates per 二级
     */
    public static List<Level2Recommendation> recommend(String projectName, String purpose, List<String> level2s,
            List<Candidate> candidates, int limit) {
        String text = (projectName == null ? "" : projectName) + " " + (purpose == null ? "" : purpose);
        Set<String> queryBigrams = bigrams(text);
        String area = PolicyAreas.forProject(projectName == null ? "" : projectName, null);
        Map<String, List<Candidate>> byLevel2 = new LinkedHashMap<>();
        candidates.stream()
                .sorted(Comparator.comparing(Candidate::level1).thenComparing(Candidate::level2))
                .forEach(c -> byLevel2.computeIfAbsent(c.level2(), k -> new ArrayList<>()).add(c));
        List<String> wanted = level2s == null || level2s.isEmpty() ? List.copyOf(byLevel2.keySet()) : level2s;
        List<Level2Recommendation> result = new ArrayList<>();
        for (String level2 : wanted) {
            List<Candidate> pool = byLevel2.getOrDefault(level2, List.of());
            List<Scored> ranked = pool.stream()
                    .map(c -> new Scored(c, score(c, queryBigrams, area)))
                    .sorted(Comparator.comparingDouble(Scored::score).reversed()
                            .thenComparing(s -> s.template().name()))
                    .limit(limit)
                    .toList();
            String level1 = pool.isEmpty() ? null : pool.get(0).level1();
            result.add(new Level2Recommendation(level1, level2, ranked));
        }
        return result;
    }

    static double score(Candidate candidate, Set<String> queryBigrams, String area) {
        Set<String> own = new HashSet<>(bigrams(candidate.name()));
        candidate.aliases().forEach(alias -> own.addAll(bigrams(alias)));
        long overlap = own.stream().filter(queryBigrams::contains).count();
        double score = OVERLAP_WEIGHT * overlap;
        if (area != null && candidate.policyAreas().contains(area)) {
            score += AREA_BONUS;
        }
        score += PRIOR_WEIGHT * Math.log1p(candidate.seedRows());
        return Math.round(score * 1000) / 1000.0;
    }

    /** Character bigrams of the CJK letters and digits of a text, generic bigrams removed. */
    static Set<String> bigrams(String text) {
        Set<String> result = new HashSet<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                run.append(c);
                continue;
            }
            for (int j = 0; j + 2 <= run.length(); j++) {
                String bigram = run.substring(j, j + 2);
                if (!STOP_BIGRAMS.contains(bigram)) {
                    result.add(bigram);
                }
            }
            run.setLength(0);
        }
        return result;
    }
}
