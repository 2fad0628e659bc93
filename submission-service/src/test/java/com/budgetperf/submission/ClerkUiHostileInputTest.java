package com.budgetperf.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.HostileInputs;
import com.budgetperf.platform.testing.HostileRequests;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile values on the county clerks' pages: every query and form field of the new routes (list filter, version
 * numbers, ids, the blank form's parameters, a reply's note, place and text) answered with a page or a problem in
 * Chinese, never a 5xx or a slow answer, and a refused reply stores nothing and announces nothing.
 */
@QuarkusTest
class ClerkUiHostileInputTest {

    static final long SEED = 20_261_130L;
    static final String CSRF = "aG9zdGlsZS1jc3JmLTE2Yg";
    static final String[] TABLES = { "comment_reply", "outbox_event", "submission", "submission_version" };

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void sixHundredHostileValuesOnTheClerksPagesAreAnsweredWellAndStoreNothingWhenRefused() {
        String id = ClerkUiTest.returnedWithComment("请量化（恶意输入）");
        String note = ClerkUiTest.noteId(id);
        HostileInputs inputs = new HostileInputs(SEED);
        // the double-submit CSRF pair a clerk's browser holds, so that hostile form values reach the forms' checks
        HostileRequests requests = new HostileRequests(base).withCookie("csrf-token", CSRF);
        for (int i = 0; i < 300; i++) {
            String form = "csrf-token=" + CSRF + "&" + switch (i % 3) {
                case 0 -> "noteId=" + note + "&index=1&text=" + inputs.formValue();
                case 1 -> "noteId=" + inputs.formValue() + "&index=" + inputs.formValue() + "&text=ok";
                default -> "noteId=" + note + "&index=" + inputs.formValue() + "&text=" + inputs.formValue();
            };
            String target = i % 10 == 9 ? inputs.parameterValue() : id;
            long before = HostileRequests.rowCount(dataSource, TABLES);
            HostileRequests.Answer answer = requests.sendPage(ClerkUiTest.CLERK, "POST", "ui/submissions/" + target
                    + "/replies", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8), "form " + form);
            if (answer.status() >= 400) {
                assertEquals(before, HostileRequests.rowCount(dataSource, TABLES), "stored by a refused form " + form);
            }
        }
        List<String> pages = List.of("ui/submissions?fiscalYear=%s", "ui/submissions/%s",
                "ui/submissions/" + id + "/versions/%s", "ui/submissions/%s/versions/1", "ui/submissions/%s/form",
                "ui/forms/blank?fiscalYear=%s&departmentCode=%s&departmentName=%s",
                "ui/submissions/" + UUID.randomUUID() + "/versions/%s");
        for (int i = 0; i < 300; i++) {
            Object[] values = { inputs.parameterValue(), inputs.parameterValue(), inputs.parameterValue() };
            requests.sendPage(ClerkUiTest.CLERK, "GET", pages.get(i % pages.size()).formatted(values), null, null,
                    "parameters " + java.util.Arrays.toString(values));
        }
        System.out.println(requests.summary("submission-service clerk pages"));
        assertTrue(requests.failures().isEmpty(), requests.failureReport());
        assertTrue(requests.sent() >= 600, "sent " + requests.sent());
    }
}
