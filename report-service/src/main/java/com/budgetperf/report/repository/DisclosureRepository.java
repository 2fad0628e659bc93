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

import com.budgetperf.report.domain.Disclosure;

/**
 * Reads a department's projects and indicators (latest submission versions) inside a region prefix. A department is
 * (region, code): department codes repeat across counties. A withdrawn submission is not disclosed.
 */
@ApplicationScoped
public class DisclosureRepository {

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
    @SuppressWarnings("unchecked")
    public Optional<Disclosure> find(String regionPrefix, String departmentRegion, String departmentCode, int fiscalYear,
            boolean approvedOnly) {
        List<Object[]> projects = entityManager.createNativeQuery("""
                select s.submission_id::text, p.project_no, p.project_code, p.project_name, p.classified, p.budget_total,
                       p.budget_fiscal, p.budget_other, s.department_name, s.region_code
                from fact_project p join fact_submission s on s.submission_id = p.submission_id
                where s.region_code like ?1 || '%' and s.department_code = ?2 and s.fiscal_year = ?3
                  and (not ?4 or s.final_approved) and s.region_code = ?5 and s.review_status <> 'WITHDRAWN'
                order by s.submitted_at, s.submission_id, p.project_no""")
                .setParameter(1, regionPrefix).setParameter(2, departmentCode).setParameter(3, fiscalYear)
                .setParameter(4, approvedOnly).setParameter(5, departmentRegion)
                .getResultList();
        if (projects.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> indicators = entityManager.createNativeQuery("""
                select s.submission_id::text, i.project_no, i.level1, i.level2, i.name, i.value_raw
                from fact_indicator i join fact_submission s on s.submission_id = i.submission_id
                where s.region_code like ?1 || '%' and s.department_code = ?2 and s.fiscal_year = ?3 and s.region_code = ?4
                  and s.review_status <> 'WITHDRAWN'
                order by i.project_no, i.indicator_no""")
                .setParameter(1, regionPrefix).setParameter(2, departmentCode).setParameter(3, fiscalYear)
                .setParameter(4, departmentRegion)
                .getResultList();
        Map<String, List<Disclosure.IndicatorRow>> byProject = new LinkedHashMap<>();
        for (Object[] row : indicators) {
            byProject.computeIfAbsent(row[0] + "/" + row[1], key -> new ArrayList<>())
                    .add(new Disclosure.IndicatorRow((String) row[2], (String) row[3], (String) row[4], (String) row[5]));
        }
        List<Disclosure.ProjectTable> tables = new ArrayList<>();
        for (Object[] row : projects) {
            tables.add(new Disclosure.ProjectTable((String) row[2], (String) row[3], Boolean.TRUE.equals(row[4]),
                    money(row[5]), money(row[6]), money(row[7]),
                    List.copyOf(byProject.getOrDefault(row[0] + "/" + row[1], List.of()))));
        }
        Object[] first = projects.get(0);
        return Optional.of(new Disclosure(departmentCode, (String) first[8], (String) first[9], fiscalYear, List.copyOf(tables)));
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(6, RoundingMode.UNNECESSARY);
    }
}
