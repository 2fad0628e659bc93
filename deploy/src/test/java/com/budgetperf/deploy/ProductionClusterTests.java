package com.budgetperf.deploy;

import static com.budgetperf.deploy.DeploymentFilesTests.DEPLOY;
import static com.budgetperf.deploy.DeploymentFilesTests.ROOT;
import static com.budgetperf.deploy.DeploymentFilesTests.SERVICES;
import static com.budgetperf.deploy.DeploymentFilesTests.documents;
import static com.budgetperf.deploy.DeploymentFilesTests.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * What locks the production cluster down, read from the manifests: Kafka only over TLS with SCRAM users whose ACLs
 * follow event ownership (checked against each service's channel configuration), services configured for SASL,
 * topics declared by Strimzi only, NetworkPolicies that deny by default and open each database to its service
 * only, and UTF-8 databases (pg_trgm needs a UTF-8 LC_CTYPE for Chinese).
 */
class ProductionClusterTests {

    static final Path PRODUCTION = DEPLOY.resolve("k8s/overlays/production");
    static final Map<String, String> OWN_TOPIC = Map.of("catalog-service", "budget.catalog",
            "submission-service", "budget.submissions", "review-service", "budget.reviews");

    /** A service's consumed topics, consumer groups and dead-letter topics, from its application.properties. */
    record Channels(Set<String> topics, Set<String> groups, Set<String> deadLetters) {

        static Channels of(String service) throws IOException {
            String properties = Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.properties"));
            Channels channels = new Channels(new HashSet<>(), new HashSet<>(), new HashSet<>());
            Matcher matcher = Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.\"([^\"]+)\"\\.([a-z.-]+)=(.+)$")
                    .matcher(properties);
            while (matcher.find()) {
                channels.topics.add(matcher.group(1));
                if (matcher.group(2).equals("group.id")) {
                    channels.groups.add(matcher.group(3).strip());
                } else if (matcher.group(2).equals("dead-letter-queue.topic")) {
                    channels.deadLetters.add(matcher.group(3).strip());
                }
            }
            return channels;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object node) {
        return (Map<String, Object>) node;
    }

    record Acl(String type, String name, String pattern, List<String> operations) {

        boolean covers(String resourceType, String resource, String operation) {
            boolean named = "prefix".equals(pattern) ? resource.startsWith(name) : resource.equals(name);
            return type.equals(resourceType) && named && operations.contains(operation);
        }
    }

    static Map<String, List<Acl>> kafkaUsers() throws IOException {
        Map<String, List<Acl>> users = new HashMap<>();
        for (Map<String, Object> user : documents(PRODUCTION.resolve("kafka-users.yaml"))) {
            assertEquals("KafkaUser", user.get("kind"));
            assertEquals("budget", map(map(user, "metadata"), "labels").get("strimzi.io/cluster"));
            assertEquals("scram-sha-512", map(map(user, "spec"), "authentication").get("type"));
            List<Acl> acls = new ArrayList<>();
            for (Object entry : (List<?>) map(map(user, "spec"), "authorization").get("acls")) {
                Map<String, Object> resource = map(entry, "resource");
                @SuppressWarnings("unchecked")
                List<String> operations = (List<String>) ((Map<String, Object>) entry).get("operations");
                acls.add(new Acl(String.valueOf(resource.get("type")), String.valueOf(resource.get("name")),
                        String.valueOf(resource.getOrDefault("patternType", "literal")), operations));
            }
            users.put(String.valueOf(map(user, "metadata").get("name")), acls);
        }
        return users;
    }

    @Test
    void eachServiceWritesOnlyItsOwnTopicAndReadsWhatItConsumes() throws IOException {
        Map<String, List<Acl>> users = kafkaUsers();
        assertEquals(Set.copyOf(SERVICES), users.keySet());
        Set<String> eventTopics = Set.of("budget.catalog", "budget.submissions", "budget.reviews");
        for (String service : SERVICES) {
            List<Acl> acls = users.get(service);
            Channels channels = Channels.of(service);
            Set<String> writable = new HashSet<>();
            Set<String> readable = new HashSet<>();
            for (String topic : eventTopics) {
                if (acls.stream().anyMatch(acl -> acl.covers("topic", topic, "Write"))) {
                    writable.add(topic);
                }
                if (acls.stream().anyMatch(acl -> acl.covers("topic", topic, "Read"))) {
                    readable.add(topic);
                }
            }
            assertEquals(OWN_TOPIC.containsKey(service) ? Set.of(OWN_TOPIC.get(service)) : Set.of(), writable,
                    service + " writes only its own topic");
            assertEquals(channels.topics(), readable, service + " reads exactly what it consumes");
            for (String group : channels.groups()) {
                assertTrue(acls.stream().anyMatch(acl -> acl.covers("group", group, "Read")), service + " group " + group);
            }
            for (String deadLetter : channels.deadLetters()) {
                assertTrue(deadLetter.startsWith(service + "."), deadLetter);
                assertTrue(acls.stream().anyMatch(acl -> acl.covers("topic", deadLetter, "Write")), deadLetter);
            }
            for (String other : SERVICES) {
                if (!other.equals(service)) {
                    assertFalse(acls.stream().anyMatch(acl -> acl.covers("group", other + ".x", "Read")),
                            service + " may not join " + other + "'s groups");
                    assertFalse(acls.stream().anyMatch(acl -> acl.covers("topic", other + ".dlq.x", "Write")),
                            service + " may not write " + other + "'s dead letters");
                }
            }
            assertFalse(acls.stream().anyMatch(acl -> acl.name().equals("*") || acl.type().equals("cluster")),
                    service + ": no wildcard or cluster ACL");
        }
    }

    @Test
    void productionKafkaAuthenticatesAuthorisesAndTheServicesSpeakSasl() throws IOException {
        List<String> patches = new ArrayList<>();
        for (Object patch : (List<?>) documents(PRODUCTION.resolve("kustomization.yaml")).get(0).get("patches")) {
            Object path = ((Map<?, ?>) patch).get("path");
            if (path != null) {
                patches.add(String.valueOf(path));
            }
        }
        assertTrue(((List<?>) documents(PRODUCTION.resolve("kustomization.yaml")).get(0).get("resources"))
                .contains("kafka-users.yaml"));

        Map<String, Object> kafka = documents(PRODUCTION.resolve("kafka-security.yaml")).get(0);
        assertTrue(patches.contains("kafka-security.yaml"));
        assertEquals("Kafka", kafka.get("kind"));
        Map<String, Object> spec = map(map(kafka, "spec"), "kafka");
        List<?> listeners = (List<?>) spec.get("listeners");
        assertEquals(1, listeners.size(), "the patch replaces the plain listener: no unauthenticated port");
        Map<String, Object> listener = asMap(listeners.get(0));
        assertEquals(Boolean.TRUE, listener.get("tls"));
        assertEquals("scram-sha-512", map(listener, "authentication").get("type"));
        Set<String> peers = new HashSet<>();
        for (Object peer : (List<?>) listener.get("networkPolicyPeers")) {
            peers.add(String.valueOf(map(map(peer, "podSelector"), "matchLabels").get("app.kubernetes.io/name")));
        }
        assertEquals(Set.copyOf(SERVICES), peers, "only the services reach the listener");
        assertEquals("simple", map(spec, "authorization").get("type"));
        assertNotNull(map(map(kafka, "spec"), "entityOperator").get("userOperator"));

        Map<String, Object> platform = map(documents(PRODUCTION.resolve("platform-config.yaml")).get(0), "data");
        assertTrue(String.valueOf(platform.get("KAFKA_BOOTSTRAP_SERVERS")).endsWith(":" + listener.get("port")));
        assertEquals("SASL_SSL", platform.get("kafka.security.protocol"));
        assertEquals("SCRAM-SHA-512", platform.get("kafka.sasl.mechanism"));
        assertEquals("PEM", platform.get("kafka.ssl.truststore.type"));
        // topics belong to the Strimzi KafkaTopics: the services do not declare them (platform.topics.declare-at-start)
        assertEquals("false", platform.get("PLATFORM_TOPICS_DECLARE_AT_START"));
        String topicsConfig = Files.readString(ROOT.resolve(
                "platform-infrastructure/src/main/java/com/budgetperf/platform/kafka/TopicsConfig.java"));
        assertTrue(topicsConfig.contains("prefix = \"platform.topics\"") && topicsConfig.contains("boolean declareAtStart()"),
                "the variable names the platform's topic-declaration switch");

        for (String service : SERVICES) {
            String patch = "kafka-clients/" + service + ".yaml";
            assertTrue(patches.contains(patch), patch);
            Map<String, Object> deployment = documents(PRODUCTION.resolve(patch)).get(0);
            assertEquals(service, map(deployment, "metadata").get("name"));
            Map<String, Object> pod = map(map(map(deployment, "spec"), "template"), "spec");
            Map<String, Object> container = asMap(((List<?>) pod.get("containers")).get(0));
            assertEquals(service, container.get("name"));
            Map<String, Object> jaas = asMap(((List<?>) container.get("env")).get(0));
            assertEquals("kafka.sasl.jaas.config", jaas.get("name"));
            Map<String, Object> secret = map(map(jaas, "valueFrom"), "secretKeyRef");
            assertEquals(service, secret.get("name"), "the secret of the KafkaUser of the same name");
            assertEquals("sasl.jaas.config", secret.get("key"));
            String truststore = String.valueOf(platform.get("kafka.ssl.truststore.location"));
            String mount = String.valueOf(asMap(((List<?>) container.get("volumeMounts")).get(0))
                    .get("mountPath"));
            assertTrue(truststore.startsWith(mount + "/"), truststore + " in " + mount);
        }
    }

    @Test
    void networkPoliciesDenyByDefaultAndOpenEachDatabaseToItsServiceOnly() throws IOException {
        Path file = DEPLOY.resolve("k8s/base/network-policies.yaml");
        assertTrue(((List<?>) documents(DEPLOY.resolve("k8s/base/kustomization.yaml")).get(0).get("resources"))
                .contains("network-policies.yaml"));
        Map<String, Map<String, Object>> policies = new HashMap<>();
        for (Map<String, Object> policy : documents(file)) {
            assertEquals("NetworkPolicy", policy.get("kind"));
            policies.put(String.valueOf(map(policy, "metadata").get("name")), map(policy, "spec"));
        }
        Map<String, Object> deny = policies.get("default-deny-ingress");
        assertNotNull(deny, "a default deny");
        assertTrue(map(deny, "podSelector").isEmpty(), "for every pod");
        assertEquals(List.of("Ingress"), deny.get("policyTypes"));
        assertFalse(deny.containsKey("ingress"), "allowing nothing");
        for (String service : SERVICES) {
            String cluster = service.replace("-service", "") + "-db";
            Map<String, Object> policy = policies.get(cluster);
            assertNotNull(policy, cluster);
            assertEquals(cluster, map(map(policy, "podSelector"), "matchLabels").get("cnpg.io/cluster"));
            Set<String> apps = new HashSet<>();
            for (Object rule : (List<?>) policy.get("ingress")) {
                for (Object from : (List<?>) ((Map<?, ?>) rule).get("from")) {
                    Map<String, Object> pods = map(from, "podSelector");
                    if (pods != null && map(pods, "matchLabels").get("app.kubernetes.io/name") != null) {
                        apps.add(String.valueOf(map(pods, "matchLabels").get("app.kubernetes.io/name")));
                    }
                    assertFalse(pods != null && pods.isEmpty(), cluster + ": no rule for every pod");
                }
            }
            assertEquals(Set.of(service), apps, cluster + " is reached by " + service + " only");
        }
        Map<String, Object> http = policies.get("services-http");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> expressions = (List<Map<String, Object>>) map(http, "podSelector").get("matchExpressions");
        assertEquals(Set.copyOf(SERVICES), Set.copyOf((List<?>) expressions.get(0).get("values")));
        assertNotNull(policies.get("keycloak"));
    }

    @Test
    void everyDatabaseIsUtf8WithAUtf8CharacterClassification() throws IOException {
        List<Map<String, Object>> clusters = new ArrayList<>(documents(DEPLOY.resolve("k8s/base/postgres.yaml")));
        for (Map<String, Object> document : documents(DEPLOY.resolve("k8s/base/keycloak.yaml"))) {
            if ("Cluster".equals(document.get("kind"))) {
                clusters.add(document);
            }
        }
        assertEquals(5, clusters.size());
        for (Map<String, Object> cluster : clusters) {
            Map<String, Object> initdb = map(map(map(cluster, "spec"), "bootstrap"), "initdb");
            String name = String.valueOf(map(cluster, "metadata").get("name"));
            assertEquals("UTF8", initdb.get("encoding"), name);
            assertTrue(String.valueOf(initdb.get("localeCType")).matches("(?i)[a-z_]+\\.utf-?8"),
                    name + " LC_CTYPE " + initdb.get("localeCType"));
        }
        Map<String, Object> review = clusters.stream()
                .filter(cluster -> "review-db".equals(map(cluster, "metadata").get("name"))).findFirst().orElseThrow();
        Map<String, Object> role = asMap(((List<?>) map(map(review, "spec"), "managed").get("roles")).get(0));
        assertEquals("review_app", role.get("name"), "review-service runs as a role that does not own the audit log");
        assertEquals("review-db-runtime", map(role, "passwordSecret").get("name"));
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        assertTrue(compose.matches("(?s).*POSTGRES_INITDB_ARGS: \"--encoding=UTF8 --lc-ctype=[a-zA-Z_]+\\.UTF-8.*"),
                "docker-compose initialises PostgreSQL with a UTF-8 LC_CTYPE");
    }
}
