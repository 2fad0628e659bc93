package com.budgetperf.review;

import static com.budgetperf.review.ReviewUiTest.MANCHENG;
import static com.budgetperf.review.ReviewUiTest.as;
import static com.budgetperf.review.ReviewUiTest.openCase;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.web.OriginCheck;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Cross-site request forgery on the reviewers' UI: every form carries the token of the CSRF cookie, a post from
 * another origin is refused with 403 before anything happens, a post without the token is refused too, and the
 * case is claimed only by the reviewer's own form.
 */
@QuarkusTest
class ReviewUiCsrfTest {

    @TestHTTPResource("/")
    java.net.URL root;

    String ownOrigin() {
        return root.getProtocol() + "://" + root.getHost() + ":" + root.getPort();
    }

    static String assignee(String caseId) {
        return given().auth().oauth2(MANCHENG).get("/api/v1/review-cases/" + caseId).then().statusCode(200)
                .extract().jsonPath().getString("assignee");
    }

    @Test
    void everyFormCarriesTheTokenOfTheCookieAndHtmxSendsItAsAHeader() {
        String caseId = openCase("满城区人社局（CSRF 表单）");
        Response page = as(MANCHENG).get("/ui/cases/" + caseId);
        page.then().statusCode(200);
        String cookie = page.getCookie("csrf-token");
        assertTrue(cookie != null && cookie.length() >= 16, "CSRF cookie: " + cookie);
        String html = page.asString();
        Matcher forms = Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(html);
        int count = 0;
        while (forms.find()) {
            count++;
            assertTrue(forms.group(1).contains("name=\"csrf-token\" value=\"" + cookie + "\""), forms.group());
        }
        assertTrue(count >= 3, "claim, comment and decision forms: " + count);
        assertTrue(html.contains("hx-headers='{\"X-CSRF-TOKEN\": \"" + cookie + "\"}'"), "htmx sends the token header");
    }

    @Test
    void aCrossOriginPostIsRefusedWith403AndChangesNothing() {
        String caseId = openCase("满城区人社局（CSRF 跨站）");
        String csrf = as(MANCHENG).get("/ui/cases/" + caseId).then().statusCode(200).extract().cookie("csrf-token");
        // even with a valid token pair (which another site cannot read), another Origin is refused
        as(MANCHENG).header("Origin", "https://evil.example.com").cookie("csrf-token", csrf)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .post("/ui/cases/" + caseId + "/claim").then().statusCode(403)
                .body(containsString("请求来自其他网站"));
        as(MANCHENG).header("Referer", "https://evil.example.com/phish.html").cookie("csrf-token", csrf)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("grade", "差").post("/ui/cases/" + caseId + "/decision").then().statusCode(403);
        as(MANCHENG).header("Origin", "null").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).cookie("csrf-token", csrf)
                .post("/ui/cases/" + caseId + "/claim").then().statusCode(403);
        assertEquals(null, assignee(caseId));
        given().auth().oauth2(MANCHENG).get("/api/v1/review-cases/" + caseId).then().body("status", equalTo("OPEN"));
    }

    @Test
    void aSameOriginPostWithoutTheTokenOrWithAnotherTokenIsRefused() {
        String caseId = openCase("满城区人社局（CSRF 无令牌）");
        String csrf = as(MANCHENG).get("/ui/cases/" + caseId).then().statusCode(200).extract().cookie("csrf-token");
        as(MANCHENG).header("Origin", ownOrigin()).contentType("application/x-www-form-urlencoded")
                .formParam("x", "1").post("/ui/cases/" + caseId + "/claim").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("页面已过期，未提交"));
        as(MANCHENG).header("Origin", ownOrigin()).cookie("csrf-token", csrf).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA").post("/ui/cases/" + caseId + "/claim")
                .then().statusCode(anyOf(equalTo(400), equalTo(403)));
        // text/plain would skip the form token: the UI's posts accept form data only
        as(MANCHENG).header("Origin", ownOrigin()).cookie("csrf-token", csrf).contentType("text/plain")
                .body("csrf-token=" + csrf).post("/ui/cases/" + caseId + "/claim")
                .then().statusCode(anyOf(equalTo(400), equalTo(415)));
        given().auth().oauth2(MANCHENG).get("/api/v1/review-cases/" + caseId).then().body("assignee", nullValue());
    }

    @Test
    void theReviewersOwnFormAndHtmxPostsAreAccepted() {
        String caseId = openCase("满城区人社局（CSRF 本站）");
        String csrf = as(MANCHENG).get("/ui/cases/" + caseId).then().statusCode(200).extract().cookie("csrf-token");
        int status = as(MANCHENG).header("Origin", ownOrigin()).cookie("csrf-token", csrf)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .post("/ui/cases/" + caseId + "/claim").then().extract().statusCode();
        assertTrue(status == 303 || status == 200, "claimed: " + status);
        assertEquals("li.si", assignee(caseId));
        // htmx: the token in the X-CSRF-TOKEN header, same origin
        String fragment = as(MANCHENG).header("HX-Request", "true").header("Origin", ownOrigin())
                .header("X-CSRF-TOKEN", csrf).cookie("csrf-token", csrf)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("path", "").formParam("text", "同源提交的意见")
                .post("/ui/cases/" + caseId + "/comments").then().statusCode(200).extract().asString();
        assertTrue(fragment.contains("同源提交的意见"), fragment);
        assertFalse(fragment.contains("<html"), "a fragment for htmx");
    }

    @Test
    void theOriginComparisonUsesHostAndPort() {
        assertTrue(OriginCheck.sameSite("http://localhost:8083", "localhost:8083"));
        assertTrue(OriginCheck.sameSite("https://budget.czt.hebei.gov.cn",
                "budget.czt.hebei.gov.cn"));
        assertTrue(OriginCheck.sameSite("https://budget.czt.hebei.gov.cn/ui/cases/1",
                "BUDGET.czt.hebei.gov.cn"));
        assertFalse(OriginCheck.sameSite("http://localhost:8084", "localhost:8083"));
        assertFalse(OriginCheck.sameSite("https://budget.czt.hebei.gov.cn.evil.com",
                "budget.czt.hebei.gov.cn"));
        assertFalse(OriginCheck.sameSite("null", "localhost:8083"));
    }
}
