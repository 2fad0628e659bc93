package com.budgetperf.report;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * report-service keeps the review audit log's checkpoints as published on budget.reviews: the first digest of a
 * checkpoint stays, a second publication with another digest is flagged, and a checkpoint that does not chain to
 * the digest kept before it breaks the chain. That is what review-service's verification is checked against.
 */
@QuarkusTest
class AuditCheckpointArchiveTest {

    static final String ADMIN = TestTokens.user("platform.admin").roles("admin").region("13").sign();
    static final String ANALYST = TestTokens.user("city.analyst").roles("analyst").region("1306").sign();
    static final String GENESIS = "0".repeat(64);
    static final ObjectMapper JSON = new ObjectMapper();

    static String digest(char c) {
        return String.valueOf(c).repeat(64);
    }

    static void publish(long seq, String previousDigest, String digest) {
        ObjectNode data = JSON.createObjectNode().put("seq", seq).put("at", "2026-01-05T08:00:00.123456Z")
                .put("previousDigest", previousDigest).put("digest", digest).put("heads", 3);
        KafkaProbe.send("budget.reviews", "audit-checkpoint", ReportEvents.envelope(UUID.randomUUID().toString(),
                "budget.review.audit-checkpoint.v1", "/budget/review-service", data));
    }

    static List<Map<String, Object>> kept() {
        return given().auth().oauth2(ADMIN).get("/api/v1/audit-checkpoints").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    static Map<String, Object> kept(long seq) {
        return kept().stream().filter(c -> ((Number) c.get("seq")).longValue() == seq).findFirst().orElse(null);
    }

    @Test
    void checkpointsAreKeptAsFirstPublishedAndARewrittenHistoryIsFlagged() {
        publish(1, GENESIS, digest('a'));
        publish(2, digest('a'), digest('b'));
        await().atMost(Duration.ofSeconds(30)).until(() -> kept(2) != null);
        Map<String, Object> first = kept(1);
        assertEquals(digest('a'), first.get("digest"));
        assertEquals(GENESIS, first.get("previousDigest"));
        assertEquals(3, first.get("heads"));
        assertFalse((Boolean) kept(2).get("chainBroken"));
        assertNull(kept(2).get("conflictingDigest"));

        // the review database rewritten, checkpoint 2 published again: the first digest stays, the other is flagged
        publish(2, digest('a'), digest('c'));
        await().atMost(Duration.ofSeconds(30)).until(() -> kept(2).get("conflictingDigest") != null);
        assertEquals(digest('b'), kept(2).get("digest"));
        assertEquals(digest('c'), kept(2).get("conflictingDigest"));

        // a next checkpoint that does not follow from the kept digest of its predecessor
        publish(3, digest('c'), digest('d'));
        await().atMost(Duration.ofSeconds(30)).until(() -> kept(3) != null);
        assertTrue((Boolean) kept(3).get("chainBroken"));

        given().auth().oauth2(ANALYST).get("/api/v1/audit-checkpoints").then().statusCode(403);
        given().get("/api/v1/audit-checkpoints").then().statusCode(401);
    }
}
