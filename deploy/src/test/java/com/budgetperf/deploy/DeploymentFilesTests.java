package com.budgetperf.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
        String databases = Files.readString(DEPLOY.resolve("postgres/create-databases.sql"));
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

    @Test
    void theRealmHasTheRolesTheRegionClaimAndTheDemoCallers() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(DEPLOY.resolve("keycloak/budget-realm.json").toFile());
        assertEquals("budget", realm.get("realm").asText());
        Set<String> roles = new HashSet<>();
        realm.at("/roles/realm").forEach(role -> roles.add(role.get("name").asText()));
        assertEquals(Set.of("submitter", "reviewer", "analyst", "catalog-admin", "admin"), roles);
        JsonNode regionScope = null;
        for (JsonNode scope : realm.get("clientScopes")) {
            if ("region".equals(scope.get("name").asText())) {
                regionScope = scope;
            }
        }
        assertNotNull(regionScope);
        assertEquals("region", regionScope.at("/protocolMappers/0/config/claim.name").asText());
        assertEquals("region", regionScope.at("/protocolMappers/0/config/user.attribute").asText());
        Set<String> clients = new HashSet<>();
        realm.get("clients").forEach(client -> clients.add(client.get("clientId").asText()));
        assertTrue(clients.containsAll(SERVICES), clients.toString());
        Set<String> people = new HashSet<>();
        for (JsonNode user : realm.get("users")) {
            assertFalse(user.at("/attributes/region/0").asText().isEmpty(), user.get("username").asText());
            people.add(user.get("username").asText());
        }
        assertTrue(people.containsAll(List.of("mancheng.reviewer", "baoding.reviewer", "baoding.analyst", "hebei.catalog",
                "service-account-county-130607")), people.toString());
    }
}
