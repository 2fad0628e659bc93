package com.budgetperf.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The production-like stack must be valid without Docker or a cluster here: every manifest parses, and the
 * things operations rely on are present (health checks and start order, probes on /q/health, resource
 * requests, autoscaling, topics kept for replay, one database per service, the realm's roles and region claim).
 */
class DeploymentFilesTests {

    static final Path DEPLOY = Path.of(System.getProperty("user.dir"));
    static final Path ROOT = DEPLOY.getParent();
    static final List<String> SERVICES = List.of("catalog-service", "submission-service", "review-service",
            "report-service");

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String key) {
        return (Map<String, Object>) ((Map<String, Object>) node).get(key);
    }

    static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> map = (Map<String, Object>) document;
                    documents.add(map);
                }
            }
        }
        return documents;
    }

    @Test
    void theServiceImageCarriesTheCjkFontReportServiceReadsByDefault() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("deploy/docker/service.Dockerfile"));
        String config = Files.readString(ROOT.resolve(
                "report-service/src/main/java/com/budgetperf/report/config/ReportConfig.java"));
        java.util.regex.Matcher fontDefault = java.util.regex.Pattern
                .compile("@WithDefault\\(\"([^\"]+\\.tt[cf])\"\\)").matcher(config);
        assertTrue(fontDefault.find(), "report.pdf.font-path has a default");
        String fontPath = fontDefault.group(1);
        assertTrue(dockerfile.contains("fonts-noto-cjk"), "the image installs Noto CJK");
        assertTrue(dockerfile.lines().anyMatch(line -> line.startsWith("COPY --from=") && line.endsWith(" " + fontPath)),
                "the runtime stage holds the font at " + fontPath);
    }

    @Test
    void dockerComposeStartsEverythingInOrderWithHealthChecks() throws IOException {
        Map<String, Object> compose = documents(ROOT.resolve("docker-compose.yml")).get(0);
        Map<String, Object> services = map(compose, "services");
        for (String infrastructure : List.of("postgres", "kafka", "keycloak")) {
            assertNotNull(map(services, infrastructure).get("image"), infrastructure);
            assertNotNull(map(services, infrastructure).get("healthcheck"), infrastructure);
        }
        assertTrue(String.valueOf(map(services, "kafka").get("image")).startsWith("apache/kafka:4"));
        assertTrue(String.valueOf(map(services, "postgres").get("image")).startsWith("postgres:17"));
        assertTrue(String.valueOf(map(services, "keycloak").get("image")).contains("keycloak:26"));
        for (String service : SERVICES) {
            Map<String, Object> definition = map(services, service);
            assertNotNull(definition, service);
            Map<String, Object> build = map(definition, "build");
            assertTrue(Files.exists(ROOT.resolve(String.valueOf(build.get("dockerfile")))), service + " Dockerfile");
            assertEquals(service, map(build, "args").get("SERVICE"));
            assertNotNull(definition.get("healthcheck"), service + " healthcheck");
            Map<String, Object> dependsOn = map(definition, "depends_on");
            for (String infrastructure : List.of("postgres", "kafka", "keycloak")) {
                assertEquals("service_healthy", map(dependsOn, infrastructure).get("condition"), service);
            }
            Map<String, Object> environment = map(definition, "environment");
            assertEquals(service.replace("-service", ""), environment.get("DB_NAME"));
            assertEquals("kafka:9092", environment.get("KAFKA_BOOTSTRAP_SERVERS"));
            assertTrue(Files.exists(ROOT.resolve(service).resolve("pom.xml")));
        }
        assertTrue(map(compose, "volumes").containsKey("postgres-data"));
        String realmMount = String.valueOf(((List<?>) map(services, "keycloak").get("volumes")).get(0));
        assertTrue(Files.exists(ROOT.resolve(realmMount.substring(2, realmMount.indexOf(':')))), realmMount);
        String databases = Files.readString(DEPLOY.resolve("postgres/create-databases.sh"));
        for (String service : SERVICES) {
            assertTrue(databases.contains("create database " + service.replace("-service", "")), service);
        }
    }

    @Test
    void everyKubernetesManifestParsesAndKustomizationListsOnlyExistingFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DEPLOY.resolve("k8s"))) {
            files = walk.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 12, "manifests: " + files);
        for (Path file : files) {
            for (Map<String, Object> document : documents(file)) {
                assertNotNull(document.get("apiVersion"), file + " apiVersion");
                assertNotNull(document.get("kind"), file + " kind");
                if (!"Kustomization".equals(document.get("kind"))) {
                    assertNotNull(map(document, "metadata").get("name"), file + " metadata.name");
                }
                if ("Kustomization".equals(document.get("kind"))) {
                    @SuppressWarnings("unchecked")
                    List<String> resources = (List<String>) document.getOrDefault("resources", List.of());
                    for (String resource : resources) {
                        assertTrue(Files.exists(file.getParent().resolve(resource)), file + " → " + resource);
                    }
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> patches = (List<Map<String, Object>>) document.getOrDefault("patches", List.of());
                    for (Map<String, Object> patch : patches) {
                        if (patch.get("path") != null) {
                            assertTrue(Files.exists(file.getParent().resolve(String.valueOf(patch.get("path")))),
                                    file + " → patch " + patch.get("path"));
                        }
                    }
                }
            }
        }
    }

    @Test
    void eachServiceHasProbesResourcesAutoscalingAndItsOwnDatabase() throws IOException {
        Path base = DEPLOY.resolve("k8s/base");
        Set<String> clusters = new HashSet<>();
        for (Map<String, Object> cluster : documents(base.resolve("postgres.yaml"))) {
            assertEquals("Cluster", cluster.get("kind"));
            clusters.add(String.valueOf(map(map(map(cluster, "spec"), "bootstrap"), "initdb").get("database")));
        }
        for (String service : SERVICES) {
            List<Map<String, Object>> documents = documents(base.resolve(service + ".yaml"));
            Set<String> kinds = new HashSet<>();
            for (Map<String, Object> document : documents) {
                kinds.add(String.valueOf(document.get("kind")));
                if ("Deployment".equals(document.get("kind"))) {
                    Map<String, Object> container = (Map<String, Object>) ((List<?>) map(map(map(document, "spec"),
                            "template"), "spec").get("containers")).get(0);
                    assertTrue(String.valueOf(map(map(container, "readinessProbe"), "httpGet").get("path"))
                            .equals("/q/health/ready"), service);
                    assertTrue(String.valueOf(map(map(container, "livenessProbe"), "httpGet").get("path"))
                            .equals("/q/health/live"), service);
                    assertNotNull(map(map(container, "resources"), "requests").get("cpu"), service);
                    assertNotNull(map(map(container, "resources"), "requests").get("memory"), service);
                }
            }
            assertEquals(Set.of("Deployment", "Service", "HorizontalPodAutoscaler"), kinds, service);
            assertTrue(clusters.contains(service.replace("-service", "")), service + " database");
        }
        Set<String> topics = new HashSet<>();
        for (Map<String, Object> topic : documents(base.resolve("kafka-topics.yaml"))) {
            Map<String, Object> spec = map(topic, "spec");
            topics.add(String.valueOf(spec.get("topicName")));
            if (String.valueOf(spec.get("topicName")).startsWith("budget.")) {
                assertEquals(-1, map(spec, "config").get("retention.ms"), "kept for replay: " + spec.get("topicName"));
            }
        }
        assertTrue(topics.containsAll(List.of("budget.catalog", "budget.submissions", "budget.reviews")), topics.toString());
    }

    static final Path PRODUCTION_REALM = DEPLOY.resolve("keycloak/budget-realm.json");
    static final Path DEMO_REALM = DEPLOY.resolve("local/keycloak/budget-realm.json");

    static void assertRolesRegionAndAudiences(JsonNode realm) {
        assertEquals("budget", realm.get("realm").asText());
        Set<String> roles = new HashSet<>();
        realm.at("/roles/realm").forEach(role -> roles.add(role.get("name").asText()));
        assertEquals(Set.of("submitter", "reviewer", "analyst", "catalog-admin", "admin"), roles);
        JsonNode regionScope = scope(realm, "region");
        assertNotNull(regionScope);
        assertEquals("region", regionScope.at("/protocolMappers/0/config/claim.name").asText());
        assertEquals("region", regionScope.at("/protocolMappers/0/config/user.attribute").asText());
        // every service checks that a token names it in `aud` (quarkus.oidc.token.audience)
        Set<String> audiences = new HashSet<>();
        for (JsonNode mapper : scope(realm, "budget-services").get("protocolMappers")) {
            assertEquals("oidc-audience-mapper", mapper.get("protocolMapper").asText());
            assertEquals("true", mapper.at("/config/access.token.claim").asText());
            audiences.add(mapper.at("/config/included.client.audience").asText());
        }
        assertEquals(Set.copyOf(SERVICES), audiences);
        Set<String> defaults = new HashSet<>();
        realm.get("defaultDefaultClientScopes").forEach(name -> defaults.add(name.asText()));
        assertTrue(defaults.containsAll(List.of("region", "roles", "budget-services")), defaults.toString());
        Set<String> clients = new HashSet<>();
        for (JsonNode client : realm.get("clients")) {
            clients.add(client.get("clientId").asText());
            if (client.has("defaultClientScopes")) {
                Set<String> scopes = new HashSet<>();
                client.get("defaultClientScopes").forEach(name -> scopes.add(name.asText()));
                assertTrue(scopes.contains("budget-services"), client.get("clientId") + " tokens carry the audiences");
            }
        }
        assertTrue(clients.containsAll(SERVICES), clients.toString());
    }

    static JsonNode scope(JsonNode realm, String name) {
        for (JsonNode scope : realm.get("clientScopes")) {
            if (name.equals(scope.get("name").asText())) {
                return scope;
            }
        }
        return null;
    }

    /** The client secrets, user passwords and user names of the demo realm: none may appear in production. */
    static Set<String> demoItems() throws IOException {
        JsonNode demo = new ObjectMapper().readTree(DEMO_REALM.toFile());
        Set<String> items = new HashSet<>();
        demo.get("clients").forEach(client -> {
            if (client.has("secret")) {
                items.add(client.get("secret").asText());
            }
        });
        demo.get("users").forEach(user -> {
            if (!user.get("username").asText().startsWith("service-account-")) {
                items.add(user.get("username").asText());
            }
        });
        assertTrue(items.containsAll(List.of("submission-service-secret", "review-service-secret", "report-service-secret",
                "county-130607-secret", "mancheng.reviewer", "mancheng.clerk", "hebei.catalog")), items.toString());
        return items;
    }

    @Test
    void theProductionRealmHasNoUserNoSecretNoPasswordGrantAndLocksOutGuessers() throws IOException {
        String text = Files.readString(PRODUCTION_REALM);
        JsonNode realm = new ObjectMapper().readTree(text);
        assertRolesRegionAndAudiences(realm);
        assertTrue(!realm.has("users") || realm.get("users").isEmpty(), "no users in the production realm");
        assertFalse(text.contains("\"credentials\""), "no credentials");
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("demo"), "no demo item");
        for (String item : demoItems()) {
            assertFalse(text.contains(item), "demo item in the production realm: " + item);
        }
        for (JsonNode client : realm.get("clients")) {
            String id = client.get("clientId").asText();
            assertFalse(client.path("publicClient").asBoolean(false), id + ": no public client");
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(false), id + ": no password grant");
            assertFalse(client.path("implicitFlowEnabled").asBoolean(false), id + ": no implicit flow");
            if (client.has("secret")) {
                assertTrue(client.get("secret").asText().matches("\\$\\{[A-Z_]+}"),
                        id + ": the secret is a placeholder filled at import from a Secret or the environment");
            }
            assertFalse(id.startsWith("county-") || id.equals("budget-tests"), id + " is a demo caller");
        }
        assertTrue(realm.get("bruteForceProtected").asBoolean(), "brute-force detection");
        assertTrue(realm.get("failureFactor").asInt() <= 10, "lock out after a few failures");
        assertTrue(realm.get("passwordPolicy").asText().contains("length("), "a password policy");
        JsonNode profile = new ObjectMapper().readTree(realm.at(
                "/components/org.keycloak.userprofile.UserProfileProvider/0/config/kc.user.profile.config/0").asText());
        JsonNode region = null;
        for (JsonNode attribute : profile.get("attributes")) {
            if ("region".equals(attribute.get("name").asText())) {
                region = attribute;
            }
        }
        assertNotNull(region, "region is declared in the user profile");
        assertEquals(List.of("admin"), List.of(region.at("/permissions/edit/0").asText()), "only admins set a region");
        assertTrue(region.at("/validations/pattern/pattern").asText().startsWith("^[0-9]"), "region is a code");
    }

    @Test
    void theDemoRealmServesTheLocalStackOnly() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(DEMO_REALM.toFile());
        assertRolesRegionAndAudiences(realm);
        Set<String> people = new HashSet<>();
        for (JsonNode user : realm.get("users")) {
            assertFalse(user.at("/attributes/region/0").asText().isEmpty(), user.get("username").asText());
            people.add(user.get("username").asText());
        }
        assertTrue(people.containsAll(List.of("mancheng.reviewer", "baoding.reviewer", "baoding.analyst", "hebei.catalog",
                "service-account-county-130607")), people.toString());
        // nothing in the production path imports it
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        assertTrue(compose.contains("./deploy/keycloak/budget-realm.json:"), "compose imports the production realm");
        assertFalse(compose.contains("local/keycloak"), "compose never imports the demo realm");
        try (Stream<Path> walk = Files.walk(DEPLOY.resolve("k8s"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).contains("local/keycloak"), file.toString());
            }
        }
        assertTrue(Files.readString(DEPLOY.resolve("local/src/main/java/com/budgetperf/local/LocalStack.java"))
                .contains("deploy/local/keycloak/budget-realm.json"), "the local stack imports the demo realm");
    }

    @Test
    void everySecretOfTheProductionPathComesFromSecretsOrTheEnvironmentWithoutADemoDefault() throws IOException {
        Set<String> demoItems = demoItems();
        String composeText = Files.readString(ROOT.resolve("docker-compose.yml"));
        for (String item : demoItems) {
            assertFalse(composeText.contains(item), "docker-compose.yml uses a demo item: " + item);
        }
        Map<String, Object> services = map(documents(ROOT.resolve("docker-compose.yml")).get(0), "services");
        int secrets = 0;
        for (Map.Entry<String, Object> service : services.entrySet()) {
            Map<String, Object> environment = map(service.getValue(), "environment");
            if (environment == null) {
                continue;
            }
            for (Map.Entry<String, Object> variable : environment.entrySet()) {
                if (variable.getKey().matches(".*(PASSWORD|SECRET).*")) {
                    secrets++;
                    assertTrue(String.valueOf(variable.getValue()).matches("\\$\\{[A-Z_]+:\\?[^}]*}"),
                            service.getKey() + " " + variable.getKey() + " must be ${VAR:?...} (from the environment, "
                                    + "no default): " + variable.getValue());
                }
            }
        }
        assertTrue(secrets >= 12, "secrets seen in compose: " + secrets);
        Map<String, Object> review = map(map(services, "review-service"), "environment");
        assertEquals("review_app", review.get("DB_APP_USER"));
        assertNotNull(review.get("OIDC_CLIENT_SECRET"));
        assertNotNull(map(map(services, "report-service"), "environment").get("OIDC_CLIENT_SECRET"));
        assertNotNull(map(map(services, "submission-service"), "environment").get("OIDC_CLIENT_SECRET"));
        Map<String, Object> keycloak = map(map(services, "keycloak"), "environment");
        for (String placeholder : placeholders()) {
            assertNotNull(keycloak.get(placeholder), "the realm placeholder " + placeholder + " is passed to Keycloak");
        }

        // Kubernetes: every password, secret or JAAS line of a Deployment comes from a Secret
        List<Path> manifests;
        try (Stream<Path> walk = Files.walk(DEPLOY.resolve("k8s"))) {
            manifests = walk.filter(path -> path.toString().endsWith(".yaml")).toList();
        }
        Set<String> fromSecrets = new HashSet<>();
        for (Path file : manifests) {
            for (Map<String, Object> document : documents(file)) {
                if (!"Deployment".equals(document.get("kind"))) {
                    continue;
                }
                String name = String.valueOf(map(document, "metadata").get("name"));
                for (Object container : (List<?>) map(map(map(document, "spec"), "template"), "spec").get("containers")) {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> env = (List<Map<String, Object>>) ((Map<String, Object>) container)
                            .getOrDefault("env", List.of());
                    for (Map<String, Object> variable : env) {
                        String variableName = String.valueOf(variable.get("name"));
                        if (variableName.matches("(?i).*(password|secret|jaas).*")) {
                            assertNull(variable.get("value"), file + " " + name + " " + variableName + " has a literal value");
                            assertNotNull(map(map(variable, "valueFrom"), "secretKeyRef"), file + " " + variableName);
                            fromSecrets.add(name + " " + variableName);
                        }
                    }
                }
            }
        }
        for (String service : SERVICES) {
            assertTrue(fromSecrets.contains(service + " DB_PASSWORD"), fromSecrets.toString());
            assertTrue(fromSecrets.contains(service + " kafka.sasl.jaas.config"), fromSecrets.toString());
        }
        assertTrue(fromSecrets.containsAll(List.of("submission-service OIDC_CLIENT_SECRET",
                "review-service OIDC_CLIENT_SECRET", "report-service OIDC_CLIENT_SECRET",
                "review-service DB_APP_PASSWORD")), fromSecrets.toString());
        for (Path file : manifests) {
            String text = Files.readString(file);
            for (String item : demoItems) {
                assertFalse(text.contains(item), file + " uses a demo item: " + item);
            }
            assertFalse(text.contains("kind: Secret\n"), file + ": no Secret with data in the repository");
        }

        // the services: no client secret default, every one checks its audience
        for (String service : SERVICES) {
            String properties = Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.properties"));
            assertFalse(properties.matches("(?s).*\\$\\{OIDC_CLIENT_SECRET:.*"), service + ": a default client secret");
            for (String line : properties.lines().toList()) {
                if (line.contains("credentials.secret=") && !line.startsWith("%test.") && !line.startsWith("%dev.")) {
                    assertTrue(line.endsWith("=${OIDC_CLIENT_SECRET}"), service + ": " + line);
                }
            }
        }
        String shared = Files.readString(ROOT.resolve(
                "platform-infrastructure/src/main/resources/META-INF/microprofile-config.properties"));
        assertTrue(shared.contains("quarkus.oidc.token.audience=${quarkus.application.name}"), "audience checked");
        assertFalse(shared.contains("%prod.quarkus.oidc.token.audience"), "in every profile");
    }

    /** The ${NAME} placeholders of the production realm, resolved by Keycloak at import. */
    static Set<String> placeholders() throws IOException {
        Set<String> names = new HashSet<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\$\\{([A-Z_]+)}")
                .matcher(Files.readString(PRODUCTION_REALM));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        assertEquals(Set.of("SUBMISSION_SERVICE_CLIENT_SECRET", "REVIEW_SERVICE_CLIENT_SECRET", "REPORT_SERVICE_CLIENT_SECRET",
                "SUBMISSION_UI_URL", "REVIEW_UI_URL", "REPORT_UI_URL"),
                names);
        return names;
    }
}
