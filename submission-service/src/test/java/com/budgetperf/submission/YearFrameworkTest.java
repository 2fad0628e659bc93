package com.budgetperf.submission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.submission.service.CatalogCopy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The framework a fiscal year follows comes from the catalog (framework.published.v1 + fiscal-year-framework.assigned.v1
 * over the real broker, in the catalog's own shape) and drives the review: 成本指标 under 产出指标 is right in the
 * 2018 form and a finding in the 2021 form; 效果指标 is stored and published as 效益指标.
 */
@QuarkusTest
class YearFrameworkTest {

    static final String COUNTY = TestTokens.user("mancheng-finance").roles("submitter").region("130607").sign();
    static final int YEAR_2021_FORM = 2032;
    static final int YEAR_2018_FORM = 2033;

    /** The catalog's StandardFrameworks as published (catalog-service FrameworkPublished). */
    static final String OUTPUT = """
            {"name":"产出指标","synonyms":[],"children":[{"name":"数量指标","synonyms":[]},{"name":"质量指标","synonyms":[]},
             {"name":"时效指标","synonyms":["进度指标"]}%s]}""";
    static final String BENEFIT = """
            {"name":"效益指标","synonyms":["效果指标"],"children":[{"name":"经济效益指标","synonyms":[]},
             {"name":"社会效益指标","synonyms":[]},{"name":"生态效益指标","synonyms":["环境效益指标"]},
             {"name":"可持续影响指标","synonyms":["可持续性影响指标"]}]}""";
    static final String SATISFACTION = """
            {"name":"满意度指标","synonyms":[],"children":[{"name":"服务对象满意度指标","synonyms":[]}]}""";
    static final String COST = """
            {"name":"成本指标","synonyms":[],"children":[{"name":"经济成本指标","synonyms":[]},{"name":"社会成本指标","synonyms":[]},
             {"name":"生态环境成本指标","synonyms":[]}]}""";

    @Inject
    CatalogCopy catalogCopy;

    private static boolean announced;

    @BeforeEach
    void catalogAnnouncesBothFormsAndTheYears() {
        if (announced) {
            return;
        }
        announced = true;
        String older = "f18-" + UUID.randomUUID().toString().substring(0, 6);
        String current = "f21-" + UUID.randomUUID().toString().substring(0, 6);
        publish(older, "[" + OUTPUT.formatted(",{\"name\":\"成本指标\",\"synonyms\":[]}") + "," + BENEFIT + ","
                + SATISFACTION + "]");
        publish(current, "[" + OUTPUT.formatted("") + "," + BENEFIT + "," + COST + "," + SATISFACTION + "]");
        assign(YEAR_2021_FORM, current);
        assign(YEAR_2018_FORM, older);
        await().atMost(Duration.ofSeconds(30)).until(() -> catalogCopy.frameworkFor(YEAR_2021_FORM).isPresent()
                && catalogCopy.frameworkFor(YEAR_2018_FORM).isPresent());
    }

    static void publish(String code, String levels) {
        KafkaProbe.send("budget.catalog", code, """
                {"specversion":"1.0","id":"%s","source":"/budget/catalog-service","type":"budget.catalog.framework.published.v1",
                 "time":"2026-11-23T08:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"code":"%s","name":"绩效指标框架","publishedAt":"2026-11-23T08:00:00Z","publishedBy":"seeder","levels":%s}}"""
                .formatted(UUID.randomUUID(), code, code, levels));
    }

    static void assign(int year, String code) {
        KafkaProbe.send("budget.catalog", String.valueOf(year), """
                {"specversion":"1.0","id":"%s","source":"/budget/catalog-service",
                 "type":"budget.catalog.fiscal-year-framework.assigned.v1","time":"2026-11-23T08:00:00Z","subject":"%d",
                 "datacontenttype":"application/json","data":{"fiscalYear":%d,"frameworkCode":"%s","assignedAt":"2026-11-23T08:00:01Z"}}"""
                .formatted(UUID.randomUUID(), year, year, code));
    }

    /**
     * seeds/001 line 219-262 (城乡居民基本养老保险重度残疾人缴费补贴, 预算数 5): 成本指标 under 产出指标 (row 3) and
     * "上半年完成" (row 2); with a row of seeds/002 line 120-140 (补助被征地农民支出) written under 效果指标 (row 5).
     */
    static String document(int fiscalYear, String departmentCode) {
        return """
                {"fiscalYear":%d,"regionCode":"130607","departmentCode":"%s","departmentName":"保定市满城区人力资源和社会保障局",
                 "document":{"overallGoal":"做好城乡居民养老保险代缴","subGoals":["减轻缴费负担"],"safeguards":"加强资金监管",
                   "projects":[{"code":"13062121525DP08GWRGFS","name":"城乡居民基本养老保险重度残疾人缴费补贴",
                     "budget":{"total":5.0,"fiscal":5.0,"other":0},"purpose":"对参加城乡居民养老保险的重度残疾人员进行代缴补贴，每人33元",
                     "disbursementPlan":{"mar":25.0,"jun":50.0,"oct":75.0,"dec":100.0},
                     "goals":["1.减轻贫困人员参保缴费负担，本级财政每人负担33元"],
                     "indicators":[
                       {"level1":"产出指标","level2":"数量指标","name":"代缴人数","description":"我区实际代缴重残人数","value":{"raw":"1524人"},"basis":"文件安排"},
                       {"level1":"产出指标","level2":"质量指标","name":"代缴率","description":"政府实际代缴人数占我区应代缴人数比率","value":{"raw":"100百分数"},"basis":"文件安排"},
                       {"level1":"产出指标","level2":"时效指标","name":"按时代缴","description":"根据文件要求，上半年完成代缴","value":{"raw":"上半年完成"},"basis":"文件安排"},
                       {"level1":"产出指标","level2":"成本指标","name":"代缴金额","description":"本区对应代缴重残人员代缴金额","value":{"raw":"33元"},"basis":"文件安排"},
                       {"level1":"效益指标","level2":"社会效益指标","name":"城乡居民政策知晓率","description":"通过问卷调查，城乡居民重残人员对城乡政策知晓率","value":{"raw":"≥90百分数"},"basis":"文件安排"},
                       {"level1":"效果指标","level2":"社会效益指标","name":"补助人群生活改善情况","description":"补助工作开展","value":{"raw":"及时审核、足额发放"},"basis":"按照各管理处实际征地情况和养老补助费、生活补助费申报情况，及时审核、足额发放"},
                       {"level1":"满意度指标","level2":"服务对象满意度指标","name":"城乡参保对象满意度","description":"通过问卷调查，城乡居民重残人员对城乡代缴制度满意度","value":{"raw":"≥90百分数"},"basis":"文件安排"}]}]}}"""
                .formatted(fiscalYear, departmentCode);
    }

    @Test
    void costUnderOutputIsAFindingOnlyInAYearOfThe2021Form() {
        given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body(document(YEAR_2021_FORM, SubmissionDocuments.departmentCode()))
                .when().post("/api/v1/submissions?dryRun=true")
                .then().statusCode(200)
                .body("findings.find { it.ruleCode == 'LEVEL2_OUTSIDE_LEVEL1' }.path",
                        equalTo("/projects/0/indicators/3/level2"))
                .body("findings.findAll { it.ruleCode == 'UNKNOWN_LEVEL' }", org.hamcrest.Matchers.empty())
                .body("dimensionScores", hasKey("COMPLETENESS"))
                .body("projectScores[0].pointer", equalTo("/projects/0"));
        given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body(document(YEAR_2018_FORM, SubmissionDocuments.departmentCode()))
                .when().post("/api/v1/submissions?dryRun=true")
                .then().statusCode(200)
                .body("findings.ruleCode", not(hasItem("LEVEL2_OUTSIDE_LEVEL1")))
                .body("findings.ruleCode", not(hasItem("UNKNOWN_LEVEL")));
    }

    @Test
    void levelNamesAreStoredAsTheFrameworkNamesThemAndDeadlinesAsDates() {
        String id = given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body(document(YEAR_2018_FORM, SubmissionDocuments.departmentCode()))
                .when().post("/api/v1/submissions")
                .then().statusCode(201)
                .body("document.projects[0].indicators[5].level1", equalTo("效益指标"))
                .body("findings.find { it.path == '/projects/0/indicators/5/level1' }.ruleCode", equalTo("LEVEL_SYNONYM"))
                .body("dimensionScores", hasKey("FEASIBILITY"))
                .extract().path("id");
        given().auth().oauth2(COUNTY).when().get("/api/v1/submissions/" + id + "/versions/1/values")
                .then().statusCode(200)
                .body("find { it.path == '/projects/0/indicators/2/value' }.deadline", equalTo(YEAR_2018_FORM + "-06-30"))
                .body("find { it.path == '/projects/0/indicators/3/value' }.value.unitKind", equalTo("MONEY"));
    }
}
