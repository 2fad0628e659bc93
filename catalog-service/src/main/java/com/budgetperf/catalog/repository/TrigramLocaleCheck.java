package com.budgetperf.catalog.repository;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.agroal.api.AgroalDataSource;

/**
 * The indicator search ranks Chinese names with pg_trgm, which sees Chinese characters only when the database's
 * {@code LC_CTYPE} is a UTF-8 locale: on a database initialised with the C locale every Chinese name has no
 * trigram and the search silently ranks nothing. The service is not ready on such a database, and says why.
 */
@Readiness
@ApplicationScoped
public class TrigramLocaleCheck implements HealthCheck {

    static final String NAME = "catalog-database-locale";
    static final String PROBE = "绩效目标";

    private final AgroalDataSource dataSource;

    public TrigramLocaleCheck(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What the database says about its locale, and how many trigrams pg_trgm finds in a Chinese probe. */
    public record DatabaseLocale(String encoding, String ctype, int chineseTrigrams) {

        public boolean ranksChinese() {
            return "UTF8".equals(encoding) && chineseTrigrams > 0;
        }

        public static DatabaseLocale of(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select pg_encoding_to_char(d.encoding), d.datctype, "
                            + "coalesce(array_length(show_trgm('" + PROBE + "'), 1), 0) "
                            + "from pg_database d where d.datname = current_database()")) {
                row.next();
                return new DatabaseLocale(row.getString(1), row.getString(2), row.getInt(3));
            }
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        try (Connection connection = dataSource.getConnection()) {
            DatabaseLocale locale = DatabaseLocale.of(connection);
            response.withData("encoding", locale.encoding()).withData("lcCtype", locale.ctype())
                    .withData("chineseTrigrams", locale.chineseTrigrams()).status(locale.ranksChinese());
            if (!locale.ranksChinese()) {
                response.withData("problem", "数据库字符分类（LC_CTYPE=" + locale.ctype() + "，编码 " + locale.encoding()
                        + "）不是 UTF-8：pg_trgm 无法识别中文，指标库检索无法排序。请以 UTF-8 区域（如 en_US.UTF-8）初始化数据库。");
            }
        } catch (SQLException e) {
            response.down().withData("problem", "无法检查数据库区域设置：" + e.getMessage());
        }
        return response.build();
    }
}
