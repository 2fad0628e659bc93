package com.budgetperf.report.repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.region.RegionLevel;
import com.budgetperf.report.domain.Disclosure;
import com.budgetperf.report.domain.Disclosure.DepartmentTable;
import com.budgetperf.report.domain.Disclosure.IndicatorRow;
import com.budgetperf.report.domain.Disclosure.SpendingPlan;

/**
 * Reads a department's disclosure (latest submission versions) inside a region prefix: projects with their 资金用途,
 * 资金支出计划, 绩效目标 and indicator grid, and the 部门整体绩效目标. A department is (region, code): department codes
 * repeat across counties. A withdrawn submission is not disclosed. Normally one submission per department and year;
 * should there be several, their projects follow each other and their department parts are put together, in the
 * order they were submitted.
 */
@ApplicationScoped
public class DisclosureRepository {

    /** The submissions disclosed: ?1 caller's region prefix, ?2 department code, ?3 year, ?4 approved only, ?5 region. */
    private static final String SHOWN = """
            with shown as (
                select submission_id, submitted_at, department_name, region_code from fact_submission s
                where s.region_code like ?1 || '%' and s.department_code = ?2 and s.fiscal_year = ?3
                  and (not ?4 or s.final_approved) and s.region_code = ?5 and s.review_status <> 'WITHDRAWN')
            """;

    private final EntityManager entityManager;

    public DisclosureRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The regions inside {@code regionPrefix} where a department with this code filed for the year, in code order. */
    @SuppressWarnings("unchecked")
    public List<String> regionsOf(String regionPrefix, String departmentCode, int fiscalYear) {
        return entityManager.createNativeQuery("""
                select distinct region_code from fact_submission
                where region_code like ?1 || '%' and department_code = ?2 and fiscal_year = ?3
                  and review_status <> 'WITHDRAWN' order by region_code""")
                .setParameter(1, regionPrefix).setParameter(2, departmentCode).setParameter(3, fiscalYear)
                .getResultList();
    }

    /** Empty when the department (region, code) has no submission of that year inside the caller's region. */
    public Optional<Disclosure> find(String regionPrefix, String departmentRegion, String departmentCode, int fiscalYear,
            boolean approvedOnly) {
        Scope scope = new Scope(regionPrefix, departmentRegion, departmentCode, fiscalYear, approvedOnly);
        List<Object[]> projects = rows(scope, """
                select s.submission_id::text, p.project_no, p.project_code, p.project_name, p.classified, p.budget_total,
                       p.budget_fiscal, p.budget_other, s.department_name, s.region_code, p.purpose,
                       p.plan_mar, p.plan_jun, p.plan_oct, p.plan_dec
                from fact_project p join shown s on s.submission_id = p.submission_id
                order by s.submitted_at, s.submission_id, p.project_no""");
        List<Object[]> departments = rows(scope, """
                select s.submission_id::text, s.department_name, s.region_code from shown s
                order by s.submitted_at, s.submission_id""");
        if (departments.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<IndicatorRow>> indicators = new LinkedHashMap<>();
        for (Object[] row : rows(scope, """
                select s.submission_id::text, i.project_no, i.level1, i.level2, i.name, i.description,
                       coalesce(i.value_written, i.value_raw), i.basis, i.scoring
                from fact_indicator i join shown s on s.submission_id = i.submission_id
                order by i.project_no, i.indicator_no""")) {
            indicators.computeIfAbsent(row[0] + "/" + row[1], key -> new ArrayList<>()).add(indicator(row, 2));
        }
        Map<String, List<String>> goals = new LinkedHashMap<>();
        for (Object[] row : rows(scope, """
                select s.submission_id::text, g.project_no, g.goal
                from fact_project_goal g join shown s on s.submission_id = g.submission_id
                order by g.project_no, g.goal_no""")) {
            goals.computeIfAbsent(row[0] + "/" + row[1], key -> new ArrayList<>()).add((String) row[2]);
        }
        List<Disclosure.ProjectTable> tables = new ArrayList<>();
        for (Object[] row : projects) {
            String key = row[0] + "/" + row[1];
            tables.add(Disclosure.ProjectTable.published((String) row[2], (String) row[3], Boolean.TRUE.equals(row[4]),
                    money(row[5]), money(row[6]), money(row[7]), (String) row[10], plan(row, 11),
                    goals.getOrDefault(key, List.of()), indicators.getOrDefault(key, List.of())));
        }
        Object[] first = departments.get(0);
        String region = (String) first[2];
        return Optional.of(new Disclosure(departmentCode, (String) first[1], region, regionName(region), fiscalYear,
                department(scope), List.copyOf(tables)));
    }

    /** 部门整体绩效目标 of the submissions shown. */
    private DepartmentTable department(Scope scope) {
        List<String> overall = new ArrayList<>();
        List<String> safeguards = new ArrayList<>();
        for (Object[] row : rows(scope, """
                select t.overall_goal, t.safeguards
                from fact_department_target t join shown s on s.submission_id = t.submission_id
                order by s.submitted_at, s.submission_id""")) {
            if (row[0] != null) {
                overall.add((String) row[0]);
            }
            if (row[1] != null) {
                safeguards.add((String) row[1]);
            }
        }
        List<String> goals = rows(scope, """
                select g.goal, g.goal_no from fact_department_goal g join shown s on s.submission_id = g.submission_id
                order by s.submitted_at, s.submission_id, g.goal_no""").stream().map(row -> (String) row[0]).toList();
        List<IndicatorRow> indicators = rows(scope, """
                select i.indicator_no, i.indicator_no, i.level1, i.level2, i.name, i.description, i.value_written,
                       i.basis, i.scoring
                from fact_department_indicator i join shown s on s.submission_id = i.submission_id
                order by s.submitted_at, s.submission_id, i.indicator_no""")
                .stream().map(row -> indicator(row, 2)).toList();
        return new DepartmentTable(joined(overall), goals, indicators, joined(safeguards));
    }

    /** 保定市满城区: the city's name before a county's; a city's own departments (市本级) show the city. */
    static String regionName(String code) {
        return RegionCode.parse(code).map(region -> region.lineage().stream()
                .filter(level -> level.level() != RegionLevel.PROVINCE)
                .map(RegionCode::label).reduce("", String::concat)).orElse(code);
    }

    private static IndicatorRow indicator(Object[] row, int from) {
        return new IndicatorRow((String) row[from], (String) row[from + 1], (String) row[from + 2],
                (String) row[from + 3], (String) row[from + 4], (String) row[from + 5], (String) row[from + 6]);
    }

    private static SpendingPlan plan(Object[] row, int from) {
        if (row[from] == null && row[from + 1] == null && row[from + 2] == null && row[from + 3] == null) {
            return null;
        }
        return new SpendingPlan(share(row[from]), share(row[from + 1]), share(row[from + 2]), share(row[from + 3]));
    }

    private static BigDecimal share(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros();
    }

    private static String joined(List<String> texts) {
        return texts.isEmpty() ? null : String.join("\n", texts);
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(6, RoundingMode.UNNECESSARY);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Scope scope, String select) {
        Query query = entityManager.createNativeQuery(SHOWN + select)
                .setParameter(1, scope.regionPrefix()).setParameter(2, scope.departmentCode())
                .setParameter(3, scope.fiscalYear()).setParameter(4, scope.approvedOnly())
                .setParameter(5, scope.region());
        return query.getResultList();
    }

    /** The parameters of {@link #SHOWN}, bound to every query of one disclosure. */
    private record Scope(String regionPrefix, String region, String departmentCode, int fiscalYear,
            boolean approvedOnly) {
    }
}
