package com.budgetperf.local;

import static com.budgetperf.local.ReviewUiIT.browser;
import static com.budgetperf.local.ReviewUiIT.fullPageScreenshot;
import static com.budgetperf.local.ReviewUiIT.logIn;
import static com.budgetperf.local.ReviewUiIT.page;
import static com.budgetperf.local.ReviewUiIT.seeText;
import static com.budgetperf.local.ReviewUiIT.signedOut;
import static com.budgetperf.local.ReviewUiIT.wait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The county clerks' pages in headless Chromium against the real stack (the browser, login and screenshots of
 * {@link ReviewUiIT}): the county's finance system posts a seed-derived submission and the county reviewer returns it
 * with a comment; 满城区's clerk logs in through Keycloak, sees the region's submissions by name, opens the version with
 * the machine findings and the comment on their rows, replies to the comment (review-service shows the reply under
 * it), withdraws the submission and, once a new version is in, submits it. Screenshots {@code clerk-*.png} go to
 * {@code target/screenshots/}.
 */
class ClerkUiIT {

    static final String DEPARTMENT = "保定市满城区人力资源和社会保障局";

    @BeforeAll
    static void start() throws Exception {
        ReviewUiIT.start();
    }

    @AfterAll
    static void stop() {
        ReviewUiIT.stop();
    }

    @Test
    void clerkLogsInReadsTheFindingsRepliesWithdrawsAndSubmits() throws Exception {
        LocalStack stack = SharedStack.get();
        StackClient county = StackClient.countySystem("county-130607", "county-130607-secret");
        StackClient reviewer = StackClient.person("mancheng.reviewer", "demo");

        // the county's finance system posts the published 满城区人社局 table (first three projects) for 2028, submits
        ObjectNode body = (ObjectNode) StackClient.JSON.readTree(
                stack.root().resolve("deploy/local/demo/001-130607-356001.json").toFile());
        body.put("fiscalYear", 2028);
        ArrayNode projects = body.withArray("/document/projects");
        while (projects.size() > 3) {
            projects.remove(projects.size() - 1);
        }
        StackClient.Answer posted = county.post(8082, "/api/v1/submissions", body.toString());
        assertEquals(201, posted.status(), posted.body().toString());
        String id = posted.body().get("id").asText();
        int version = posted.body().get("version").asInt();
        assertEquals(200, county.post(8082, "/api/v1/submissions/" + id + "/submit", null).status());

        // the county reviewer returns it with a comment on the first indicator
        String caseId = LocalStackIT.await("the county case",
                () -> LocalStackIT.caseOf(reviewer, id, version, "COUNTY_FINANCE")).get("id").asText();
        assertEquals(200, reviewer.post(8083, "/api/v1/review-cases/" + caseId + "/claim", null).status());
        String comment = "代缴人数应与残联名册核对，请注明依据";
        assertEquals(201, reviewer.post(8083, "/api/v1/review-cases/" + caseId + "/comments",
                "{\"path\":\"/projects/0/indicators/0\",\"text\":\"" + comment + "\"}").status());
        StackClient.Answer returned = reviewer.post(8083, "/api/v1/review-cases/" + caseId + "/decision", """
                {"grade":"中","returnReasons":[{"code":"指标值偏低","path":"/projects/0/indicators/0","text":"请参照上年实际"}],
                 "note":"请修改后重新报送"}""");
        assertEquals(200, returned.status(), returned.body().toString());
        LocalStackIT.awaitTrue("RETURNED at the county", () -> "RETURNED".equals(LocalStackIT.status(county, id)));

        // 1. the clerk's pages send the browser to Keycloak; 满城区's clerk logs in and sees the region's submissions
        signedOut();
        browser.get("http://localhost:8082/ui/submissions?fiscalYear=2028");
        logIn("mancheng.clerk");
        wait.until(ExpectedConditions.urlContains("localhost:8082/ui/submissions"));
        seeText("满城区 · 部门绩效目标申报");
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#submissions a[href='/ui/submissions/" + id + "']")));
        assertEquals(DEPARTMENT, link.getText());
        String list = browser.findElement(By.id("submissions")).getText();
        assertTrue(list.contains("满城区") && list.contains("已退回") && list.contains("2028"), list);
        assertFalse(list.matches("(?s).*\\b130607\\b.*"), "the region by name, not by its code: " + list);
        assertTrue(page().contains("mancheng.clerk"), "who is signed in");
        fullPageScreenshot("clerk-submissions.png");

        // 2. the submission: its versions, the reviewer's decision and comment
        link.click();
        seeText("审核结果与意见");
        String submission = page();
        for (String text : List.of(DEPARTMENT, "满城区", "已退回", "第 " + version + " 版", "县级财政审核", "评级 中", comment,
                "指标值偏低", "机审得分")) {
            assertTrue(submission.contains(text), () -> "the submission page shows " + text);
        }

        // 3. the version: the form as posted, each machine finding on its row by its Chinese title, the comment on its row
        browser.findElement(By.cssSelector("#versions a[href='/ui/submissions/" + id + "/versions/" + version + "']")).click();
        seeText("项目支出绩效目标表");
        String form = page();
        for (String text : List.of("机审结果", "部门整体绩效目标", "一级指标", "指标值确定依据", "county-130607", "预算数（万元）")) {
            assertTrue(form.contains(text), () -> "the version page shows " + text);
        }
        assertFalse(browser.findElements(By.cssSelector("tr.indicator-row.marked-error, tr.indicator-row.marked-warning, "
                + "tr.indicator-row.marked-info")).isEmpty(), "a machine finding is marked on its row");
        assertFalse(browser.findElements(By.cssSelector("tr.indicator-row .rule-title")).isEmpty(), "by its rule's title");
        WebElement row = browser.findElement(By.id("row-p0-i0"));
        assertTrue(row.getText().contains(comment), row.getText());

        // 4. a reply to the comment, under it here and on the reviewer's case page
        String reply = "已与残联名册核对，依据为2027年实际代缴人数";
        WebElement commentItem = row.findElement(By.xpath(".//li[contains(@class,'comment')][.//span[@class='comment-text' and text()='"
                + comment + "']]"));
        commentItem.findElement(By.cssSelector("textarea[name=text]")).sendKeys(reply);
        commentItem.findElement(By.cssSelector("form.reply-form button")).click();
        seeText("答复已发送给审核人员");
        assertTrue(browser.findElement(By.id("row-p0-i0")).getText().contains(reply));
        fullPageScreenshot("clerk-version.png");
        LocalStackIT.await("the reply on the reviewer's case", () -> {
            JsonNode answer = reviewer.get(8083, "/api/v1/review-cases/" + caseId).body();
            for (JsonNode c : answer.path("comments")) {
                for (JsonNode r : c.path("replies")) {
                    if (reply.equals(r.path("text").asText())) {
                        return r;
                    }
                }
            }
            return null;
        });

        // 5. withdraw on the submission page
        browser.get("http://localhost:8082/ui/submissions/" + id);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("withdraw"))).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        seeText("已撤回。");
        assertEquals("WITHDRAWN", LocalStackIT.status(county, id));

        // 6. the finance system posts the revised table as a new version; the clerk submits it
        ((ObjectNode) body.at("/document/projects/0/indicators/0").with("value")).put("raw", "1600人");
        StackClient.Answer revised = county.post(8082, "/api/v1/submissions", body.toString());
        assertEquals(201, revised.status(), revised.body().toString());
        browser.get("http://localhost:8082/ui/submissions/" + id);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("submit"))).click();
        seeText("已报送审核。");
        assertTrue(browser.findElement(By.id("status")).getText().contains("已报送") || page().contains("审核中"), page());
        fullPageScreenshot("clerk-submission.png");
        LocalStackIT.awaitTrue("SUBMITTED at the county", () -> List.of("SUBMITTED", "IN_REVIEW")
                .contains(LocalStackIT.status(county, id)));
    }
}
