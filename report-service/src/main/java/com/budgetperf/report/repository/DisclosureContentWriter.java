package com.budgetperf.report.repository;

import java.sql.Types;
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

    /** The rows of the version in {@code facts} replace whatever an earlier version left (one batch per table). */
    public void replace(SubmissionFacts facts) {
        sql("""
                with goals as (delete from fact_project_goal where submission_id = ?1),
                    indicators as (delete from fact_department_indicator where submission_id = ?1),
                    department_goals as (delete from fact_department_goal where submission_id = ?1)
                delete from fact_department_target where submission_id = ?1""")
                .setParameter(1, facts.submissionId()).executeUpdate();
        RowBatch projectGoals = new RowBatch("""
                insert into fact_project_goal (submission_id, version, project_no, goal_no, goal)
                values (?, ?, ?, ?, ?)""", Types.OTHER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR);
        for (ProjectFact project : facts.projects()) {
            for (int g = 0; g < project.goals().size(); g++) {
                projectGoals.add(facts.submissionId(), facts.version(), project.projectNo(), g, project.goals().get(g));
            }
        }
        projectGoals.insert(entityManager);
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
        RowBatch goals = new RowBatch(
                "insert into fact_department_goal (submission_id, version, goal_no, goal) values (?, ?, ?, ?)",
                Types.OTHER, Types.INTEGER, Types.INTEGER, Types.VARCHAR);
        for (int g = 0; g < department.goals().size(); g++) {
            goals.add(facts.submissionId(), facts.version(), g, department.goals().get(g));
        }
        goals.insert(entityManager);
        RowBatch indicators = new RowBatch("""
                insert into fact_department_indicator (submission_id, version, indicator_no, level1, level2, name,
                    description, value_written, basis, scoring)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Types.OTHER, Types.INTEGER, Types.INTEGER, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR);
        for (DepartmentIndicatorFact indicator : department.indicators()) {
            indicators.add(facts.submissionId(), facts.version(), indicator.indicatorNo(), indicator.level1(),
                    indicator.level2(), indicator.name(), indicator.text().description(), indicator.text().valueWritten(),
                    indicator.text().basis(), indicator.text().scoring());
        }
        indicators.insert(entityManager);
    }

    /** Nullable values are bound with their type: PostgreSQL cannot infer the type of an untyped null. */
    private NativeQuery<?> sql(String statement) {
        return entityManager.createNativeQuery(statement).unwrap(NativeQuery.class);
    }
}
