package com.budgetperf.submission;

import static com.budgetperf.submission.ClerkUiTest.CLERK;
import static com.budgetperf.submission.ClerkUiTest.as;
import static com.budgetperf.submission.ClerkUiTest.post;
import static com.budgetperf.submission.ClerkUiTest.status;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Cross-site request forgery on the clerks' pages: every form that changes something carries the token of the CSRF
 * cookie; a post from another origin is refused with 403 before anything happens (the platform's OriginCheck), a
 * post without the token with the platform's page in Chinese, and nothing changes.
 */
@QuarkusTest
class ClerkUiCsrfTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TestHTTPResource("/")
    java.net.URL root;

    String ownOrigin() {
        return root.getProtocol() + "://" + root.getHost() + ":" + root.getPort();
    }

    @Test
    void everyPostFormCarriesTheTokenOfTheCookie() {
        String id = ClerkUiTest.returnedWithComment("请量化（CSRF 表单）");
        for (String page : new String[] {"/ui/submissions", "/ui/submissions/" + id, "/ui/submissions/" + id + "/versions/1"}) {
            Response response = as(CLERK).get(page);
            response.then().statusCode(200);
            String cookie = response.getCookie("csrf-token");
            assertTrue(cookie != null && cookie.length() >= 16, "CSRF cookie: " + cookie);
            Matcher forms = Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                    .matcher(response.asString());
            int count = 0;
            while (forms.find()) {
                count++;
                assertTrue(forms.group(1).contains("name=\"csrf-token\" value=\"" + cookie + "\""), forms.group());
            }
            assertTrue(count >= 1, page + ": its forms");
        }
    }

    @Test
    void aCrossOriginPostIsRefusedWith403AndChangesNothing() {
        String id = post(SubmissionDocuments.body("130607", SubmissionDocuments.departmentCode(), "稳就业"));
        String csrf = as(CLERK).get("/ui/submissions/" + id).then().statusCode(200).extract().cookie("csrf-token");
        as(CLERK).header("Origin", "https://evil.example.com").cookie("csrf-token", csrf)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .post("/ui/submissions/" + id + "/submit").then().statusCode(403).body(containsString("请求来自其他网站"));
        as(CLERK).header("Referer", "https://evil.example.com/phish.html").cookie("csrf-token", csrf)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .post("/ui/submissions/" + id + "/withdraw").then().statusCode(403);
        byte[] form = as(CLERK).get("/ui/submissions/" + id + "/form").then().statusCode(200).extract().asByteArray();
        as(CLERK).header("Origin", "null").cookie("csrf-token", csrf).contentType("multipart/form-data")
                .multiPart("csrf-token", csrf).multiPart("file", "form.xlsx", form, XLSX)
                .post("/ui/forms").then().statusCode(403);
        assertEquals("DRAFT", status(id));
        ClerkUiTest.versionOf(id, 1);
    }

    @Test
    void aSameOriginPostWithoutTheTokenOrWithAnotherTokenIsRefused() {
        String id = post(SubmissionDocuments.body("130607", SubmissionDocuments.departmentCode(), "稳就业"));
        String csrf = as(CLERK).get("/ui/submissions/" + id).then().statusCode(200).extract().cookie("csrf-token");
        as(CLERK).header("Origin", ownOrigin()).contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post("/ui/submissions/" + id + "/submit").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("页面已过期，未提交"));
        as(CLERK).header("Origin", ownOrigin()).cookie("csrf-token", csrf).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA").post("/ui/submissions/" + id + "/withdraw")
                .then().statusCode(anyOf(equalTo(400), equalTo(403)));
        as(CLERK).header("Origin", ownOrigin()).cookie("csrf-token", csrf).contentType("text/plain")
                .body("csrf-token=" + csrf).post("/ui/submissions/" + id + "/submit")
                .then().statusCode(anyOf(equalTo(400), equalTo(415)));
        byte[] form = as(CLERK).get("/ui/submissions/" + id + "/form").then().statusCode(200).extract().asByteArray();
        as(CLERK).header("Origin", ownOrigin()).cookie("csrf-token", csrf).contentType("multipart/form-data")
                .multiPart("file", "form.xlsx", form, XLSX).post("/ui/forms").then().statusCode(400)
                .body(containsString("页面已过期，未提交"));
        assertEquals("DRAFT", status(id));
        ClerkUiTest.versionOf(id, 1);
    }

    @Test
    void theClerksOwnFormsAreAccepted() {
        String id = post(SubmissionDocuments.body("130607", SubmissionDocuments.departmentCode(), "稳就业"));
        String csrf = as(CLERK).get("/ui/submissions/" + id).then().statusCode(200).extract().cookie("csrf-token");
        as(CLERK).header("Origin", ownOrigin()).cookie("csrf-token", csrf).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).post("/ui/submissions/" + id + "/submit").then().statusCode(303);
        assertEquals("SUBMITTED", status(id));
    }
}
