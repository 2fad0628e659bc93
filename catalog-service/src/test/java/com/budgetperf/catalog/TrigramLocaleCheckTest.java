package com.budgetperf.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import com.budgetperf.catalog.repository.TrigramLocaleCheck;
import com.budgetperf.platform.testing.SharedPostgres;

import io.quarkus.test.junit.QuarkusTest;

/**
 * pg_trgm sees Chinese only with a UTF-8 LC_CTYPE: the readiness check says UP on the test database (UTF-8) and
 * the same inspection finds no Chinese trigram on a database initialised with the C locale, which makes it DOWN.
 */
@QuarkusTest
class TrigramLocaleCheckTest {

    @Test
    void readinessReportsTheDatabaseLocaleAndIsUpOnAUtf8Database() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.findAll { it.name == 'catalog-database-locale' }.status", hasItem("UP"))
                .body("checks.findAll { it.name == 'catalog-database-locale' }.data.encoding", hasItem("UTF8"));
    }

    @Test
    void aCLocaleDatabaseRanksNoChineseAndIsNotReady() throws Exception {
        try (Connection admin = SharedPostgres.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists catalog_c_locale");
            statement.execute("create database catalog_c_locale template template0 encoding 'UTF8' "
                    + "lc_ctype 'C' lc_collate 'C'");
        }
        try (Connection connection = SharedPostgres.connect("catalog_c_locale");
                Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_trgm");
            TrigramLocaleCheck.DatabaseLocale locale = TrigramLocaleCheck.DatabaseLocale.of(connection);
            assertEquals("C", locale.ctype());
            assertEquals(0, locale.chineseTrigrams(), "C ctype: Chinese characters are not word characters");
            assertFalse(locale.ranksChinese());
        }
        try (Connection connection = SharedPostgres.connect("catalog")) {
            TrigramLocaleCheck.DatabaseLocale locale = TrigramLocaleCheck.DatabaseLocale.of(connection);
            assertTrue(locale.chineseTrigrams() > 0, locale.toString());
            assertTrue(locale.ranksChinese(), locale.toString());
        }
    }
}
