package com.budgetperf.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The reviewers' web UI in headless Chromium against the real stack: a county system submits a seed-derived
 * submission; 满城区's reviewer logs in through Keycloak (authorization-code flow), opens the queue and the case,
 * comments on an indicator, returns the case; the county resubmits; the reviewer approves the new version.
 * Screenshots of the queue and the case page go to {@code target/screenshots/}.
 */
class ReviewUiIT {

    static LocalStack stack;
    static WebDriver browser;
    static WebDriverWait wait;
    static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        stack = SharedStack.get();
        Path target = stack.root().resolve("deploy/local/target");
        screenshots = Path.of(System.getProperty("screenshots.dir", target.resolve("screenshots").toString()));
        Files.createDirectories(screenshots);
        Path profile = Files.createTempDirectory(Files.createDirectories(target.resolve("chromium")), "profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).toFile())
                .withLogFile(target.resolve("logs/chromedriver.log").toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 1000));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // the login redirects (Keycloak → /ui/login → the page) replace the document while we look at it
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    static void screenshot(String name) throws Exception {
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path saved = Files.copy(file, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        saved.toFile().setReadable(true, false); // for people to look at, not only the test's user
    }

    /** The whole page in one picture: the window grown to the page's height for the shot. */
    static void fullPageScreenshot(String name) throws Exception {
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        browser.manage().window().setSize(new Dimension(1400, (int) Math.min(Math.max(height + 120, 1000), 8000)));
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        screenshot(name);
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    static String page() {
        return wait.until(d -> d.findElement(By.tagName("body")).getText());
    }

    static void seeText(String text) {
        wait.withMessage(() -> "the page shows “" + text + "”: " + browser.getCurrentUrl())
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /**
     * Forgets every session. A blank page first, so no script of the page before (Keycloak's account console,
     * say) can renew a session after we cleared it; then every cookie of the browser is cleared through the
     * DevTools protocol, whatever its path (WebDriver's own delete only reaches the current page's cookies).
     */
    static void signedOut() {
        browser.get("about:blank");
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        browser.manage().deleteAllCookies();
    }

    static void logIn(String username) {
        wait.withMessage(() -> "Keycloak's login form for " + username + ", not " + browser.getCurrentUrl() + ": "
                        + browser.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith("http://localhost:8180/realms/budget/"), browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
    }

    @Test
    void cityAnalystLogsInAndSeesTheCityReportPage() throws Exception {
        signedOut();
        browser.get("http://localhost:8084/reports/city");
        logIn("baoding.analyst");
        wait.until(ExpectedConditions.urlContains("localhost:8084/reports/city"));
        seeText("主要数据");
        String report = page();
        // names, not codes; the year before beside this one; the review panel
        assertTrue(report.contains("分区县情况") && report.contains("满城区") && report.contains("审核情况")
                && report.contains("上年预算数（万元）") && report.contains("只看终审通过"), report);
        assertTrue(browser.findElements(By.tagName("svg")).size() >= 2, "charts drawn inline");
        fullPageScreenshot("city-report.png");
        // down from the city to a county, a department and a project
        browser.findElement(By.linkText("满城区")).click();
        seeText("分部门情况");
        assertTrue(page().contains("满城区人力资源和社会保障局"), page());
        fullPageScreenshot("city-county.png");
        browser.findElement(By.partialLinkText("满城区人力资源和社会保障局")).click();
        seeText("的项目");
        fullPageScreenshot("city-department.png");
        browser.findElement(By.cssSelector("section[aria-labelledby=projects] tbody a")).click();
        seeText("绩效指标");
        fullPageScreenshot("city-project.png");
    }

    static JsonNode awaitCase(StackClient reviewer, String submissionId, int version) throws InterruptedException {
        return LocalStackIT.await("case of version " + version,
                () -> LocalStackIT.caseOf(reviewer, submissionId, version, "COUNTY_FINANCE"));
    }

    @Test
    void reviewerLogsInCommentsReturnsAndApprovesTheResubmittedVersion() throws Exception {
        StackClient county = StackClient.countySystem("county-130607", "county-130607-secret");
        StackClient reviewerApi = StackClient.person("mancheng.reviewer", "demo");

        // the county system posts a submission built from the published 满城区人社局 table (first three projects)
        ObjectNode body = (ObjectNode) StackClient.JSON.readTree(
                stack.root().resolve("deploy/local/demo/001-130607-356001.json").toFile());
        body.put("fiscalYear", 2026);
        ArrayNode projects = body.withArray("/document/projects");
        while (projects.size() > 3) {
            projects.remove(projects.size() - 1);
        }
        StackClient.Answer posted = county.post(8082, "/api/v1/submissions", body.toString());
        assertEquals(201, posted.status(), posted.body().toString());
        String submissionId = posted.body().get("id").asText();
        StackClient.Answer submitted = county.post(8082, "/api/v1/submissions/" + submissionId + "/submit", null);
        assertEquals(200, submitted.status(), submitted.body().toString());
        int version = submitted.body().path("version").asInt(posted.body().get("version").asInt());
        String caseId = awaitCase(reviewerApi, submissionId, version).get("id").asText();

        // 1. the queue sends the browser to Keycloak's login page; 满城区's reviewer logs in
        signedOut();
        browser.get("http://localhost:8083/ui/cases");
        logIn("mancheng.reviewer");

        // 2. the queue shows the case
        wait.until(ExpectedConditions.urlContains("localhost:8083/ui/cases"));
        seeText("审核队列");
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("a.case-link[href='/ui/cases/" + caseId + "']")));
        assertEquals("保定市满城区人力资源和社会保障局", link.getText());
        String queue = page();
        for (String text : List.of("mancheng.reviewer", "部门", "审核阶段", "待审核", "县级财政", "有机审错误", "已超期")) {
            assertTrue(queue.contains(text), () -> "the queue shows " + text);
        }
        screenshot("queue.png");

        // 3. the case page: the official form's layout, the machine findings on their rows
        link.click();
        seeText("项目支出绩效目标表");
        String casePage = page();
        for (String text : List.of("部门整体绩效目标", "项目名称", "城乡居民基本养老保险重度残疾人缴费补贴", "预算数（万元）",
                "财政资金", "其他资金", "资金用途", "资金支出计划（%）", "3月底：25", "12月底：100", "绩效目标", "一级指标",
                "二级指标", "三级指标", "指标值", "指标值确定依据", "评分标准", "代缴人数", "1524人", "机审结果", "审核决定",
                "审核历史", "开案")) {
            assertTrue(casePage.contains(text), () -> "the case page shows " + text);
        }
        assertTrue(!browser.findElements(By.cssSelector("tr.indicator-row.finding-error, tr.indicator-row.finding-warning, "
                + "tr.indicator-row.finding-info")).isEmpty(), "a machine finding is highlighted on its row");

        // 4. a comment on the first indicator, through htmx: the row's comment list is swapped in place
        WebElement row = browser.findElement(By.id("row-projects-0-indicators-0"));
        row.findElement(By.cssSelector("textarea[name=text]")).sendKeys("代缴人数应与残联名册核对，请注明依据");
        row.findElement(By.cssSelector("form.comment-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments-projects-0-indicators-0"),
                "代缴人数应与残联名册核对，请注明依据"));
        assertTrue(browser.findElement(By.id("comments-projects-0-indicators-0")).getText().contains("mancheng.reviewer"));
        fullPageScreenshot("case.png");

        // 5. return it: grade 中 with a reason anchored to the indicator
        browser.findElement(By.cssSelector("#decision-form input[name=grade][value='中']")).click();
        new Select(browser.findElements(By.name("reasonCode")).get(0)).selectByValue("指标值偏低");
        new Select(browser.findElements(By.name("reasonPath")).get(0)).selectByValue("/projects/0/indicators/0");
        browser.findElements(By.name("reasonText")).get(0).sendKeys("应不低于上年实际代缴人数");
        browser.findElement(By.name("note")).sendKeys("请修改后重新报送");
        browser.findElement(By.id("decide")).click();
        seeText("审核决定已提交：评级 中");
        assertTrue(page().contains("已退回"));
        assertTrue(browser.findElements(By.id("decision-form")).isEmpty(), "no decision form once decided");
        assertTrue(browser.findElement(By.id("row-projects-0-indicators-0")).getText().contains("指标值偏低"));

        // 6. the county system sees the return, raises the value and resubmits
        LocalStackIT.awaitTrue("RETURNED at the county", () -> "RETURNED".equals(LocalStackIT.status(county, submissionId)));
        ((ObjectNode) body.at("/document/projects/0/indicators/0").with("value")).put("raw", "1600人");
        StackClient.Answer revised = county.post(8082, "/api/v1/submissions", body.toString());
        assertEquals(201, revised.status(), revised.body().toString());
        StackClient.Answer resubmitted = county.post(8082, "/api/v1/submissions/" + submissionId + "/submit", null);
        assertEquals(200, resubmitted.status(), resubmitted.body().toString());
        int newVersion = revised.body().get("version").asInt();
        String secondCase = awaitCase(reviewerApi, submissionId, newVersion).get("id").asText();

        // 7. the reviewer finds the new version in the queue, sees what changed, approves with 优
        browser.get("http://localhost:8083/ui/cases");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("a.case-link[href='/ui/cases/" + secondCase + "']"))).click();
        seeText("版本变化（与退回的版本相比）");
        String changes = browser.findElement(By.id("changes")).getText();
        assertTrue(changes.contains("1600人") && changes.contains("1524人"), changes);
        browser.findElement(By.cssSelector("#decision-form input[name=grade][value='优']")).click();
        browser.findElement(By.id("decide")).click();
        seeText("审核决定已提交：评级 优");
        assertEquals("优", browser.findElement(By.id("grade")).getText());
        // 保财社【2020】124号 in project 2 sends it on to the city bureau
        assertTrue(page().contains("市级财政") || page().contains("已通过"), page());
        JsonNode audit = reviewerApi.get(8083, "/api/v1/review-cases/" + secondCase + "/audit/verification").body();
        assertTrue(audit.get("valid").asBoolean(), audit.toString());
    }
}
