package com.budgetperf.review;

import static com.budgetperf.review.ReviewCaseResourceTest.CASES;
import static com.budgetperf.review.ReviewCaseResourceTest.MANCHENG_REVIEWER;
import static com.budgetperf.review.ReviewCaseResourceTest.PATIENCE;
import static com.budgetperf.review.ReviewCaseResourceTest.casesOf;
import static com.budgetperf.review.ReviewCaseResourceTest.send;
import static com.budgetperf.review.ReviewCaseResourceTest.submitted;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.SharedPostgres;
import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.review.domain.AuditChain;
import com.budgetperf.review.domain.AuditCheckpoint;
import com.budgetperf.review.domain.AuditRecord;
import com.budgetperf.review.service.AuditCheckpoints;
import com.budgetperf.review.service.AuditLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The audit log holds up: the application's role may only insert and read it, a withdrawal stamped with nanoseconds
 * still verifies, return reasons and notes are in it, and the checkpoints published on budget.reviews reveal a table
 * rewritten inside the review database even when the rewrite re-hashed the case's chain.
 */
@QuarkusTest
class AuditIntegrityTest {

    static final String ADMIN = TestTokens.user("audit.admin").roles("admin").region("13").sign();
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditLog log;

    /** Opens a case; patient, as the first test may run before the consumer holds its partitions. */
    static String openCase() {
        UUID submissionId = UUID.randomUUID();
        send(submissionId, submitted(UUID.randomUUID().toString(), submissionId, 1));
        return await().atMost(Duration.ofMinutes(2)).until(() -> casesOf(MANCHENG_REVIEWER, submissionId).stream()
                .map(c -> (String) c.get("id")).findFirst().orElse(null), java.util.Objects::nonNull);
    }

    @Test
    void aWithdrawalStampedWithNanosecondsStillVerifies() {
        UUID submissionId = UUID.randomUUID();
        send(submissionId, submitted(UUID.randomUUID().toString(), submissionId, 1));
        String caseId = await().atMost(Duration.ofMinutes(2)).until(() -> casesOf(MANCHENG_REVIEWER, submissionId).stream()
                .map(c -> (String) c.get("id")).findFirst().orElse(null), java.util.Objects::nonNull);
        send(submissionId, """
                {"specversion":"1.0","id":"%s","source":"/budget/submission-service","type":"budget.submission.withdrawn.v1",
                 "time":"2025-01-11T08:00:00.123456789Z","subject":"%s",
                 "data":{"submissionId":"%s","version":1,"withdrawnAt":"2025-01-11T08:00:00.123456789Z","withdrawnBy":"county-system"}}"""
                .formatted(UUID.randomUUID(), submissionId, submissionId));
        await().atMost(PATIENCE).until(() -> "WITHDRAWN".equals(given().auth().oauth2(MANCHENG_REVIEWER)
                .when().get(CASES + "/" + caseId).then().extract().path("status")));
        List<AuditRecord> entries = log.entries(UUID.fromString(caseId));
        AuditRecord withdrawn = entries.get(entries.size() - 1);
        assertEquals("WITHDRAWN", withdrawn.action());
        assertEquals("2025-01-11T08:00:00.123456Z", withdrawn.at().toString(), "stored and hashed in microseconds");
        given().auth().oauth2(MANCHENG_REVIEWER).when().get(CASES + "/" + caseId + "/audit/verification")
                .then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void returnReasonsAndTheNoteOfADecisionAreAudited() throws Exception {
        String caseId = openCase();
        given().auth().oauth2(MANCHENG_REVIEWER).contentType(ContentType.JSON).body("""
                {"grade":"中","note":"请修改后重新报送",
                 "returnReasons":[{"code":"指标不量化","path":"/projects/0","text":"请量化“较好”"},
                                  {"code":"其他","path":"","text":"补充资金用途"}]}""")
                .post(CASES + "/" + caseId + "/decision").then().statusCode(200);
        AuditRecord decided = log.entries(UUID.fromString(caseId)).stream()
                .filter(entry -> entry.action().equals("DECIDED")).findFirst().orElseThrow();
        assertEquals("请修改后重新报送", decided.detail().get("note"));
        JsonNode reasons = JSON.readTree(decided.detail().get("returnReasons"));
        assertEquals(2, reasons.size());
        assertEquals("指标不量化", reasons.get(0).get("code").asText());
        assertEquals("/projects/0", reasons.get(0).get("path").asText());
        assertEquals("请量化“较好”", reasons.get(0).get("text").asText());
        assertEquals("其他", reasons.get(1).get("code").asText());
        given().auth().oauth2(MANCHENG_REVIEWER).when().get(CASES + "/" + caseId + "/audit/verification")
                .then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void theApplicationRoleMayOnlyInsertAndReadTheAuditLog() throws Exception {
        try (Connection owner = SharedPostgres.connect("review"); Statement statement = owner.createStatement()) {
            statement.execute("alter role review_app login password 'review_app_in_tests'");
        }
        String url = SharedPostgres.start().getJdbcUrl("review_app", "review");
        try (Connection app = DriverManager.getConnection(url, "review_app", "review_app_in_tests");
                Statement statement = app.createStatement()) {
            assertEquals("review_app", query(statement, "select current_user"));
            assertEquals("false", query(statement, "select rolsuper::text from pg_roles where rolname = current_user"));
            assertTrue(Long.parseLong(query(statement, "select count(*) from audit_entry")) >= 0, "reads the log");
            for (String table : List.of("audit_entry", "audit_checkpoint", "audit_checkpoint_head")) {
                assertEquals("true", query(statement, "select has_table_privilege('" + table + "', 'INSERT')::text"), table);
                assertEquals("true", query(statement, "select has_table_privilege('" + table + "', 'SELECT')::text"), table);
                for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE", "TRIGGER")) {
                    assertEquals("false", query(statement,
                            "select has_table_privilege('" + table + "', '" + privilege + "')::text"), table + " " + privilege);
                }
            }
            for (String attempt : List.of("truncate audit_entry", "update audit_entry set actor = 'x'",
                    "delete from audit_entry", "alter table audit_entry disable trigger audit_entry_append_only",
                    "alter table audit_entry owner to review_app", "drop table audit_entry",
                    "delete from audit_checkpoint_head", "truncate audit_checkpoint cascade")) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(attempt), attempt);
                assertEquals("42501", refused.getSQLState(), attempt + ": " + refused.getMessage());
            }
            // the working tables stay the application's
            for (String table : List.of("review_case", "review_comment", "outbox_event")) {
                assertEquals("true", query(statement, "select has_table_privilege('" + table + "', 'UPDATE')::text"), table);
            }
        }
    }

    @Test
    void aRewrittenTableNoLongerMatchesTheCheckpointsKeptOutsideTheReviewDatabase() throws Exception {
        String caseId = openCase();
        given().auth().oauth2(MANCHENG_REVIEWER).contentType(ContentType.JSON)
                .body("{\"path\":\"/projects/0\",\"text\":\"项目预算偏高\"}")
                .post(CASES + "/" + caseId + "/comments").then().statusCode(201);
        AuditCheckpoint checkpoint = checkpoints.publish().orElseThrow();
        assertTrue(checkpoint.heads().stream().anyMatch(head -> head.caseId().toString().equals(caseId)));
        assertTrue(checkpoints.publish().isEmpty(), "nothing grew since: no new checkpoint");
        var record = KafkaProbe.awaitRecord("budget.reviews", r -> r.value().contains("budget.review.audit-checkpoint.v1")
                && r.value().contains(checkpoint.digest()), PATIENCE);
        assertEquals("audit-checkpoint", record.key());
        JsonNode published = JSON.readTree(record.value()).get("data");
        assertEquals(checkpoint.seq(), published.get("seq").asLong());
        assertEquals(checkpoint.previousDigest(), published.get("previousDigest").asText());

        // what report-service keeps: every checkpoint's number and digest, as published
        List<Map<String, Object>> kept = new ArrayList<>();
        for (AuditCheckpoint each : checkpoints.all()) {
            kept.add(Map.of("seq", each.seq(), "digest", each.digest()));
        }
        verify(kept).then().statusCode(200).body("valid", equalTo(true));
        given().auth().oauth2(MANCHENG_REVIEWER).contentType(ContentType.JSON).body(kept)
                .post("/api/v1/audit/checkpoints/verification").then().statusCode(403);

        // someone with the owner's powers rewrites the first entry and re-hashes the case's chain
        rewriteChain(UUID.fromString(caseId));
        given().auth().oauth2(MANCHENG_REVIEWER).get(CASES + "/" + caseId + "/audit/verification")
                .then().statusCode(200).body("valid", equalTo(true)); // inside the database, nothing shows
        verify(kept).then().statusCode(200).body("valid", equalTo(false)).body("brokenAt", equalTo((int) checkpoint.seq()));

        // ... and the checkpoint tables too, so that they agree with the rewritten log again
        rewriteCheckpoints(UUID.fromString(caseId));
        String reason = verify(kept).then().statusCode(200).body("valid", equalTo(false))
                .extract().path("reason");
        assertTrue(reason.contains("审核库外"), reason);
        // without the digests kept outside, the rewrite would pass
        verify(List.of()).then().statusCode(200).body("valid", equalTo(true));
    }

    static io.restassured.response.Response verify(List<Map<String, Object>> kept) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(kept)
                .post("/api/v1/audit/checkpoints/verification");
    }

    static String query(Statement statement, String sql) throws SQLException {
        try (var result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    /** Changes the first entry's actor and recomputes every hash of the case's chain, as a careful forger would. */
    void rewriteChain(UUID caseId) throws SQLException {
        List<AuditRecord> entries = log.entries(caseId);
        try (Connection owner = SharedPostgres.connect("review"); Statement statement = owner.createStatement()) {
            statement.execute("set session_replication_role = replica"); // triggers off for this session
            String previous = AuditChain.GENESIS;
            for (AuditRecord entry : entries) {
                String actor = entry.seq() == 1 ? "someone-else" : entry.actor();
                String hash = AuditChain.hash(previous, caseId, entry.seq(), entry.at(), actor, entry.action(),
                        entry.fromVersion(), entry.detail());
                try (PreparedStatement update = owner.prepareStatement(
                        "update audit_entry set actor = ?, previous_hash = ?, hash = ? where case_id = ? and seq = ?")) {
                    update.setString(1, actor);
                    update.setString(2, previous);
                    update.setString(3, hash);
                    update.setObject(4, caseId);
                    update.setInt(5, entry.seq());
                    assertEquals(1, update.executeUpdate());
                }
                previous = hash;
            }
        }
    }

    /** Makes the checkpoint tables agree with the rewritten log: heads and every digest recomputed. */
    void rewriteCheckpoints(UUID caseId) throws SQLException {
        try (Connection owner = SharedPostgres.connect("review"); Statement statement = owner.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.execute("update audit_checkpoint_head h set head_hash = e.hash from audit_entry e "
                    + "where e.case_id = h.case_id and e.seq = h.head_seq and h.case_id = '" + caseId + "'");
        }
        String previous = AuditChain.GENESIS;
        try (Connection owner = SharedPostgres.connect("review"); Statement statement = owner.createStatement()) {
            statement.execute("set session_replication_role = replica");
            for (AuditCheckpoint stored : checkpoints.all()) {
                String digest = AuditCheckpoint.digest(previous, stored.heads());
                try (PreparedStatement update = owner.prepareStatement(
                        "update audit_checkpoint set previous_digest = ?, digest = ? where seq = ?")) {
                    update.setString(1, previous);
                    update.setString(2, digest);
                    update.setLong(3, stored.seq());
                    update.executeUpdate();
                }
                previous = digest;
            }
        }
        List<AuditCheckpoint> forged = checkpoints.all();
        assertFalse(forged.isEmpty());
        forged.forEach(each -> assertTrue(each.consistent(), "the forged tables are self-consistent"));
        assertNotNull(forged.get(forged.size() - 1).digest());
    }
}
