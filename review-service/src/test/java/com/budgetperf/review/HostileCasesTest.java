package com.budgetperf.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The named hostile cases of the reviewers' API: nulls in lists, over-long names and texts, page overflow. */
@QuarkusTest
class HostileCasesTest {

    static final String REVIEWER = TestTokens.user("li.si").roles("reviewer").region("130607").sign();
    static final String PROBLEM = "application/problem+json";

    @Test
    void nullsInListsAreRefusedWithTheirPointer() {
        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON).body("{\"caseIds\":[null]}")
                .when().post("/api/v1/review-cases/bulk-approval")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/caseIds/0"));
        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON).body("{\"grade\":\"中\",\"returnReasons\":[null]}")
                .when().post("/api/v1/review-cases/" + UUID.randomUUID() + "/decision")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/returnReasons/0"));
    }

    @Test
    void usernamesOverOneHundredCharactersAreRefused() {
        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON).body("{\"assignee\":\"" + "u".repeat(101) + "\"}")
                .when().post("/api/v1/review-cases/" + UUID.randomUUID() + "/assign")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/assignee"));
        String longName = TestTokens.user("r".repeat(101)).roles("reviewer").region("130607").sign();
        given().auth().oauth2(longName).when().post("/api/v1/review-cases/" + UUID.randomUUID() + "/claim")
                .then().statusCode(422).contentType(PROBLEM).body("code", equalTo("CALLER_NAME_INVALID"));
    }

    @Test
    void pageTimesSizeCannotOverflow() {
        given().auth().oauth2(REVIEWER).when().get("/api/v1/review-cases?page=2147483647&size=200")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/page"));
        // the web queue keeps paging in range instead of refusing it (QueueQuery.keptInRange): a page, never an error
        given().auth().oauth2(REVIEWER).accept("text/html").when().get("/ui/cases?page=2147483647&size=200")
                .then().statusCode(200);
    }

    @Test
    void aNulInACommentIsRefusedWithItsPointer() {
        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON).body("{\"path\":\"\",\"text\":\"意见\\u0000\"}")
                .when().post("/api/v1/review-cases/" + UUID.randomUUID() + "/comments")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/text"));
    }
}
