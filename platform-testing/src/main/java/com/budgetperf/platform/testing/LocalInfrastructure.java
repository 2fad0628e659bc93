package com.budgetperf.platform.testing;

import java.nio.file.Path;
import java.util.List;

/**
 * The infrastructure a service needs to run on a developer's machine, without Docker: PostgreSQL 17 on
 * 5432 with the databases catalog, submission, review and report (owner/password {@code budget}), a Kafka
 * broker on 9092 and a token-signing OIDC provider on 8180, i.e. the services' default addresses. Prints
 * demo tokens, then runs until Ctrl-C; everything it started stops with it. Data does not survive a restart.
 * <pre>./mvnw -pl platform-testing exec:java</pre>
 */
public final class LocalInfrastructure {

    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws InterruptedException, java.io.IOException {
        int postgresPort = Integer.getInteger("postgres.port", 5432);
        int kafkaPort = Integer.getInteger("kafka.port", 9092);
        int oidcPort = Integer.getInteger("oidc.port", 8180);

        SharedPostgres.start(postgresPort, Path.of("target", "local-postgres").toAbsolutePath());
        for (String database : List.of("catalog", "submission", "review", "report")) {
            SharedPostgres.database(database, "budget");
        }
        String kafka = FixedPortKafka.start(kafkaPort, Path.of("target", "local-kafka").toAbsolutePath())
                .bootstrapServers();
        OidcProvider oidc = OidcProvider.start("localhost", oidcPort);

        System.out.printf("""

                本地基础设施已启动 (local infrastructure is up; Ctrl-C stops it)
                  PostgreSQL  jdbc:postgresql://localhost:%d/{catalog,submission,review,report}  user budget / budget
                  Kafka       %s
                  OIDC        %s

                Start a service in dev mode in another terminal, e.g.
                  ./mvnw -pl catalog-service quarkus:dev      -> http://localhost:8081/q/swagger-ui
                  curl localhost:8081/q/health/ready

                Demo access tokens (8 hours), use as: curl -H "Authorization: Bearer $TOKEN" ...
                """, postgresPort, kafka, oidc.issuer());
        printToken("满城区财政系统 (submitter, 130607)", TestTokens.user("mancheng-finance").roles("submitter").region("130607"));
        printToken("满城区财政局审核员 (reviewer, 130607)", TestTokens.user("mancheng.reviewer").roles("reviewer").region("130607"));
        printToken("保定市财政局分析员 (analyst, 1306)", TestTokens.user("baoding.analyst").roles("analyst").region("1306"));
        printToken("省指标库管理员 (catalog-admin, 13)", TestTokens.user("hebei.catalog").roles("catalog-admin").region("13"));
        Thread.currentThread().join();
    }

    private static void printToken(String who, TestTokens token) {
        System.out.println("  " + who + ":\n    " + token.lifetimeMinutes(480).sign());
    }
}
