package com.budgetperf.report.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import com.budgetperf.report.projection.SubmissionFacts;
import com.budgetperf.report.projection.SubmissionFacts.DepartmentIndicatorFact;
import com.budgetperf.report.projection.SubmissionFacts.DepartmentTarget;
import com.budgetperf.report.projection.SubmissionFacts.ProjectFact;

/**
 * Writes what the disclosure publishes beyond the facts the cube counts (V160): each project's 绩效目标 lines and the
 * 部门整体绩效目标 — 总体绩效目标, 工作保障措施, 分项绩效目标 and the department-wide indicator grid. Called by
 * {@link ReadModelWriter} when the submission fact takes a version, so these rows always belong to the version held.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DisclosureContentWriter {

    /** The tables written here, for the rebuild that empties them. */
    public static final List<String> TABLES = List.of("fact_project_goal", "fact_department_indicator",
            "fact_department_goal", "fact_department_target");

    private final EntityManager entityManager;

    public DisclosureContentWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The rows of the version in {@code facts} replace whatever an earlier version left. */
    public void replace(SubmissionFacts facts) {
        for (String table : TABLES) {
            sql("delete from " + table + " where submission_id = ?1").setParameter(1, facts.submissionId()).executeUpdate();
        }
        for (ProjectFact project : facts.projects()) {
            for (int g = 0; g < project.goals().size(); g++) {
                sql("""
                        insert into fact_project_goal (submission_id, version, project_no, goal_no, goal)
                        values (?1, ?2, ?3, ?4, ?5)""")
                        .setParameter(1, facts.submissionId())
                        .setParameter(2, facts.version())
                        .setParameter(3, project.projectNo())
                        .setParameter(4, g)
                        .setParameter(5, project.goals().get(g))
                        .executeUpdate();
            }
        }
        DepartmentTarget department = facts.department();
        if (department == null || department.isEmpty()) {
            return;
        }
        sql("""
                insert into fact_department_target (submission_id, version, overall_goal, safeguards)
                values (?1, ?2, ?3, ?4)""")
                .setParameter(1, facts.submissionId())
                .setParameter(2, facts.version())
                .setParameter(3, department.overallGoal(), String.class)
                .setParameter(4, department.safeguards(), String.class)
                .executeUpdate();
        for (int g = 0; g < department.goals().size(); g++) {
            sql("insert into fact_department_goal (submission_id, version, goal_no, goal) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, facts.submissionId())
                    .setParameter(2, facts.version())
                    .setParameter(3, g)
                    .setParameter(4, department.goals().get(g))
                    .executeUpdate();
        }
        for (DepartmentIndicatorFact indicator : department.indicators()) {
            sql("""
                    insert into fact_department_indicator (submission_id, version, indicator_no, level1, level2, name,
                        description, value_written, basis, scoring)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                    .setParameter(1, facts.submissionId())
                    .setParameter(2, facts.version())
                    .setParameter(3, indicator.indicatorNo())
                    .setParameter(4, indicator.level1(), String.class)
                    .setParameter(5, indicator.level2(), String.class)
                    .setParameter(6, indicator.name(), String.class)
                    .setParameter(7, indicator.text().description(), String.class)
                    .setParameter(8, indicator.text().valueWritten(), String.class)
                    .setParameter(9, indicator.text().basis(), String.class)
                    .setParameter(10, indicator.text().scoring(), String.class)
                    .executeUpdate();
        }
    }

    /** Nullable values are bound with their type: PostgreSQL cannot infer the type of an untyped null. */
    private NativeQuery<?> sql(String statement) {
        return entityManager.createNativeQuery(statement).unwrap(NativeQuery.class);
    }
}
