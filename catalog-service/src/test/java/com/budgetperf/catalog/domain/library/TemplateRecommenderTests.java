package com.budgetperf.catalog.domain.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Hold-out measurement: the library is built from 000 and 002 only; for each project of 001 and each indicator it
 * actually uses, is that indicator among the top 5 recommended for its 二级? (Only the project name is known for the
 * seed projects; the purpose is not in the indicator tables.)
 */
class TemplateRecommenderTests {

    static final int TOP = 5;

    record Measure(int used, int inLibrary, int hits, int baselineHits, int softHits, int softBaselineHits) {
        double hitRate() {
            return (double) hits / used;
        }

        double hitRateInLibrary() {
            return (double) hits / inLibrary;
        }
    }

    static Measure measure() {
        List<SeedIndicatorRow> training = new ArrayList<>(Seeds.rows(Seeds.F000));
        training.addAll(Seeds.rows(Seeds.F002));
        List<TemplateRecommender.Candidate> library = IndicatorLibraryImport.importRows(training).stream()
                .map(d -> new TemplateRecommender.Candidate(d.level2() + "/" + d.name(), d.name(), d.aliases(),
                        d.level1(), d.level2(), d.policyAreas(), d.seedRows()))
                .toList();
        Map<String, Set<String>> usedByProject = new LinkedHashMap<>();
        for (SeedIndicatorRow row : Seeds.rows(Seeds.F001)) {
            String key = IndicatorLibraryImport.key(row.name());
            if (!key.isEmpty()) {
                usedByProject.computeIfAbsent(row.project(), p -> new LinkedHashSet<>()).add(row.level2() + "\u0000" + key);
            }
        }
        int used = 0;
        int inLibrary = 0;
        int hits = 0;
        int baselineHits = 0;
        int softHits = 0;
        int softBaselineHits = 0;
        for (var project : usedByProject.entrySet()) {
            List<String> level2s = project.getValue().stream().map(u -> u.split("\u0000")[0]).distinct().toList();
            Map<String, List<String>> topKeys = new LinkedHashMap<>();
            Map<String, List<String>> topNames = new LinkedHashMap<>();
            TemplateRecommender.recommend(project.getKey(), null, level2s, library, TOP)
                    .forEach(r -> {
                        topKeys.put(r.level2(), r.templates().stream()
                                .map(s -> IndicatorLibraryImport.key(s.template().name())).toList());
                        topNames.put(r.level2(), r.templates().stream().map(s -> s.template().name()).toList());
                    });
            for (String usedKey : project.getValue()) {
                String level2 = usedKey.split("\u0000")[0];
                String key = usedKey.split("\u0000")[1];
                used++;
                List<TemplateRecommender.Candidate> pool = library.stream().filter(c -> c.level2().equals(level2)).toList();
                if (pool.stream().anyMatch(c -> IndicatorLibraryImport.key(c.name()).equals(key))) {
                    inLibrary++;
                }
                if (topKeys.getOrDefault(level2, List.of()).contains(key)) {
                    hits++;
                }
                // baseline: the 5 most used templates of the 二级, whatever the project
                boolean baseline = pool.stream()
                        .sorted(Comparator.comparingInt(TemplateRecommender.Candidate::seedRows).reversed()
                                .thenComparing(TemplateRecommender.Candidate::name))
                        .limit(TOP).anyMatch(c -> IndicatorLibraryImport.key(c.name()).equals(key));
                if (baseline) {
                    baselineHits++;
                }
                if (topNames.getOrDefault(level2, List.of()).stream().anyMatch(n -> dice(n, key) >= SOFT)) {
                    softHits++;
                }
                if (pool.stream().sorted(Comparator.comparingInt(TemplateRecommender.Candidate::seedRows).reversed()
                        .thenComparing(TemplateRecommender.Candidate::name)).limit(TOP)
                        .anyMatch(c -> dice(c.name(), key) >= SOFT)) {
                    softBaselineHits++;
                }
            }
        }
        return new Measure(used, inLibrary, hits, baselineHits, softHits, softBaselineHits);
    }

    /** A "near" hit: character-bigram Dice similarity of the names at least this. */
    static final double SOFT = 0.5;

    static double dice(String a, String b) {
        Set<String> x = TemplateRecommender.bigrams(a);
        Set<String> y = TemplateRecommender.bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        long common = x.stream().filter(y::contains).count();
        return 2.0 * common / (x.size() + y.size());
    }

    @Test
    void heldOutProjectsOf001FindTheirIndicatorsInTheTop5() {
        Measure m = measure();
        System.out.printf("recommendation hold-out (001): %d used indicators, %d in the 000+002 library, top-%d hits %d "
                + "(%.1f%% of all, %.1f%% of those in the library); popularity-only baseline %d (%.1f%%)%n",
                m.used(), m.inLibrary(), TOP, m.hits(), 100 * m.hitRate(), 100 * m.hitRateInLibrary(), m.baselineHits(),
                100.0 * m.baselineHits() / m.used());
        System.out.printf("near hits (a top-%d name with bigram Dice >= %.1f): %d (%.1f%%); popularity-only %d (%.1f%%)%n",
                TOP, SOFT, m.softHits(), 100.0 * m.softHits() / m.used(), m.softBaselineHits(),
                100.0 * m.softBaselineHits() / m.used());
        assertTrue(m.hits() >= 19 && m.softHits() >= 42, "measured: 19 exact and 42 near hits");
        assertTrue(m.softHits() > m.softBaselineHits(), "keyword overlap must beat popularity alone");
    }

    @Test
    void overlapRanksTheMatchingTemplateFirst() {
        var a = new TemplateRecommender.Candidate("a", "职业技能培训人数", List.of(), "产出指标", "数量指标", List.of(), 1);
        var b = new TemplateRecommender.Candidate("b", "发放人数", List.of(), "产出指标", "数量指标", List.of(), 9);
        var result = TemplateRecommender.recommend("职业技能培训补贴项目", "开展技能培训", List.of("数量指标", "质量指标"),
                List.of(a, b), 5);
        assertEquals(2, result.size());
        assertEquals("a", result.get(0).templates().get(0).template().id());
        assertTrue(result.get(1).templates().isEmpty());
    }
}
