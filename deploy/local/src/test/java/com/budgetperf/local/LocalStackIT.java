package com.budgetperf.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.budgetperf.submission.client.ApiException;
import com.budgetperf.submission.client.api.SubmissionsApi;
import com.budgetperf.submission.client.model.ChangePage;
import com.budgetperf.submission.client.model.ReviewNoteView;
import com.budgetperf.submission.client.model.SubmissionChange;
import com.budgetperf.submission.client.model.SubmissionView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The whole story across the real stack: embedded PostgreSQL, a Kafka broker, Keycloak with the platform realm,
 * and the four services as separate processes, with real tokens from Keycloak (client credentials for county
 * systems, password grant of the test client for people). Another county's system is refused at every step.
 */
class LocalStackIT {

    static LocalStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = SharedStack.get();
    }

    static JsonNode await(String what, Supplier<JsonNode> probe) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode found = probe.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, () -> condition.getAsBoolean() ? StackClient.JSON.nullNode() : null);
    }

    /** Whether any number or numeric text in the answer equals {@code amount} (万元, exact decimals). */
    static boolean containsAmount(JsonNode node, BigDecimal amount) {
        if (node.isNumber() || (node.isTextual() && node.asText().matches("-?\\d+(\\.\\d+)?"))) {
            return new BigDecimal(node.asText()).compareTo(amount) == 0;
        }
        for (JsonNode child : node) {
            if (containsAmount(child, amount)) {
                return true;
            }
        }
        return false;
    }

    /** The caller's region's whole change feed, read to its end by cursor (other tests fill the region's feed too). */
    static List<SubmissionChange> wholeFeed(SubmissionsApi submissions) throws ApiException {
        List<SubmissionChange> all = new ArrayList<>();
        String cursor = null;
        while (true) {
            ChangePage page = submissions.listSubmissionChanges(500, cursor);
            all.addAll(page.getChanges());
            if (page.getChanges().isEmpty() || page.getCursor() == null || page.getCursor().equals(cursor)) {
                return all;
            }
            cursor = page.getCursor();
        }
    }

    static JsonNode caseOf(StackClient reviewer, String submissionId, int version, String stage) {
        StackClient.Answer cases = reviewer.get(8083, "/api/v1/review-cases?size=200");
        assertEquals(200, cases.status(), cases.body().toString());
        for (JsonNode reviewCase : cases.body()) {
            if (reviewCase.get("submissionId").asText().equals(submissionId)
                    && reviewCase.get("submissionVersion").asInt() == version
                    && reviewCase.get("stage").asText().equals(stage)
                    && List.of("OPEN", "IN_REVIEW").contains(reviewCase.get("status").asText())) {
                return reviewCase;
            }
        }
        return null;
    }

    static String status(CountySystem county, UUID submissionId) {
        try {
            return county.submissions().getSubmission(submissionId).getStatus();
        } catch (ApiException e) {
            throw new AssertionError("GET submission " + submissionId + ": " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    static String status(StackClient county, String submissionId) {
        return county.get(8082, "/api/v1/submissions/" + submissionId).body().get("status").asText();
    }

    /** The status of the problem+json answer with which the platform refused {@code call}. */
    static int refused(Callable<?> call) throws Exception {
        try {
            Object answer = call.call();
            throw new AssertionError("expected a refusal, got " + answer);
        } catch (ApiException refusal) {
            assertTrue(refusal.getResponseBody() == null || refusal.getResponseBody().isEmpty()
                    || refusal.getResponseBody().contains("\"code\""), refusal.getResponseBody());
            return refusal.getCode();
        }
    }

    @Test
    void aSeedSubmissionGoesFromTheCountySystemThroughTwoReviewStagesIntoTheCityReport() throws Exception {
        // the county systems talk to submission-service through the client generated from its contract
        CountySystem county = CountySystem.connect("county-130607", "county-130607-secret");
        CountySystem otherCountySystem = CountySystem.connect("county-130606", "county-130606-secret");
        SubmissionsApi submissions = county.submissions();
        StackClient otherCounty = StackClient.countySystem("county-130606", "county-130606-secret");
        StackClient countyReviewer = StackClient.person("mancheng.reviewer", "demo");
        StackClient cityReviewer = StackClient.person("baoding.reviewer", "demo");
        StackClient cityAnalyst = StackClient.person("baoding.analyst", "demo");

        // 1. the county system posts a submission built from the published 满城区 table (submission-service/src/test/resources/seeds/001_…)
        ObjectNode body = (ObjectNode) StackClient.JSON.readTree(
                stack.root().resolve("deploy/local/demo/001-130607-356009.json").toFile());
        body.put("fiscalYear", 2026);
        SubmissionView posted = submissions.postSubmission(county.request(body), null, null);
        UUID submissionId = posted.getId();
        String id = submissionId.toString();
        assertFalse(posted.getFindings().isEmpty(), "the machine review found the seed's defects");
        assertEquals(403, refused(() -> otherCountySystem.submissions().postSubmission(otherCountySystem.request(body),
                null, null)));
        assertEquals(403, refused(() -> otherCountySystem.submissions().getSubmission(submissionId)));

        // 2. it fixes what the machine review found and submits; the funding basis names a city transfer document
        for (JsonNode project : body.withArray("/document/projects")) {
            ((ObjectNode) project.get("disbursementPlan")).put("dec", 100);
        }
        ObjectNode first = (ObjectNode) body.at("/document/projects/0");
        first.put("purpose", first.path("purpose").asText("") + "（资金依据保财社【2026】35号文件下达）");
        SubmissionView fixed = submissions.postSubmission(county.request(body), null, null);
        assertEquals(2, fixed.getVersion());
        assertTrue(fixed.getFindings().size() < posted.getFindings().size());
        assertEquals(403, refused(() -> otherCountySystem.submissions().submitSubmission(submissionId, null)));
        assertEquals("SUBMITTED", submissions.submitSubmission(submissionId, null).getStatus());

        // 3. the county reviewer returns it with a comment on one indicator
        JsonNode firstCase = await("the county case", () -> caseOf(countyReviewer, id, 2, "COUNTY_FINANCE"));
        String caseId = firstCase.get("id").asText();
        assertEquals(403, otherCounty.get(8083, "/api/v1/review-cases/" + caseId).status());
        assertEquals(200, countyReviewer.post(8083, "/api/v1/review-cases/" + caseId + "/claim", null).status());
        StackClient.Answer comment = countyReviewer.post(8083, "/api/v1/review-cases/" + caseId + "/comments",
                "{\"path\":\"/projects/0/indicators/0\",\"text\":\"指标值低于上年实际完成数，请调高\"}");
        assertEquals(201, comment.status(), comment.body().toString());
        StackClient.Answer returned = countyReviewer.post(8083, "/api/v1/review-cases/" + caseId + "/decision", """
                {"grade":"中","returnReasons":[{"code":"指标值偏低","path":"/projects/0/indicators/0","text":"请参照上年实际"}],
                 "note":"请修改后重新报送"}""");
        assertEquals(200, returned.status(), returned.body().toString());
        assertEquals(403, otherCounty.post(8083, "/api/v1/review-cases/" + caseId + "/decision",
                "{\"grade\":\"优\"}").status());

        // 4. the county sees the return and the comment, resubmits
        awaitTrue("RETURNED at the county", () -> "RETURNED".equals(status(county, submissionId)));
        List<ReviewNoteView> notes = submissions.listReviewNotes(submissionId);
        assertTrue(notes.stream().flatMap(note -> note.getComments().stream())
                .anyMatch(anchored -> "/projects/0/indicators/0".equals(anchored.getPath())), notes.toString());
        ObjectNode row = (ObjectNode) body.at("/document/projects/0/indicators/0");
        ((ObjectNode) row.with("value")).put("raw", "≥100%");
        assertEquals(3, submissions.postSubmission(county.request(body), null, null).getVersion());
        assertEquals("SUBMITTED", submissions.submitSubmission(submissionId, null).getStatus());

        // 5. the county approves, then the city approves (the transfer document sends it up)
        JsonNode secondCase = await("the resubmitted case", () -> caseOf(countyReviewer, id, 3, "COUNTY_FINANCE"));
        String second = secondCase.get("id").asText();
        StackClient.Answer changes = countyReviewer.get(8083, "/api/v1/review-cases/" + second + "/changes");
        assertTrue(changes.body().toString().contains("≥100%"), changes.body().toString());
        assertEquals(200, countyReviewer.post(8083, "/api/v1/review-cases/" + second + "/decision",
                "{\"grade\":\"优\"}").status());
        JsonNode cityCase = await("the city stage", () -> caseOf(cityReviewer, id, 3, "CITY_FINANCE"));
        StackClient.Answer cityDecision = cityReviewer.post(8083, "/api/v1/review-cases/" + cityCase.get("id").asText()
                + "/decision", "{\"grade\":\"良\",\"note\":\"同意\"}");
        assertEquals(200, cityDecision.status(), cityDecision.body().toString());
        awaitTrue("APPROVED at the county", () -> "APPROVED".equals(status(county, submissionId)));

        // the county system followed all of it on the change feed: versions, submits, the return with its comment
        List<String> story = wholeFeed(submissions).stream()
                .filter(change -> submissionId.equals(change.getSubmissionId()))
                .map(change -> change.getType() + ":" + change.getVersion()).toList();
        assertTrue(story.containsAll(List.of("submission.version-received:1", "submission.version-received:2",
                "submission.submitted:2", "review.returned:2", "submission.version-received:3", "submission.submitted:3",
                "review.approved:3")), story.toString());
        assertTrue(wholeFeed(submissions).stream()
                .filter(change -> "review.returned".equals(change.getType()) && submissionId.equals(change.getSubmissionId()))
                .anyMatch(change -> change.getComments().stream()
                        .anyMatch(anchored -> "/projects/0/indicators/0".equals(anchored.getPath()))));

        // 6. the city analyst's report shows the approved budget and the department's grade
        BigDecimal budget = BigDecimal.ZERO;
        for (JsonNode project : body.withArray("/document/projects")) {
            budget = budget.add(project.at("/budget/total").decimalValue());
        }
        String reportQuery = "/api/v1/cube/aggregate?measures=budget_total,submissions&drilldown=department,grade"
                + "&cut=fiscal_year:2026&approvedOnly=true";
        JsonNode report = await("the approved report", () -> {
            StackClient.Answer answer = cityAnalyst.get(8084, reportQuery);
            return answer.status() == 200 && answer.body().toString().contains("356009") ? answer.body() : null;
        });
        assertTrue(report.toString().contains("良"), report.toString());
        assertTrue(containsAmount(report, budget), "approved budget " + budget + " in " + report);
        assertEquals(403, otherCounty.get(8084, reportQuery).status());
    }

    /** The one cell of an aggregate without drilldown, as the city analyst reads it. */
    static JsonNode totals(StackClient analyst, String query) {
        StackClient.Answer answer = analyst.get(8084, "/api/v1/cube/aggregate?" + query);
        assertEquals(200, answer.status(), answer.body().toString());
        return answer.body().at("/cells/0");
    }

    @Test
    void aWithdrawnSubmissionLeavesTheCityReportAndComesBackWhenFiledAgain() throws Exception {
        CountySystem county = CountySystem.connect("county-130607", "county-130607-secret");
        CountySystem otherCountySystem = CountySystem.connect("county-130606", "county-130606-secret");
        SubmissionsApi submissions = county.submissions();
        StackClient countyReviewer = StackClient.person("mancheng.reviewer", "demo");
        StackClient cityAnalyst = StackClient.person("baoding.analyst", "demo");
        String inYear = "measures=submissions,budget_total,returned,pending,approved&cut=fiscal_year:2027";

        // the 356009 table for 2027, with the plan completed so that it may be handed in
        ObjectNode body = (ObjectNode) StackClient.JSON.readTree(
                stack.root().resolve("deploy/local/demo/001-130607-356009.json").toFile());
        body.put("fiscalYear", 2027);
        for (JsonNode project : body.withArray("/document/projects")) {
            ((ObjectNode) project.get("disbursementPlan")).put("dec", 100);
        }
        BigDecimal budget = BigDecimal.ZERO;
        for (JsonNode project : body.withArray("/document/projects")) {
            budget = budget.add(project.at("/budget/total").decimalValue());
        }
        UUID submissionId = submissions.postSubmission(county.request(body), null, null).getId();
        String id = submissionId.toString();
        assertEquals("SUBMITTED", submissions.submitSubmission(submissionId, null).getStatus());

        // 1. the county reviewer returns it: the city report counts it as returned, with its budget
        JsonNode reviewCase = await("the county case", () -> caseOf(countyReviewer, id, 1, "COUNTY_FINANCE"));
        StackClient.Answer returned = countyReviewer.post(8083, "/api/v1/review-cases/" + reviewCase.get("id").asText()
                + "/decision", """
                {"grade":"中","returnReasons":[{"code":"目标不明确","path":"/projects/0","text":"请写明年度目标"}]}""");
        assertEquals(200, returned.status(), returned.body().toString());
        awaitTrue("RETURNED at the county", () -> "RETURNED".equals(status(county, submissionId)));
        BigDecimal counted = budget;
        awaitTrue("the returned submission in the city report", () -> {
            JsonNode cell = totals(cityAnalyst, inYear);
            return cell.path("submissions").asInt() == 1 && cell.path("returned").asInt() == 1
                    && new BigDecimal(cell.path("budget_total").asText("0")).compareTo(counted) == 0;
        });

        // 2. the county withdraws it (another county may not): it leaves every figure of the city report
        assertEquals(403, refused(() -> otherCountySystem.submissions().withdrawSubmission(submissionId, null)));
        assertEquals("WITHDRAWN", submissions.withdrawSubmission(submissionId, null).getStatus());
        awaitTrue("the withdrawn submission out of the city report", () -> {
            JsonNode cell = totals(cityAnalyst, inYear);
            return cell.path("submissions").asInt() == 0 && cell.path("returned").asInt() == 0
                    && new BigDecimal(cell.path("budget_total").asText("0")).signum() == 0;
        });
        JsonNode withdrawn = totals(cityAnalyst, inYear + "%7Cstatus:WITHDRAWN&drilldown=status");
        assertEquals("WITHDRAWN", withdrawn.path("status").asText(), withdrawn.toString());
        assertEquals(1, withdrawn.path("submissions").asInt(), withdrawn.toString());
        assertEquals(0, new BigDecimal(withdrawn.path("budget_total").asText()).compareTo(budget), withdrawn.toString());
        StackClient.Answer byCounty = cityAnalyst.get(8084, "/api/v1/reports/submissions?fiscalYear=2027");
        assertEquals(1, byCounty.body().at("/rows/0/withdrawn").asInt(), byCounty.body().toString());
        assertEquals(0, byCounty.body().at("/rows/0/submissions").asInt(), byCounty.body().toString());

        // 3. filed again: a new version of the same submission, a draft, handed in and approved
        ObjectNode firstProject = (ObjectNode) body.at("/document/projects/0");
        firstProject.put("purpose", firstProject.path("purpose").asText("") + "（重新报送）");
        SubmissionView refiled = submissions.postSubmission(county.request(body), null, null);
        assertEquals(submissionId, refiled.getId());
        assertEquals(2, refiled.getVersion());
        assertEquals("DRAFT", refiled.getStatus());
        assertEquals("SUBMITTED", submissions.submitSubmission(submissionId, null).getStatus());
        JsonNode refiledCase = await("the re-filed case", () -> caseOf(countyReviewer, id, 2, "COUNTY_FINANCE"));
        StackClient.Answer approved = countyReviewer.post(8083, "/api/v1/review-cases/" + refiledCase.get("id").asText()
                + "/decision", "{\"grade\":\"良\"}");
        assertEquals(200, approved.status(), approved.body().toString());
        awaitTrue("APPROVED at the county", () -> "APPROVED".equals(status(county, submissionId)));

        // the report counts the re-filed version once, approved, and nothing is withdrawn any more
        awaitTrue("the re-filed version in the city report", () -> {
            JsonNode cell = totals(cityAnalyst, inYear);
            return cell.path("submissions").asInt() == 1 && cell.path("approved").asInt() == 1
                    && cell.path("returned").asInt() == 0
                    && new BigDecimal(cell.path("budget_total").asText("0")).compareTo(counted) == 0;
        });
        StackClient.Answer facts = cityAnalyst.get(8084, "/api/v1/cube/facts?grain=submission&cut=fiscal_year:2027");
        assertEquals(200, facts.status(), facts.body().toString());
        assertEquals(1, facts.body().get("cells").size(), facts.body().toString());
        assertEquals(2, facts.body().at("/cells/0/version").asInt(), facts.body().toString());
        assertEquals(0, cityAnalyst.get(8084, "/api/v1/reports/submissions?fiscalYear=2027").body()
                .at("/rows/0/withdrawn").asInt());
        List<String> story = wholeFeed(submissions).stream()
                .filter(change -> submissionId.equals(change.getSubmissionId()))
                .map(change -> change.getType() + ":" + change.getVersion()).toList();
        assertTrue(story.containsAll(List.of("review.returned:1", "submission.withdrawn:1",
                "submission.version-received:2", "submission.submitted:2", "review.approved:2")), story.toString());
    }
}
