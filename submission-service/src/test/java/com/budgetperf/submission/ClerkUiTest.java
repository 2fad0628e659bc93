package com.budgetperf.submission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.submission.domain.review.StandardRules;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The county clerks' pages rendered with bearer tokens (the {@code ui} tenant is hybrid: the browser login is exercised
 * against Keycloak by deploy/local's ClerkUiIT). Submissions come in through the API as a county system posts them;
 * review outcomes arrive as review events.
 */
@QuarkusTest
class ClerkUiTest {

    static final String CLERK = TestTokens.user("mancheng.clerk").roles("submitter").region("130607").sign();
    static final String LIANCHI_CLERK = TestTokens.user("lianchi.clerk").roles("submitter").region("130606").sign();
    static final String REVIEWER = TestTokens.user("mancheng.reviewer").roles("reviewer").region("130607").sign();

    @TestHTTPResource("/")
    java.net.URL root;

    String ownOrigin() {
        return root.getProtocol() + "://" + root.getHost() + ":" + root.getPort();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept("text/html").redirects().follow(false);
    }

    /** A form post as the clerk's browser sends it: the CSRF cookie its pages set and the same token in the form. */
    RequestSpecification posting(String token) {
        String csrf = as(token).get("/ui/submissions").then().statusCode(200).extract().cookie("csrf-token");
        assertTrue(csrf != null && !csrf.isEmpty(), "the pages set the CSRF cookie");
        return as(token).header("Origin", ownOrigin()).cookie("csrf-token", csrf).formParam("csrf-token", csrf)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    static String post(String body) {
        return given().auth().oauth2(CLERK).contentType(ContentType.JSON).body(body).post("/api/v1/submissions")
                .then().statusCode(201).extract().path("id");
    }

    static String status(String id) {
        return given().auth().oauth2(CLERK).get("/api/v1/submissions/" + id).then().statusCode(200).extract()
                .path("status");
    }

    static String reviewEvent(String type, String id, int version, String extra) {
        return """
                {"specversion":"1.0","id":"%s","source":"/budget/review-service","type":"%s","time":"2026-11-23T08:00:00Z",
                 "subject":"%s","data":{"caseId":"%s","submissionId":"%s","submissionVersion":%d,"stage":"COUNTY_FINANCE",
                 "decidedBy":"mancheng.reviewer","decidedAt":"2026-11-23T08:00:00Z"%s}}"""
                .formatted(UUID.randomUUID(), type, id, UUID.randomUUID(), id, version, extra);
    }

    /** A submitted version returned by the county reviewer with a comment on its first indicator. */
    static String returnedWithComment(String comment) {
        String id = post(SubmissionDocuments.body("130607", SubmissionDocuments.departmentCode(), "稳就业"));
        given().auth().oauth2(CLERK).post("/api/v1/submissions/" + id + "/submit").then().statusCode(200);
        KafkaProbe.send("budget.reviews", id, reviewEvent("budget.review.case-opened.v1", id, 1, ""));
        KafkaProbe.send("budget.reviews", id, reviewEvent("budget.review.returned.v1", id, 1, """
                ,"grade":"中","comments":[{"path":"","text":"请补充部门整体目标","reason":null},
                {"path":"/projects/0/indicators/0","text":"%s","reason":"指标值偏低"}]""".formatted(comment)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RETURNED".equals(status(id)));
        return id;
    }

    /** The id of the first review note with comments on the submission's version 1, as its page's reply forms carry it. */
    static String noteId(String id) {
        Matcher note = Pattern.compile("name=\"noteId\" value=\"(\\d+)\"").matcher(as(CLERK)
                .get("/ui/submissions/" + id + "/versions/1").then().statusCode(200).extract().asString());
        assertTrue(note.find(), "a reply form");
        return note.group(1);
    }

    /** Asserts that the submission's current version is {@code version}. */
    static void versionOf(String id, int version) {
        assertEquals(version, (int) given().auth().oauth2(CLERK).get("/api/v1/submissions/" + id).then().statusCode(200)
                .extract().path("currentVersion"));
    }

    /** The {@code <tr>} of one indicator row. */
    static String row(String html, String domId) {
        Matcher matcher = Pattern.compile("<tr id=\"" + domId + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(matcher.find(), "row " + domId + " in the page");
        return matcher.group();
    }

    @Test
    void rootOpensTheListAndTheListShowsTheRegionsSubmissionsByName() {
        String department = SubmissionDocuments.departmentCode();
        String id = post(SubmissionDocuments.body("130607", department, "稳就业"));
        given().redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", containsString("/ui/submissions"));
        String html = as(CLERK).get("/ui/submissions?fiscalYear=2021").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        for (String expected : List.of("满城区 · 部门绩效目标申报", "保定市满城区人力资源和社会保障局", department, "草稿",
                "href=\"/ui/submissions/" + id + "\"", "上传绩效目标表", "下载空白绩效目标表", "mancheng.clerk")) {
            assertTrue(html.contains(expected), () -> "the list shows " + expected);
        }
        assertFalse(html.contains(">130607<"), "the region by name, not by code");
        as(LIANCHI_CLERK).get("/ui/submissions").then().statusCode(200).body(containsString("莲池区"),
                not(containsString(id)));
        as(CLERK).get("/ui/submissions?fiscalYear=明年").then().statusCode(422).body(containsString("预算年度应为四位数字"));
        as(CLERK).get("/ui/submissions?fiscalYear=1900").then().statusCode(422).body(containsString("2000 至 2100"));
        as(REVIEWER).get("/ui/submissions").then().statusCode(403).body(containsString("没有权限"));
        given().accept("application/json").get("/api/v1/submissions").then().statusCode(401);
    }

    @Test
    void theVersionPageShowsTheFormWithEachFindingOnItsRowByRuleTitle() {
        String id = post(SubmissionDocuments.defective("130607", SubmissionDocuments.departmentCode()));
        JsonPath stored = given().auth().oauth2(CLERK).get("/api/v1/submissions/" + id).then().statusCode(200)
                .extract().jsonPath();
        List<String> paths = stored.getList("findings.path");
        List<String> codes = stored.getList("findings.ruleCode");
        int onRow = paths.indexOf("/projects/0/indicators/0/basis");
        assertTrue(onRow >= 0, "the vague basis of the first row is a finding: " + paths);

        String page = as(CLERK).get("/ui/submissions/" + id).then().statusCode(200).extract().asString();
        for (String expected : List.of("某新区党工委政法委员会", "满城区", "第 1 版", "草稿", "机审得分", "尚无审核结果",
                "/ui/submissions/" + id + "/versions/1", "/ui/submissions/" + id + "/form")) {
            assertTrue(page.contains(expected), () -> "the submission page shows " + expected);
        }
        String html = as(CLERK).get("/ui/submissions/" + id + "/versions/1").then().statusCode(200).extract().asString();
        for (String expected : List.of("项目支出绩效目标表 · 普法宣传经费", "开展普法宣传活动次数", "≥10次", "工作需要",
                "机审结果（" + paths.size() + " 条）", "维护社会稳定", "一级指标", "指标值确定依据")) {
            assertTrue(html.contains(expected), () -> "the version page shows " + expected);
        }
        String flagged = row(html, "row-p0-i0");
        String title = StandardRules.title(codes.get(onRow)).orElseThrow();
        assertTrue(flagged.contains(title), "the rule's Chinese title on its row: " + title + " in " + flagged);
        assertTrue(flagged.contains("marked-"), flagged);
        assertTrue(html.contains("href=\"#row-p0-i0\""), "the findings list links to the row");
        assertFalse(row(html, "row-p0-i1").contains(title), "another row does not carry that finding");
        as(CLERK).get("/ui/submissions/" + id + "/versions/9").then().statusCode(404).body(containsString("第 9 版"));

        assertTrue(html.contains("/ui/submissions/" + id + "/versions/1/form"), "the version page offers the reviewed form");
        byte[] reviewed = as(CLERK).get("/ui/submissions/" + id + "/versions/1/form").then().statusCode(200)
                .extract().asByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(reviewed))) {
            org.apache.poi.ss.usermodel.Sheet opinions = workbook.getSheet("机审意见");
            assertTrue(opinions != null, "the reviewed form has a 机审意见 sheet");
            StringBuilder listed = new StringBuilder();
            opinions.forEach(row -> row.forEach(cell -> listed.append(cell.toString()).append('|')));
            assertTrue(listed.toString().contains(title), "the 机审意见 sheet lists " + title + ": " + listed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anotherCountysClerkIsRefusedOnEveryPageAndAction() {
        String id = returnedWithComment("另一县区不应看到");
        as(LIANCHI_CLERK).get("/ui/submissions/" + id).then().statusCode(403).body(containsString("不在您的权限范围内"),
                not(containsString("另一县区不应看到")));
        as(LIANCHI_CLERK).get("/ui/submissions/" + id + "/versions/1").then().statusCode(403)
                .body(not(containsString("另一县区不应看到")));
        as(LIANCHI_CLERK).get("/ui/submissions/" + id + "/form").then().statusCode(403);
        as(LIANCHI_CLERK).get("/ui/submissions/" + id + "/versions/1/form").then().statusCode(403);
        posting(LIANCHI_CLERK).formParam("noteId", "1").formParam("index", "0").formParam("text", "越权答复")
                .post("/ui/submissions/" + id + "/replies").then().statusCode(403);
        posting(LIANCHI_CLERK).post("/ui/submissions/" + id + "/withdraw").then().statusCode(403);
        posting(LIANCHI_CLERK).post("/ui/submissions/" + id + "/submit").then().statusCode(403);
        assertEquals("RETURNED", status(id));
        as(CLERK).get("/ui/submissions/" + UUID.randomUUID()).then().statusCode(404).body(containsString("未找到"));
        as(CLERK).get("/ui/submissions/not-a-uuid").then().statusCode(404);
    }

    @Test
    void submitAndWithdrawAreFormPostsWithTheServicesRules() {
        String id = post(SubmissionDocuments.body("130607", SubmissionDocuments.departmentCode(), "稳就业"));
        String page = as(CLERK).get("/ui/submissions/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"submit\"") && page.contains("id=\"withdraw\""), "a draft may be submitted or withdrawn");
        posting(CLERK).post("/ui/submissions/" + id + "/submit").then().statusCode(303)
                .header("Location", containsString("/ui/submissions/" + id + "?notice=submitted"));
        assertEquals("SUBMITTED", status(id));
        as(CLERK).get("/ui/submissions/" + id + "?notice=submitted").then().statusCode(200)
                .body(containsString("已报送审核"), not(containsString("id=\"submit\"")));
        posting(CLERK).post("/ui/submissions/" + id + "/submit").then().statusCode(409).body(containsString("当前状态不能报送"));
        posting(CLERK).post("/ui/submissions/" + id + "/withdraw").then().statusCode(303);
        assertEquals("WITHDRAWN", status(id));
        posting(CLERK).post("/ui/submissions/" + id + "/withdraw").then().statusCode(409).body(containsString("当前状态不能撤回"));
        as(CLERK).get("/ui/submissions/" + id).then().body(containsString("已撤回"));

        String defective = post(SubmissionDocuments.defective("130607", SubmissionDocuments.departmentCode()));
        posting(CLERK).post("/ui/submissions/" + defective + "/submit").then().statusCode(422)
                .body(containsString("机审发现错误，不能报送"));
        assertEquals("DRAFT", status(defective));
    }

    @Test
    void aReplyToAReviewersCommentIsShownAndTravelsAsAnEvent() {
        String id = returnedWithComment("新增就业目标低于上年实际完成数，请调高");
        String html = as(CLERK).get("/ui/submissions/" + id + "/versions/1").then().statusCode(200).extract().asString();
        String commented = row(html, "row-p0-i0");
        assertTrue(commented.contains("新增就业目标低于上年实际完成数，请调高") && commented.contains("指标值偏低"), commented);
        assertTrue(commented.contains("项目“就业补助资金”的指标“城镇新增就业人数”"), "where the comment points, by name");
        assertTrue(html.contains("请补充部门整体目标"), "the comment on the whole submission");
        Matcher note = Pattern.compile("name=\"noteId\" value=\"(\\d+)\"><input type=\"hidden\" name=\"index\" value=\"1\"")
                .matcher(commented);
        assertTrue(note.find(), commented);
        String noteId = note.group(1);

        posting(CLERK).formParam("noteId", noteId).formParam("index", "1").formParam("text", "已调高至1700人，见第 2 版")
                .post("/ui/submissions/" + id + "/replies").then().statusCode(303)
                .header("Location", containsString("/ui/submissions/" + id + "/versions/1?notice=replied"));
        ConsumerRecord<String, String> record = KafkaProbe.awaitRecord("budget.submissions",
                r -> id.equals(r.key()) && r.value().contains("comment-replied"), Duration.ofSeconds(30));
        JsonPath event = new JsonPath(record.value());
        assertEquals("budget.submission.comment-replied.v1", event.getString("type"));
        assertEquals("/budget/submission-service", event.getString("source"));
        assertEquals("/projects/0/indicators/0", event.getString("data.comment.path"));
        assertEquals("新增就业目标低于上年实际完成数，请调高", event.getString("data.comment.text"));
        assertEquals("COUNTY_FINANCE", event.getString("data.comment.stage"));
        assertEquals("已调高至1700人，见第 2 版", event.getString("data.text"));
        assertEquals("mancheng.clerk", event.getString("data.repliedBy"));
        assertEquals(1, event.getInt("data.submissionVersion"));
        Map<String, Object> change = ReviewOutcomeTest.changesOf(id).stream()
                .filter(c -> "submission.comment-replied".equals(c.get("type"))).findFirst()
                .orElseThrow(() -> new AssertionError("a comment-replied change of " + id + " on the county's feed"));
        @SuppressWarnings("unchecked")
        Map<String, Object> reply = (Map<String, Object>) change.get("reply");
        assertEquals(event.getString("id"), change.get("eventId"), "the feed's eventId is the event's");
        assertEquals("mancheng.clerk", change.get("actor"));
        assertEquals("COUNTY_FINANCE", reply.get("stage"));
        assertEquals("/projects/0/indicators/0", reply.get("path"));
        assertEquals("新增就业目标低于上年实际完成数，请调高", reply.get("comment"));
        assertEquals("已调高至1700人，见第 2 版", reply.get("text"));

        String after = as(CLERK).get("/ui/submissions/" + id + "/versions/1?notice=replied").then().statusCode(200)
                .extract().asString();
        assertTrue(row(after, "row-p0-i0").contains("已调高至1700人，见第 2 版"), "the reply under its comment");
        assertTrue(after.contains("答复已发送给审核人员"));
        as(CLERK).get("/ui/submissions/" + id).then().body(containsString("已调高至1700人，见第 2 版"),
                containsString("第 1 版 · 县级财政审核 · 已退回 · 评级 中"));

        posting(CLERK).formParam("noteId", noteId).formParam("index", "1").formParam("text", "  ")
                .post("/ui/submissions/" + id + "/replies").then().statusCode(422).body(containsString("请填写答复"));
        posting(CLERK).formParam("noteId", noteId).formParam("index", "1").formParam("text", "含\u001b控制字符")
                .post("/ui/submissions/" + id + "/replies").then().statusCode(422).body(containsString("控制字符"));
        posting(CLERK).formParam("noteId", noteId).formParam("index", "1").formParam("text", "长".repeat(2001))
                .post("/ui/submissions/" + id + "/replies").then().statusCode(422).body(containsString("最多 2000 个字符"));
        posting(CLERK).formParam("noteId", noteId).formParam("index", "7").formParam("text", "没有这条意见")
                .post("/ui/submissions/" + id + "/replies").then().statusCode(404);
        posting(CLERK).formParam("noteId", "x").formParam("index", "1").formParam("text", "编号不是数字")
                .post("/ui/submissions/" + id + "/replies").then().statusCode(422);
        String other = returnedWithComment("别的申报的意见");
        posting(CLERK).formParam("noteId", noteId).formParam("index", "1").formParam("text", "答到别的申报上")
                .post("/ui/submissions/" + other + "/replies").then().statusCode(404);
        as(CLERK).get("/ui/submissions/" + id).then().body(not(containsString("没有这条意见")),
                not(containsString("答到别的申报上")));
    }

    @Test
    void theFormIsDownloadedBlankOrFilledAndAnUploadBecomesANewVersion() {
        String department = SubmissionDocuments.departmentCode();
        byte[] blank = as(CLERK).queryParam("fiscalYear", 2026).queryParam("departmentCode", department)
                .queryParam("departmentName", "满城区测试局").get("/ui/forms/blank").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).header("Content-Disposition", containsString(".xlsx"))
                .extract().asByteArray();
        assertTrue(blank.length > 1000 && blank[0] == 'P' && blank[1] == 'K', "an xlsx (zip) file");
        as(CLERK).queryParam("fiscalYear", 2026).queryParam("departmentCode", "../etc")
                .get("/ui/forms/blank").then().statusCode(422).body(containsString("部门编码"));
        as(CLERK).queryParam("fiscalYear", "二〇二六").queryParam("departmentCode", department)
                .get("/ui/forms/blank").then().statusCode(422).body(containsString("预算年度"));
        as(TestTokens.user("baoding.clerk").roles("submitter").region("1306").sign()).queryParam("fiscalYear", 2026)
                .queryParam("departmentCode", department).get("/ui/forms/blank").then().statusCode(403);

        String id = post(SubmissionDocuments.body("130607", department, "稳就业"));
        byte[] filled = as(CLERK).get("/ui/submissions/" + id + "/form").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        String location = posting(CLERK).contentType("multipart/form-data")
                .multiPart("file", "绩效目标表.xlsx", filled, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .post("/ui/forms").then().statusCode(303).extract().header("Location");
        assertTrue(location.contains("/ui/submissions/" + id + "/versions/2?notice=uploaded"), location);
        as(CLERK).get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body(containsString("绩效目标表已上传"), containsString("城镇新增就业人数"));

        posting(CLERK).contentType("multipart/form-data")
                .multiPart("file", "not-a-form.xlsx", "这不是表格".getBytes(), "application/octet-stream")
                .post("/ui/forms").then().statusCode(422).body(containsString("Excel 绩效目标表"));
        posting(CLERK).contentType("multipart/form-data").multiPart("other", "nothing")
                .post("/ui/forms").then().statusCode(422).body(containsString("请选择要上传的 Excel 绩效目标表"));
        // another county's form: the region in its header is not the clerk's
        String lianchi = SubmissionDocuments.departmentCode();
        String foreignId = given().auth().oauth2(LIANCHI_CLERK).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130606", lianchi, "莲池区的目标")).post("/api/v1/submissions").then()
                .statusCode(201).extract().path("id");
        byte[] foreign = as(LIANCHI_CLERK).get("/ui/submissions/" + foreignId + "/form").then().statusCode(200)
                .extract().asByteArray();
        posting(CLERK).contentType("multipart/form-data")
                .multiPart("file", "foreign.xlsx", foreign, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .post("/ui/forms").then().statusCode(403).body(containsString("不在您的权限范围内"));
        given().auth().oauth2(LIANCHI_CLERK).get("/api/v1/submissions/" + foreignId).then().body("currentVersion", org.hamcrest.Matchers.equalTo(1));
    }
}
