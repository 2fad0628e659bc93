package com.budgetperf.review;

import static com.budgetperf.review.ReviewUiTest.MANCHENG;
import static com.budgetperf.review.ReviewUiTest.as;
import static com.budgetperf.review.ReviewUiTest.openCase;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A county's reply to a reviewer's comment arrives as {@code budget.submission.comment-replied.v1} (through the
 * platform's consumer skeleton): kept once per reply however often it is delivered, shown under the comment it quotes
 * in the case's API answer and on the case page; a reply from another source or naming another region changes nothing.
 */
@QuarkusTest
class CountyReplyTest {

    static String replied(String eventId, String source, UUID replyId, String submissionId, String region, String path,
            String comment, String text) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"budget.submission.comment-replied.v1",
                 "time":"2026-03-04T08:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"replyId":"%s","submissionId":"%s","fiscalYear":2025,"regionCode":"%s","departmentCode":"356001",
                         "submissionVersion":1,"comment":{"stage":"COUNTY_FINANCE","path":"%s","text":"%s"},
                         "text":"%s","repliedBy":"mancheng.clerk","repliedAt":"2026-03-04T08:00:00Z"}}"""
                .formatted(eventId, source, submissionId, replyId, submissionId, region, path, comment, text);
    }

    static JsonPath reviewCase(String caseId) {
        return given().auth().oauth2(MANCHENG).get("/api/v1/review-cases/" + caseId).then().statusCode(200).extract()
                .jsonPath();
    }

    @SuppressWarnings("unchecked")
    static List<String> replies(String caseId, String path) {
        List<Map<String, Object>> comments = reviewCase(caseId).getList("comments");
        return comments.stream().filter(c -> path.equals(c.get("path")))
                .flatMap(c -> ((List<Map<String, Object>>) c.get("replies")).stream()).map(r -> (String) r.get("text"))
                .toList();
    }

    @Test
    void aReplyIsKeptOnceUnderTheQuotedCommentAndShownOnTheCasePage() {
        String caseId = openCase("满城区人社局（答复）");
        String submissionId = reviewCase(caseId).getString("submissionId");
        String row = "/projects/0/indicators/1";
        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON)
                .body("{\"path\":\"" + row + "\",\"text\":\"指标值“较好”无法考核，请量化\"}")
                .post("/api/v1/review-cases/" + caseId + "/comments").then().statusCode(201);
        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON).body("{\"path\":\"\",\"text\":\"整体意见\"}")
                .post("/api/v1/review-cases/" + caseId + "/comments").then().statusCode(201);

        // refused first (same key, so read in order before the valid one): another source, another county
        KafkaProbe.send("budget.submissions", submissionId, replied(UUID.randomUUID().toString(), "/budget/report-service",
                UUID.randomUUID(), submissionId, "130607", row, "指标值“较好”无法考核，请量化", "冒充的答复"));
        KafkaProbe.send("budget.submissions", submissionId, replied(UUID.randomUUID().toString(),
                "/budget/submission-service", UUID.randomUUID(), submissionId, "130606", row, "指标值“较好”无法考核，请量化",
                "别的县区的答复"));
        UUID replyId = UUID.randomUUID();
        String event = replied(UUID.randomUUID().toString(), "/budget/submission-service", replyId, submissionId,
                "130607", row, "指标值“较好”无法考核，请量化", "已改为补贴发放准确率≥98%");
        KafkaProbe.send("budget.submissions", submissionId, event);
        KafkaProbe.send("budget.submissions", submissionId, event); // redelivered: applied once
        // the same reply in an event of its own id (the outbox relayed it twice): still one reply
        KafkaProbe.send("budget.submissions", submissionId, replied(UUID.randomUUID().toString(),
                "/budget/submission-service", replyId, submissionId, "130607", row, "指标值“较好”无法考核，请量化",
                "已改为补贴发放准确率≥98%"));
        // a reply whose quoted comment is not on the case is kept under the last comment of the stage at that place
        KafkaProbe.send("budget.submissions", submissionId, replied(UUID.randomUUID().toString(),
                "/budget/submission-service", UUID.randomUUID(), submissionId, "130607", "", "已删改的意见", "整体目标已补充"));
        await().atMost(Duration.ofSeconds(30)).until(() -> replies(caseId, "").contains("整体目标已补充"));

        assertEquals(List.of("已改为补贴发放准确率≥98%"), replies(caseId, row));
        String html = as(MANCHENG).get("/ui/cases/" + caseId).then().statusCode(200).extract().asString();
        String commented = ReviewUiTest.row(html, "projects-0-indicators-1");
        assertTrue(commented.contains("县区答复") && commented.contains("已改为补贴发放准确率≥98%"), commented);
        assertTrue(commented.contains("mancheng.clerk"), "who replied");
        assertTrue(html.contains("整体目标已补充"));
        assertFalse(html.contains("冒充的答复"), "another source is not trusted");
        assertFalse(html.contains("别的县区的答复"), "a reply naming another region changes nothing");
    }

    @Test
    void aReplyAboutAVersionWithoutACaseChangesNothing() {
        String caseId = openCase("满城区人社局（无案件的答复）");
        String other = UUID.randomUUID().toString();
        KafkaProbe.send("budget.submissions", other, replied(UUID.randomUUID().toString(), "/budget/submission-service",
                UUID.randomUUID(), other, "130607", "", "无", "没有案件的答复"));
        String submissionId = reviewCase(caseId).getString("submissionId");
        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON).body("{\"path\":\"\",\"text\":\"请说明\"}")
                .post("/api/v1/review-cases/" + caseId + "/comments").then().statusCode(201);
        KafkaProbe.send("budget.submissions", submissionId, replied(UUID.randomUUID().toString(),
                "/budget/submission-service", UUID.randomUUID(), submissionId, "130607", "", "请说明", "已说明"));
        await().atMost(Duration.ofSeconds(30)).until(() -> replies(caseId, "").contains("已说明"));
        assertEquals(List.of("已说明"), replies(caseId, ""));
    }
}
