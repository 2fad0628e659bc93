package com.budgetperf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.budgetperf.report.domain.cube.Approval;
import com.budgetperf.report.domain.cube.CubeQuery;
import com.budgetperf.report.domain.cube.CubeTable;
import com.budgetperf.report.domain.cube.Rollup;
import com.budgetperf.report.messaging.in.ReviewCaseOpened;
import com.budgetperf.report.messaging.in.ReviewDecided;
import com.budgetperf.report.messaging.in.ReviewStageEntered;
import com.budgetperf.report.messaging.in.SubmissionSubmitted;
import com.budgetperf.report.messaging.in.SubmissionWithdrawn;
import com.budgetperf.report.projection.ReadModelProjector;
import com.budgetperf.report.projection.ReviewOutcome;
import com.budgetperf.report.repository.CubeRollups;
import com.budgetperf.report.repository.CubeSource;
import com.budgetperf.report.service.CubeService;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The rollups answer exactly what the plain GROUP BY over the facts answers: random sequences of submitted,
 * resubmitted (facts replaced), late older, opened, approved, returned and rejected events go through the projector
 * (each in its own transaction, as the consumers run it), and after every few events many random aggregate queries
 * (drilldowns, cuts, measures, approval filters, order, pages) are answered both through the planner and over the
 * facts. Fixed seeds; the data lives in provinces 97 and 96 and is removed (withdrawn from the rollups) afterwards.
 */
@QuarkusTest
class CubeRollupEquivalenceTest {

    static final String[] COUNTIES = {"970101", "970102", "970201", "970300"};
    static final int[] YEARS = {2024, 2025, 2026};
    static final String[] DEPARTMENTS = {"D1", "D2", "D3"};
    static final String[] GRADES = {"优", "良", "中", "差"};
    static final String[] LEVEL1 = {"产出指标", "效益指标", "满意度指标"};
    static final String[] LEVEL2 = {"数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"};
    static final String[] KINDS = {"QUANTITATIVE", "QUALITATIVE", "DEADLINE"};
    static final String[] RULES = {"R1", "R2", "R3"};
    static final String[] SEVERITIES = {"ERROR", "WARNING", "INFO"};
    static final String[] STAGES = {"COUNTY_FINANCE", "CITY_FINANCE"};
    static final Map<String, List<Object>> VALUES = Map.ofEntries(
            Map.entry("region_province", List.of("97", "96")),
            Map.entry("region_city", List.of("9701", "9702", "9703")),
            Map.entry("region_county", List.of((Object[]) COUNTIES)),
            Map.entry("fiscal_year", List.of(2024, 2025, 2026)),
            Map.entry("department", List.of((Object[]) DEPARTMENTS)),
            Map.entry("status", List.of("PENDING", "IN_REVIEW", "RETURNED", "APPROVED", "REJECTED", "WITHDRAWN")),
            Map.entry("grade", List.of((Object[]) GRADES)),
            Map.entry("suggested_grade", List.of((Object[]) GRADES)),
            Map.entry("approved_stage", List.of((Object[]) STAGES)),
            Map.entry("classified", List.of(true, false)),
            Map.entry("level1", List.of((Object[]) LEVEL1)),
            Map.entry("level2", List.of((Object[]) LEVEL2)),
            Map.entry("value_kind", List.of((Object[]) KINDS)),
            Map.entry("rule_code", List.of((Object[]) RULES)),
            Map.entry("severity", List.of((Object[]) SEVERITIES)));
    static final List<String> SUBMISSION_DIMENSIONS = List.of("region_province", "region_city", "region_county",
            "fiscal_year", "department", "status", "grade", "suggested_grade", "approved_stage");
    static final List<List<String>> LOWER_DIMENSIONS = List.of(List.of(), List.of("classified"),
            List.of("classified", "level1", "level2", "value_kind"), List.of("rule_code", "severity"));

    @Inject
    ReadModelProjector projector;
    @Inject
    CubeService cube;
    @Inject
    CubeRollups rollups;
    @Inject
    EntityManager entityManager;

    /** One submission as the test's event source knows it: its fixed attributes and the latest version sent. */
    record Held(UUID id, String county, int year, String department, int version) {
    }

    @Test
    void randomEventsKeepEveryRollupAnswerEqualToTheFacts() {
        Random random = new Random(20261130L);
        List<Held> held = new ArrayList<>();
        Map<Rollup, Integer> answeredBy = new EnumMap<>(Rollup.class);
        int[] overFacts = {0};
        int compared = 0;
        try {
            for (int event = 1; event <= 160; event++) {
                applyRandomEvent(random, held, "97");
                if (event % 20 == 0) {
                    for (int q = 0; q < 70; q++) {
                        compare(randomQuery(random), random.nextInt(4) == 0 ? "9701" : "97", answeredBy, overFacts);
                        compared++;
                    }
                }
            }
            for (Rollup rollup : Rollup.values()) {
                assertTrue(answeredBy.getOrDefault(rollup, 0) > 0, rollup + " answered none of the random queries (cells or summary)");
            }
            assertTrue(overFacts[0] > 0, "no random query needed the facts");
            System.out.printf("[rollups] %d random queries equal; cells and summaries answered by %s, %d over the facts%n", compared,
                    answeredBy, overFacts[0]);
        } finally {
            remove(held, "97");
        }
    }

    @Test
    void aResubmissionReplacesItsContributionToEveryRollup() {
        Held first = new Held(UUID.randomUUID(), "960101", 2025, "D1", 1);
        List<Held> held = new ArrayList<>(List.of(first));
        try {
            transaction(() -> projector.submissionSubmitted(submitted(first, List.of(
                    project(false, "100.5", indicator("产出指标", "数量指标", "QUANTITATIVE"),
                            indicator("效益指标", "社会效益指标", "QUALITATIVE")),
                    project(true, "20", indicator("产出指标", "质量指标", "QUANTITATIVE"))),
                    List.of(finding("R1", "ERROR"), finding("R2", "WARNING")), new BigDecimal("81.50"), "良")));
            transaction(() -> projector.reviewDecided(ReviewOutcome.Kind.APPROVED, decision(first, "COUNTY_FINANCE", "优", false)));
            transaction(() -> projector.reviewDecided(ReviewOutcome.Kind.RETURNED, decision(first, "CITY_FINANCE", "中", false)));
            Held second = new Held(first.id(), first.county(), first.year(), first.department(), 2);
            held.set(0, second);
            transaction(() -> projector.submissionSubmitted(submitted(second, List.of(
                    project(false, "7", indicator("满意度指标", "服务对象满意度指标", "DEADLINE"))),
                    List.of(finding("R3", "INFO")), null, null)));
            // an older version arriving late changes nothing
            transaction(() -> projector.submissionSubmitted(submitted(first, List.of(), List.of(), null, null)));

            CubeTable levels = answer("indicators,projects,submissions,pending,returned", "level1", null);
            assertEquals(List.of(List.of("满意度指标", 1L, 1L, 1L, 1L, 0L)), levels.rows(), "only version 2's indicators");
            assertEquals(List.of(List.of(1L, 1L, new BigDecimal("7.000000"), 0L)),
                    answer("submissions,projects,budget_total,findings_error", "", null).rows());
            assertEquals(List.of(List.of("R3", 1L, 1L)), answer("findings,submissions", "rule_code", null).rows());
            Map<Rollup, Integer> answeredBy = new EnumMap<>(Rollup.class);
            for (String[] query : new String[][] {{"indicators,projects,submissions,pending,returned", "level1"},
                    {"submissions,projects,budget_total,findings_error,mean_quality_score", ""},
                    {"findings,submissions", "rule_code"}, {"budget_total,submissions", "classified"},
                    {"indicators,quantitative_share", "level1,level2,value_kind,classified"},
                    {"submissions,approved,returned", "status,approved_stage,grade"}}) {
                compare(CubeQuery.aggregate(query[0], query[1], null, null, Approval.ALL, 0, 100), "96", answeredBy, new int[1]);
            }
            assertTrue(answeredBy.keySet().containsAll(List.of(Rollup.SUBMISSION, Rollup.PROJECT, Rollup.INDICATOR_TOTAL,
                    Rollup.INDICATOR_LEVEL1, Rollup.INDICATOR, Rollup.FINDING_TOTAL, Rollup.FINDING_RULE)),
                    "answered from " + answeredBy);
        } finally {
            remove(held, "96");
        }
    }

    private CubeTable answer(String measures, String drilldown, String cut) {
        CubeQuery query = CubeQuery.aggregate(measures, drilldown, cut, null, Approval.ALL, 0, 100);
        assertTrue(CubeSource.planned(query).rollup().isPresent(), "a rollup answers " + measures + " by " + drilldown);
        CubeTable table = cube.aggregate(query, "96");
        assertEquals(cube.aggregateOverFacts(query, "96").rows(), table.rows());
        return table;
    }

    private void compare(CubeQuery query, String region, Map<Rollup, Integer> answeredBy, int[] overFacts) {
        for (CubeQuery part : List.of(query, query.summary())) {
            CubeSource.planned(part).rollup().ifPresentOrElse(r -> answeredBy.merge(r, 1, Integer::sum),
                    () -> overFacts[0]++);
        }
        CubeTable planned = cube.aggregate(query, region);
        CubeTable plain = cube.aggregateOverFacts(query, region);
        String what = CubeSource.planned(query) + ": " + query;
        assertEquals(plain.columns(), planned.columns(), what);
        assertEquals(plain.rows(), planned.rows(), what);
        assertEquals(plain.summary(), planned.summary(), what);
        assertEquals(plain.totalRows(), planned.totalRows(), what);
    }

    private void applyRandomEvent(Random random, List<Held> held, String province) {
        int dice = held.isEmpty() ? 0 : random.nextInt(100);
        if (dice < 25 && held.size() < 30) {
            Held fresh = new Held(UUID.randomUUID(), province + COUNTIES[random.nextInt(COUNTIES.length)].substring(2),
                    YEARS[random.nextInt(YEARS.length)], pick(random, DEPARTMENTS), 1);
            held.add(fresh);
            transaction(() -> projector.submissionSubmitted(randomSubmission(random, fresh)));
            return;
        }
        int index = random.nextInt(held.size());
        Held one = held.get(index);
        if (dice < 45) {
            Held next = new Held(one.id(), one.county(), one.year(), one.department(), one.version() + 1);
            held.set(index, next);
            transaction(() -> projector.submissionSubmitted(randomSubmission(random, next)));
        } else if (dice < 50 && one.version() > 1) {
            Held older = new Held(one.id(), one.county(), one.year(), one.department(), one.version() - 1);
            transaction(() -> projector.submissionSubmitted(randomSubmission(random, older)));
        } else if (dice < 60) {
            transaction(() -> projector.reviewCaseOpened(new ReviewCaseOpened(UUID.randomUUID(), one.id(), one.version(),
                    one.year(), one.county(), "COUNTY_FINANCE", "OPEN", Instant.now())));
        } else if (dice < 65) {
            transaction(() -> projector.reviewStageEntered(new ReviewStageEntered(UUID.randomUUID(), one.id(),
                    one.version(), pick(random, STAGES), Instant.now())));
        } else if (dice < 82) {
            transaction(() -> projector.reviewDecided(ReviewOutcome.Kind.APPROVED,
                    decision(one, pick(random, STAGES), pick(random, GRADES), random.nextBoolean())));
        } else if (dice < 88) {
            transaction(() -> projector.reviewDecided(ReviewOutcome.Kind.RETURNED,
                    decision(one, pick(random, STAGES), random.nextBoolean() ? pick(random, GRADES) : null, false)));
        } else if (dice < 92) { // the county withdraws the version it holds (a later version comes back)
            transaction(() -> projector.submissionWithdrawn(new SubmissionWithdrawn(one.id(), one.version(), Instant.now(),
                    "county-system")));
        } else if (dice < 93) {
            transaction(() -> projector.reviewDecided(ReviewOutcome.Kind.RETURNED,
                    decision(one, pick(random, STAGES), random.nextBoolean() ? pick(random, GRADES) : null, false)));
        } else {
            transaction(() -> projector.reviewDecided(ReviewOutcome.Kind.REJECTED,
                    decision(one, pick(random, STAGES), pick(random, GRADES), false)));
        }
    }

    private static SubmissionSubmitted randomSubmission(Random random, Held one) {
        List<SubmissionSubmitted.Project> projects = new ArrayList<>();
        List<SubmissionSubmitted.Value> values = new ArrayList<>();
        for (int p = 0, n = random.nextInt(4); p < n; p++) {
            List<SubmissionSubmitted.Indicator> indicators = new ArrayList<>();
            for (int i = 0, m = random.nextInt(5); i < m; i++) {
                indicators.add(new SubmissionSubmitted.Indicator(random.nextInt(8) == 0 ? null : pick(random, LEVEL1),
                        pick(random, LEVEL2), "指标" + i));
                if (random.nextInt(6) > 0) {
                    values.add(new SubmissionSubmitted.Value("/projects/" + p + "/indicators/" + i + "/value", "指标" + i,
                            "10", pick(random, KINDS), "个"));
                }
            }
            BigDecimal fiscal = BigDecimal.valueOf(random.nextInt(1_000_000), 3);
            projects.add(new SubmissionSubmitted.Project("P" + p, "项目" + p, random.nextInt(4) == 0,
                    new SubmissionSubmitted.Budget(random.nextBoolean() ? null : fiscal.add(BigDecimal.ONE), fiscal,
                            BigDecimal.valueOf(random.nextInt(1000), 2)), indicators));
        }
        List<SubmissionSubmitted.Finding> findings = new ArrayList<>();
        for (int f = 0, n = random.nextInt(4); f < n; f++) {
            findings.add(finding(pick(random, RULES), pick(random, SEVERITIES)));
        }
        BigDecimal score = random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(10_000), 2);
        return new SubmissionSubmitted(one.id(), one.year(), one.county(), one.department(), "部门", one.version(),
                "SUBMITTED", Instant.now(), new SubmissionSubmitted.Document(projects), findings, values, score,
                score == null ? null : pick(random, GRADES), "2025.1");
    }

    private static SubmissionSubmitted submitted(Held one, List<SubmissionSubmitted.Project> projects,
            List<SubmissionSubmitted.Finding> findings, BigDecimal score, String grade) {
        List<SubmissionSubmitted.Value> values = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            for (int i = 0; i < projects.get(p).indicators().size(); i++) {
                values.add(new SubmissionSubmitted.Value("/projects/" + p + "/indicators/" + i + "/value", "指标", "1",
                        projects.get(p).indicators().get(i).name(), "个"));
            }
        }
        return new SubmissionSubmitted(one.id(), one.year(), one.county(), one.department(), "部门", one.version(),
                "SUBMITTED", Instant.now(), new SubmissionSubmitted.Document(projects), findings, values, score, grade,
                "2025.1");
    }

    /** An indicator whose name carries its value kind (read back by {@link #submitted}). */
    private static SubmissionSubmitted.Indicator indicator(String level1, String level2, String kind) {
        return new SubmissionSubmitted.Indicator(level1, level2, kind);
    }

    private static SubmissionSubmitted.Project project(boolean classified, String total,
            SubmissionSubmitted.Indicator... indicators) {
        return new SubmissionSubmitted.Project("P", "项目", classified,
                new SubmissionSubmitted.Budget(new BigDecimal(total), new BigDecimal(total), BigDecimal.ZERO), List.of(indicators));
    }

    private static SubmissionSubmitted.Finding finding(String rule, String severity) {
        return new SubmissionSubmitted.Finding(rule, severity, "/projects/0", "说明", "规则" + rule);
    }

    private static ReviewDecided decision(Held one, String stage, String grade, boolean finalApproval) {
        return new ReviewDecided(UUID.randomUUID(), one.id(), one.version(), stage, grade, finalApproval, Instant.now(),
                "reviewer", null);
    }

    /** A random aggregate query over the dimensions of one grain, as a caller could write it. */
    static CubeQuery randomQuery(Random random) {
        List<String> pool = new ArrayList<>(SUBMISSION_DIMENSIONS);
        List<String> lower = LOWER_DIMENSIONS.get(random.nextInt(LOWER_DIMENSIONS.size()));
        pool.addAll(lower);
        pool.addAll(lower); // twice as likely as a submission dimension: more queries below the submission grain
        List<String> drilldown = new ArrayList<>();
        for (int d = 0, n = random.nextInt(4); d < n; d++) {
            String dimension = pool.get(random.nextInt(pool.size()));
            if (!drilldown.contains(dimension)) {
                drilldown.add(dimension);
            }
        }
        List<String> cuts = new ArrayList<>();
        for (int c = 0, n = random.nextInt(3); c < n; c++) {
            String dimension = pool.get(random.nextInt(pool.size()));
            List<Object> values = VALUES.get(dimension);
            String cut = dimension + ":" + values.get(random.nextInt(values.size()));
            cuts.add(random.nextInt(3) == 0 ? cut + ";" + values.get(random.nextInt(values.size())) : cut);
        }
        String cut = String.join("|", cuts);
        var grain = CubeQuery.aggregate("submissions", String.join(",", drilldown), cut, null, Approval.ALL, 0, 1).grain();
        List<String> measures = new ArrayList<>();
        List<String> available = com.budgetperf.report.domain.cube.CubeModel.MEASURES.values().stream()
                .filter(m -> m.availableAt(grain)).map(m -> m.name()).toList();
        for (int m = 0, n = 1 + random.nextInt(4); m < n; m++) {
            String measure = available.get(random.nextInt(available.size()));
            if (!measures.contains(measure)) {
                measures.add(measure);
            }
        }
        String order = random.nextInt(3) == 0 ? measures.get(0) + ":desc" : null;
        Approval approval = switch (random.nextInt(6)) {
            case 0 -> Approval.of("true", null);
            case 1 -> Approval.of(null, pick(random, STAGES));
            default -> Approval.ALL;
        };
        boolean paged = random.nextInt(5) == 0;
        return CubeQuery.aggregate(String.join(",", measures), String.join(",", drilldown), cut, order, approval,
                paged ? random.nextInt(3) : 0, paged ? 2 : 1000);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private void transaction(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }

    /**
     * Deletes the test's submissions the way a correct projection would: each withdrawn from the rollups, its facts
     * deleted, then the rows it leaves empty dropped; no rollup row of the province may remain.
     */
    private void remove(List<Held> held, String province) {
        transaction(() -> {
            for (Held one : held) {
                rollups.withdraw(one.id());
                for (String table : List.of("fact_submission", "review_state", "fact_review_progress")) {
                    entityManager.createNativeQuery("delete from " + table + " where submission_id = ?1")
                            .setParameter(1, one.id()).executeUpdate();
                }
                rollups.contribute(one.id());
            }
            entityManager.createNativeQuery("delete from dim_region where region_code like ?1 || '%'")
                    .setParameter(1, province).executeUpdate();
        });
        for (String table : CubeRollups.tables()) {
            Number left = (Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "select count(*) from " + table + " where region_code like ?1 || '%'").setParameter(1, province)
                    .getSingleResult());
            assertEquals(0, left.intValue(), table + " keeps rows of withdrawn submissions");
        }
        assertFalse(held.isEmpty());
    }
}
