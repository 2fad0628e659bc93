package com.budgetperf.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The named hostile cases of the intake, each a 4xx problem+json within its time: the exponent bomb, a NUL,
 * negative and over-scaled amounts, a 200,000-digit symbol, an over-long caller name, a zip bomb and a sheet of
 * 100,000 rows (with flat memory).
 */
@QuarkusTest
class HostileCasesTest {

    static final String MANCHENG = TestTokens.user("mancheng-hostile").roles("submitter").region("130607").sign();
    static final String PROBLEM = "application/problem+json";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static String withTotal(String total) {
        return SubmissionDocuments.body(2021, "130607", SubmissionDocuments.departmentCode(), "稳就业", "1574", "≥1524人")
                .replace("\"total\":\"1574\"", "\"total\":" + total);
    }

    @Test
    void anExponentBombIsRefusedAtOnceAndStoresNothing() {
        for (String path : new String[] { "/api/v1/submissions?dryRun=true", "/api/v1/submissions" }) {
            given().auth().oauth2(MANCHENG).contentType(ContentType.JSON).body(withTotal("1e100000000"))
                    .when().post(path)
                    .then().time(lessThan(1000L)).statusCode(422).contentType(PROBLEM)
                    .body("violations.field", hasItem("/document/projects/0/budget/total"));
        }
        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON).body(withTotal("\"1e-100000000\""))
                .when().post("/api/v1/submissions?dryRun=true")
                .then().time(lessThan(1000L)).statusCode(422).contentType(PROBLEM);
    }

    @Test
    void negativeAndOverScaledAndHugeAmountsAreRefusedWithTheirPointer() {
        for (String total : new String[] { "-1", "-0.000001", "1574.1234567", "1000000000001" }) {
            given().auth().oauth2(MANCHENG).contentType(ContentType.JSON).body(withTotal(total))
                    .when().post("/api/v1/submissions?dryRun=true")
                    .then().statusCode(422).contentType(PROBLEM)
                    .body("violations.field", hasItem("/document/projects/0/budget/total"));
        }
        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON).body(withTotal("1574.123456000"))
                .when().post("/api/v1/submissions?dryRun=true").then().statusCode(200);
        String negativeShare = withTotal("1574").replace("\"mar\":25", "\"mar\":-25");
        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON).body(negativeShare)
                .when().post("/api/v1/submissions?dryRun=true")
                .then().statusCode(422).body("violations.field", hasItem("/document/projects/0/disbursementPlan/mar"));
        String amountInPlan = withTotal("1574").replace("\"mar\":25", "\"mar\":1574");
        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON).body(amountInPlan)
                .when().post("/api/v1/submissions?dryRun=true").then().statusCode(200);
    }

    @Test
    void aNulInAStoredTextIsRefusedWithThePointerOfItsField() {
        String body = withTotal("1574").replace("\"name\":\"就业补助资金\"", "\"name\":\"就业\\u0000补助资金\"");
        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/submissions")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/document/projects/0/name"));
        String department = withTotal("1574").replace("保定市满城区人力资源和社会保障局", "人社局\\u001b[31m");
        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON).body(department)
                .when().post("/api/v1/submissions")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/departmentName"));
    }

    @Test
    void aSymbolOfTwoHundredThousandDigitsIsRefusedWithinASecond() {
        String body = withTotal("1574").replace("{\"symbol\":\"≤\",", "{\"symbol\":\"" + "9".repeat(200_000) + "\",");
        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/submissions?dryRun=true")
                .then().time(lessThan(1000L)).statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem("/document/projects/0/indicators/1/value/symbol"));
        String unit = withTotal("1574").replace("\"unit\":\"%\"", "\"unit\":\"" + "1".repeat(200_000) + "\"");
        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON).body(unit)
                .when().post("/api/v1/submissions?dryRun=true")
                .then().time(lessThan(1000L)).statusCode(422)
                .body("violations.field", hasItem("/document/projects/0/indicators/1/value/unit"));
    }

    @Test
    void aCallerNameOverOneHundredCharactersIsRefusedNotFailedInTheDatabase() {
        String longName = TestTokens.user("u".repeat(101)).roles("submitter").region("130607").sign();
        given().auth().oauth2(longName).contentType(ContentType.JSON).body(withTotal("1574"))
                .when().post("/api/v1/submissions")
                .then().statusCode(422).contentType(PROBLEM).body("code", equalTo("CALLER_NAME_INVALID"));
    }

    @Test
    void aZipBombIsRefusedWithinTwoSeconds() throws IOException {
        byte[] form = template();
        byte[] bomb = replacingWorksheet(form, "xl/worksheets/sheet3.xml", out -> {
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            out.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 400; i++) {
                out.write(spaces);   // 400 MB of nothing
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertTrue(bomb.length < 5 * 1024 * 1024, "the bomb fits the upload limit: " + bomb.length);
        long allocated = allocatedDuring(() -> given().auth().oauth2(MANCHENG).contentType(XLSX).body(bomb)
                .when().post("/api/v1/submission-forms?dryRun=true")
                .then().time(lessThan(2000L)).statusCode(422).contentType(PROBLEM).body("code", equalTo("FORM_INVALID")));
        assertTrue(allocated < 300L * 1024 * 1024, "allocated " + allocated / (1024 * 1024) + " MB");
    }

    @Test
    void aSheetOfOneHundredThousandRowsIsRefusedWithinTwoSecondsWithFlatMemory() throws IOException {
        byte[] form = template();
        byte[] rows = replacingWorksheet(form, "xl/worksheets/sheet3.xml", out -> {
            out.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int r = 1; r <= 100_000; r++) {
                out.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>P001</t></is></c><c r=\"D" + r
                        + "\" t=\"inlineStr\"><is><t>城镇新增就业人数</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        long allocated = allocatedDuring(() -> given().auth().oauth2(MANCHENG).contentType(XLSX).body(rows)
                .when().post("/api/v1/submission-forms?dryRun=true")
                .then().time(lessThan(2000L)).statusCode(422).contentType(PROBLEM)
                .body("violations[0].message", org.hamcrest.Matchers.containsString("20000")));
        assertTrue(allocated < 300L * 1024 * 1024, "allocated " + allocated / (1024 * 1024) + " MB");
    }

    private static byte[] template() {
        return given().auth().oauth2(MANCHENG).queryParam("fiscalYear", 2021).queryParam("regionCode", "130607")
                .queryParam("departmentCode", "HOSTILE-1").when().get("/api/v1/submission-forms/template")
                .then().statusCode(200).extract().asByteArray();
    }

    interface Content {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** The workbook with one part replaced, compressed as hard as zip can. */
    static byte[] replacingWorksheet(byte[] xlsx, String part, Content content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            boolean replaced = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    content.write(out);
                    replaced = true;
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            assertTrue(replaced, part + " in the template");
        }
        return bytes.toByteArray();
    }

    /**
     * Bytes allocated by all threads of this JVM (the service and the client) while {@code action} runs: reading a
     * 100,000-row sheet with POI allocates gigabytes, refusing it on the streamed row count a few megabytes.
     */
    static long allocatedDuring(Runnable action) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = java.util.Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(b -> b > 0).sum();
        action.run();
        long after = java.util.Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(b -> b > 0).sum();
        return after - before;
    }
}
