package com.budgetperf.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.fixture.CaseRules;
import com.budgetperf.platform.testing.fixture.repository.CaseQueries;
import com.budgetperf.platform.testing.fixture.rest.CasesResource;
import com.budgetperf.platform.testing.fixture.rest.ui.CasesPage;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

/** The walls find what they are about, on fixture classes made to break them, and nothing else. */
class ArchitectureRulesTests {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importClasses(CaseRules.class, CaseQueries.class, CasesResource.class, CasesPage.class);

    @Test
    void sqlTextIsFoundOutsideTheRepositoryOnly() {
        EvaluationResult result = ArchitectureRules.NO_SQL_OUTSIDE_REPOSITORY.evaluate(FIXTURES);
        List<String> violations = result.getFailureReport().getDetails();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains(CaseRules.class.getName()), violations.toString());
        assertTrue(violations.get(0).contains("update"), violations.toString());
    }

    @Test
    void statementsAreRecognisedAndProseIsNot() {
        for (String sql : List.of("select a, b from t", "insert into t values (1)", "delete from t where x",
                "lock table a, b in exclusive mode", "update \u0001 set a = 1", "rollback to savepoint rebuild_record",
                "with c as (select 1)", "create index i on t (a)")) {
            assertTrue(SqlText.STATEMENT.matcher(sql).find(), sql);
        }
        for (String prose : List.of("请选择审核阶段：select the stage", "updated at", "deleted", "from 2025 on")) {
            assertFalse(SqlText.STATEMENT.matcher(prose).find(), prose);
        }
    }

    @Test
    void aUiPageCallingARestResourceIsFound() {
        EvaluationResult result = ArchitectureRules.UI_DOES_NOT_CALL_REST_RESOURCES.evaluate(FIXTURES);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().getDetails().stream().allMatch(d -> d.contains(CasesPage.class.getName())),
                result.getFailureReport().getDetails().toString());
    }
}
