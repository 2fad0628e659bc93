package com.budgetperf.report.repository;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.budgetperf.report.domain.cube.CubeModel;
import com.budgetperf.report.domain.cube.CubeQuery;
import com.budgetperf.report.domain.cube.Dimension;
import com.budgetperf.report.domain.cube.Grain;
import com.budgetperf.report.domain.cube.Measure;

/**
 * The fixed SQL text behind every name of {@link CubeModel}'s whitelist: an aggregate per measure and grain, an
 * expression per dimension and per fact column, a {@code from} clause per grain. Never built from input.
 */
final class CubeSnippets {

    private static final String REVIEW_STATUS = "s.review_status";

    private static final String PROJECT_NAME = "case when p.classified then '涉密' else p.project_name end";

    /** Joined to indicator rows when project columns are needed (facts, or a project dimension). */
    static final String INDICATOR_PROJECT_JOIN =
            " join fact_project p on p.submission_id = i.submission_id and p.project_no = i.project_no";

    private static final Map<Grain, String> FROM = new EnumMap<>(Map.of(
            Grain.SUBMISSION, "fact_submission s",
            Grain.PROJECT, "fact_project p join fact_submission s on s.submission_id = p.submission_id",
            Grain.INDICATOR, "fact_indicator i join fact_submission s on s.submission_id = i.submission_id",
            Grain.FINDING, "fact_finding f join fact_submission s on s.submission_id = f.submission_id"));

    private static final Map<String, Map<Grain, String>> MEASURES = new HashMap<>();
    private static final Map<String, String> DIMENSIONS = new HashMap<>();
    private static final Map<Grain, Map<String, String>> FACTS = new EnumMap<>(Grain.class);

    static {
        String countSubmissions = "count(distinct s.submission_id)";
        measure("submissions", "count(*)", countSubmissions, countSubmissions, countSubmissions);
        measure("projects", "coalesce(sum(s.project_count), 0)", "count(*)",
                "count(distinct (i.submission_id, i.project_no))", null);
        measure("budget_total", "coalesce(sum(s.budget_total), 0)", "coalesce(sum(p.budget_total), 0)", null, null);
        measure("budget_fiscal", "coalesce(sum(s.budget_fiscal), 0)", "coalesce(sum(p.budget_fiscal), 0)", null, null);
        measure("budget_other", "coalesce(sum(s.budget_other), 0)", "coalesce(sum(p.budget_other), 0)", null, null);
        measure("indicators", "coalesce(sum(s.indicator_count), 0)", "coalesce(sum(p.indicator_count), 0)", "count(*)",
                null);
        measure("quantitative_share", "sum(s.quantitative_count)::numeric / nullif(sum(s.indicator_count), 0)",
                "sum(p.quantitative_count)::numeric / nullif(sum(p.indicator_count), 0)",
                "avg(case when i.value_kind = 'QUANTITATIVE' then 1 else 0 end)::numeric", null);
        measure("findings", "coalesce(sum(s.finding_errors + s.finding_warnings + s.finding_infos), 0)", null, null,
                "count(*)");
        measure("findings_error", "coalesce(sum(s.finding_errors), 0)", null, null,
                "count(*) filter (where f.severity = 'ERROR')");
        measure("findings_warning", "coalesce(sum(s.finding_warnings), 0)", null, null,
                "count(*) filter (where f.severity = 'WARNING')");
        measure("findings_info", "coalesce(sum(s.finding_infos), 0)", null, null,
                "count(*) filter (where f.severity = 'INFO')");
        measure("mean_quality_score", "avg(s.quality_score)", null, null, null);
        for (String[] status : new String[][] {{"approved", "'APPROVED'"}, {"returned", "'RETURNED'"},
                {"rejected", "'REJECTED'"}, {"pending", "'PENDING', 'IN_REVIEW'"}}) {
            String where = " filter (where " + REVIEW_STATUS + " in (" + status[1] + "))";
            measure(status[0], "count(*)" + where, countSubmissions + where, countSubmissions + where,
                    countSubmissions + where);
        }

        DIMENSIONS.putAll(Map.ofEntries(
                Map.entry("region_province", "left(s.region_code, 2)"),
                Map.entry("region_city", "left(s.region_code, 4)"),
                Map.entry("region_county", "s.region_code"),
                Map.entry("fiscal_year", "s.fiscal_year"),
                Map.entry("department", "s.region_code || '/' || s.department_code"),
                Map.entry("department_name", "s.department_name"),
                Map.entry("status", REVIEW_STATUS),
                Map.entry("grade", "s.grade"),
                Map.entry("suggested_grade", "s.suggested_grade"),
                Map.entry("approved_stage", "s.approved_stage"),
                Map.entry("classified", "p.classified"),
                Map.entry("level1", "i.level1"),
                Map.entry("level2", "i.level2"),
                Map.entry("value_kind", "i.value_kind"),
                Map.entry("rule_code", "f.rule_code"),
                Map.entry("rule_title", "coalesce(f.rule_title, f.rule_code)"),
                Map.entry("severity", "f.severity")));

        Map<String, String> submission = Map.of("fiscal_year", "s.fiscal_year", "region_code", "s.region_code",
                "department_code", "s.department_code", "department_name", "s.department_name",
                "submission_id", "s.submission_id::text", "version", "s.version", "status", REVIEW_STATUS,
                "grade", "s.grade");
        facts(Grain.SUBMISSION, submission, Map.of("projects", "s.project_count", "budget_total", "s.budget_total",
                "indicators", "s.indicator_count", "findings_error", "s.finding_errors",
                "quality_score", "s.quality_score", "suggested_grade", "s.suggested_grade"));
        facts(Grain.PROJECT, submission, Map.of("project_code", "p.project_code", "project_name", PROJECT_NAME,
                "classified", "p.classified", "budget_total", "p.budget_total", "budget_fiscal", "p.budget_fiscal",
                "budget_other", "p.budget_other", "indicators", "p.indicator_count",
                "quantitative_indicators", "p.quantitative_count"));
        facts(Grain.INDICATOR, submission, Map.of("project_code", "p.project_code", "project_name", PROJECT_NAME,
                "level1", "i.level1", "level2", "i.level2",
                "indicator_name", "case when p.classified then '涉密' else i.name end", "value_kind", "i.value_kind",
                "unit", "case when p.classified then '涉密' else i.unit end"));
        facts(Grain.FINDING, submission, Map.of("rule_code", "f.rule_code",
                "rule_title", "coalesce(f.rule_title, f.rule_code)", "severity", "f.severity"));
    }

    private CubeSnippets() {
    }

    private static void measure(String name, String submission, String project, String indicator, String finding) {
        Map<Grain, String> byGrain = new EnumMap<>(Grain.class);
        List<String> sql = java.util.Arrays.asList(submission, project, indicator, finding);
        for (Grain grain : Grain.values()) {
            if (sql.get(grain.ordinal()) != null) {
                byGrain.put(grain, sql.get(grain.ordinal()));
            }
        }
        MEASURES.put(name, byGrain);
    }

    private static void facts(Grain grain, Map<String, String> shared, Map<String, String> own) {
        Map<String, String> columns = new HashMap<>(shared);
        columns.putAll(own);
        FACTS.put(grain, columns);
    }

    static String from(Grain grain) {
        return FROM.get(grain);
    }

    /** The aggregate of {@code measure} at {@code grain}, empty where the measure does not exist. */
    static Optional<String> measure(Measure measure, Grain grain) {
        return Optional.ofNullable(MEASURES.getOrDefault(measure.name(), Map.of()).get(grain));
    }

    static String dimension(Dimension dimension) {
        return DIMENSIONS.get(dimension.name());
    }

    static String fact(Grain grain, CubeModel.FactColumn column) {
        return FACTS.get(grain).get(column.key());
    }
}
