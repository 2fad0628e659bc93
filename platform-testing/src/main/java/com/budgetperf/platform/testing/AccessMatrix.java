package com.budgetperf.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The role × region × endpoint matrix of a service: every operation of its OpenAPI document ({@code /q/openapi})
 * is called as each {@link Caller} with a real signed token, and the answer must be the one the matrix says:
 * <em>allowed</em> (not 401 or 403, not a 404 the service uses to hide data, never 5xx) or <em>denied</em> (401,
 * 403 or 404; a redirect to the login page for a browser route without a token; never 5xx). An operation of the
 * document without an entry fails the run, and so does an entry the document no longer has: a new endpoint cannot
 * be forgotten.
 * <p>
 * The data every operation reaches belongs to the own county {@value #OWN_COUNTY} (满城区 of 保定市 1306); the
 * tokens differ only in their {@code region} claim and role:
 * <pre>{@code
 * AccessMatrix matrix = new AccessMatrix(RestAssured.port);
 * matrix.operation("GET /api/v1/submissions/{id}").role("submitter").wrongRole("analyst")
 *         .allow(AccessMatrix.COVERING).call(caller -> Call.of().path("id", submissionId));
 * matrix.run();
 * }</pre>
 */
public final class AccessMatrix {

    /** 满城区, the county whose data every operation reaches. */
    public static final String OWN_COUNTY = "130607";
    /** 莲池区, another county of the same city. */
    public static final String SIBLING_COUNTY = "130606";
    /** 保定市 in the short form of a city bureau's token. */
    public static final String OWN_CITY = "1306";
    /** 承德市, another city. */
    public static final String OTHER_CITY = "1308";
    /** 河北省. */
    public static final String PROVINCE = "13";

    /** Who calls: the token's region (or none) and whether its role is the one the operation needs. */
    public enum Caller {
        OWN_COUNTY(AccessMatrix.OWN_COUNTY),
        SIBLING_COUNTY(AccessMatrix.SIBLING_COUNTY),
        OWN_CITY(AccessMatrix.OWN_CITY),
        OTHER_CITY(AccessMatrix.OTHER_CITY),
        PROVINCE(AccessMatrix.PROVINCE),
        /** The operation's role, no {@code region} claim. */
        NO_REGION(null),
        /** The province's region (it covers everything), with a role the operation does not accept. */
        WRONG_ROLE(AccessMatrix.PROVINCE),
        /** No token at all. */
        ANONYMOUS(null);

        private final String region;

        Caller(String region) {
            this.region = region;
        }

        /** The token's {@code region} claim, null for none. */
        public String region() {
            return region;
        }
    }

    /** The callers whose region covers the own county's data: the county itself, its city, the province. */
    public static final Set<Caller> COVERING = EnumSet.of(Caller.OWN_COUNTY, Caller.OWN_CITY, Caller.PROVINCE);
    /** Every caller with the operation's role and a region. */
    public static final Set<Caller> ANY_REGION = EnumSet.of(Caller.OWN_COUNTY, Caller.SIBLING_COUNTY, Caller.OWN_CITY,
            Caller.OTHER_CITY, Caller.PROVINCE);
    /** Every caller with a valid token, whatever its role and region. */
    public static final Set<Caller> ANY_TOKEN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));

    private final Map<String, Operation> operations = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final int port;

    /**
     * @param port the port of the service under test ({@code RestAssured.port} as the test sees it: this class may be
     *             loaded apart from the test's copy of RestAssured, whose port Quarkus sets)
     */
    public AccessMatrix(int port) {
        this.port = port;
    }

    /** One operation, {@code "GET /api/v1/submissions/{id}"} as its OpenAPI document names it. */
    public Operation operation(String methodAndPath) {
        String[] parts = methodAndPath.trim().split("\\s+", 2);
        String key = parts[0].toUpperCase(Locale.ROOT) + " " + parts[1];
        if (operations.containsKey(key)) {
            throw new IllegalArgumentException("operation listed twice in the matrix: " + key);
        }
        Operation operation = new Operation(parts[0].toUpperCase(Locale.ROOT), parts[1]);
        operations.put(key, operation);
        return operation;
    }

    /**
     * The platform's operations endpoints every service carries (parked outbox events, dead-letter topics): province
     * administrators only. Nothing is parked and no such topic is consumed, so the province's calls answer 404
     * (or an empty list).
     */
    public AccessMatrix reliabilityOperations() {
        java.util.UUID nothingParked = java.util.UUID.fromString("00000000-0000-0000-0000-00000000a11e");
        operation("GET /api/v1/admin/outbox/parked").role("admin").wrongRole("reviewer").allow(Caller.PROVINCE)
                .call(caller -> Call.of());
        operation("POST /api/v1/admin/outbox/parked/{id}/retry").role("admin").wrongRole("submitter")
                .allow(Caller.PROVINCE).notFoundIsAnAnswer().status(Caller.PROVINCE, 404)
                .call(caller -> Call.of().path("id", nothingParked));
        operation("POST /api/v1/admin/outbox/parked/{id}/skip").role("admin").wrongRole("analyst")
                .allow(Caller.PROVINCE).notFoundIsAnAnswer().status(Caller.PROVINCE, 404)
                .call(caller -> Call.of().path("id", nothingParked));
        operation("GET /api/v1/admin/dead-letters").role("admin").wrongRole("reviewer").allow(Caller.PROVINCE)
                .call(caller -> Call.of());
        operation("POST /api/v1/admin/dead-letters/{topic}/replay").role("admin").wrongRole("submitter")
                .allow(Caller.PROVINCE).notFoundIsAnAnswer().status(Caller.PROVINCE, 404)
                .call(caller -> Call.of().path("topic", "budget.not-consumed-here"));
        return this;
    }

    /** The operations of a service's OpenAPI document, as {@code "METHOD /path"}. */
    public Set<String> documentedOperations() {
        Map<String, Map<String, Object>> paths = given().port(port).get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch", "head").contains(method))
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return documented;
    }

    /**
     * Calls every operation as every caller; fails listing each operation without an entry, each entry without an
     * operation and each answer that is not the expected one.
     *
     * @return the number of calls made (operations × callers)
     */
    public int run() {
        Set<String> documented = documentedOperations();
        List<String> problems = new ArrayList<>();
        documented.stream().filter(op -> !operations.containsKey(op))
                .forEach(op -> problems.add(op + ": no entry in the access matrix"));
        // browser pages (a code-flow tenant's routes) are not part of the API contract, but are called all the same
        operations.entrySet().stream().filter(op -> !documented.contains(op.getKey()) && !op.getValue().browserRoute)
                .forEach(op -> problems.add(op.getKey() + ": in the access matrix, not in the OpenAPI document"));
        if (!problems.isEmpty()) {
            fail("access matrix and OpenAPI document disagree:\n" + String.join("\n", problems));
        }
        int calls = 0;
        for (Operation operation : operations.values()) {
            for (Caller caller : Caller.values()) {
                String outcome = operation.check(caller, this);
                calls++;
                if (outcome != null) {
                    problems.add(operation.method + " " + operation.path + " as " + caller + ": " + outcome);
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " of " + calls + " calls answered against the access matrix:\n"
                    + String.join("\n", problems));
        }
        return calls;
    }

    public int size() {
        return operations.size();
    }

    String token(Caller caller, String role) {
        return tokens.computeIfAbsent(caller + "/" + role, key -> {
            TestTokens token = TestTokens.user("matrix." + caller.name().toLowerCase(Locale.ROOT)).roles(role);
            return caller.region() == null ? token.sign() : token.region(caller.region()).sign();
        });
    }

    /** What one call sends besides its token. */
    public static final class Call {
        private final Map<String, Object> pathParams = new LinkedHashMap<>();
        private final Map<String, Object> queryParams = new LinkedHashMap<>();
        private final Map<String, Object> formParams = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private Object body;
        private String contentType;

        public static Call of() {
            return new Call();
        }

        public Call path(String name, Object value) {
            pathParams.put(name, value);
            return this;
        }

        public Call query(String name, Object value) {
            queryParams.put(name, value);
            return this;
        }

        public Call form(String name, Object value) {
            formParams.put(name, value);
            return this;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call cookie(String name, String value) {
            cookies.put(name, value);
            return this;
        }

        /**
         * A form post of a web UI as the UI's own page sends it: the double-submit CSRF pair (cookie and form field
         * {@code csrf-token}) that the page's cookie and hidden field carry.
         */
        public Call withCsrf() {
            String token = "bWF0cml4LWNzcmYtMTZieQ"; // 16 bytes in base64url, the shape quarkus-rest-csrf makes
            return cookie("csrf-token", token).form("csrf-token", token);
        }

        public Call json(String json) {
            return body(json, "application/json");
        }

        /** A body of another media type (a workbook, a file). */
        public Call body(Object content, String mediaType) {
            this.body = content;
            this.contentType = mediaType;
            return this;
        }

        RequestSpecification apply(RequestSpecification request) {
            request.pathParams(pathParams).queryParams(queryParams).headers(headers).cookies(cookies);
            if (!formParams.isEmpty()) {
                request.contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(formParams);
            }
            if (body instanceof byte[] bytes) {
                // raw bytes, never an object to serialise (RestAssured would marshal an "...xml..." type with JAXB)
                request.contentType(contentType).body(new ByteArrayInputStream(bytes));
            } else if (body != null) {
                request.contentType(contentType).body(body);
            } else if (formParams.isEmpty()) {
                // no body: what an API client sends, not RestAssured's default form type (which a CSRF check reads
                // as a form without its token)
                request.contentType("application/json");
            }
            return request;
        }
    }

    /** The matrix entry of one operation. */
    public static final class Operation {
        private final String method;
        private final String path;
        private String role;
        private String wrongRole;
        private Set<Caller> allowed = EnumSet.noneOf(Caller.class);
        private Function<Caller, Call> call = caller -> Call.of();
        private boolean notFoundHides = true;
        private boolean browserRoute;
        private Set<Caller> reached;
        private Predicate<Response> reaches;
        private final Map<Caller, Integer> exactStatus = new EnumMap<>(Caller.class);

        Operation(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** The role of every caller's token but {@link Caller#WRONG_ROLE}'s. */
        public Operation role(String name) {
            this.role = name;
            return this;
        }

        /** The role of {@link Caller#WRONG_ROLE}'s token. */
        public Operation wrongRole(String name) {
            this.wrongRole = name;
            return this;
        }

        /** The callers allowed; every other caller must be denied. */
        public Operation allow(Set<Caller> callers) {
            this.allowed = callers.isEmpty() ? EnumSet.noneOf(Caller.class) : EnumSet.copyOf(callers);
            return this;
        }

        public Operation allow(Caller first, Caller... more) {
            this.allowed = EnumSet.of(first, more);
            return this;
        }

        /** What to send for a caller; called once per call, so a state-changing operation can use fresh data. */
        public Operation call(Function<Caller, Call> request) {
            this.call = request;
            return this;
        }

        /** A 404 is an answer (nothing there) rather than the service hiding data from an allowed caller. */
        public Operation notFoundIsAnAnswer() {
            this.notFoundHides = false;
            return this;
        }

        /**
         * A browser route of the service's code-flow tenant: a caller without a token is sent to the login page
         * (303/302 to the OIDC provider), which counts as denied.
         */
        public Operation browserRoute() {
            this.browserRoute = true;
            return this;
        }

        /**
         * For operations that answer more callers than they serve (a list scoped to the caller's region, a bulk
         * action with an outcome per item): among the allowed callers, {@code reaches} must hold for exactly
         * {@code callers}, e.g. a list shows the own county's data to {@link #COVERING} and to no one else.
         */
        public Operation reaches(Set<Caller> callers, Predicate<Response> reaches) {
            this.reached = EnumSet.copyOf(callers);
            this.reaches = reaches;
            return this;
        }

        /** The exact status expected for one caller (a redirect, a 201, ...), on top of allow/deny. */
        public Operation status(Caller caller, int status) {
            exactStatus.put(caller, status);
            return this;
        }

        /** Null when the answer is the expected one, else what was wrong. */
        String check(Caller caller, AccessMatrix matrix) {
            if (role == null || wrongRole == null) {
                return "matrix entry names no role or no wrong role";
            }
            RequestSpecification request = given().port(matrix.port)
                    .config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)));
            if (caller != Caller.ANONYMOUS) {
                request.auth().oauth2(matrix.token(caller, caller == Caller.WRONG_ROLE ? wrongRole : role));
            }
            Response response = call.apply(caller).apply(request).request(method, path);
            int status = response.statusCode();
            String answer = status + " " + abbreviate(response.asString());
            if (status >= 500) {
                return "server error " + answer;
            }
            Integer exact = exactStatus.get(caller);
            if (exact != null && exact != status) {
                return "expected " + exact + ", got " + answer;
            }
            boolean denied = status == 401 || status == 403 || (notFoundHides && status == 404)
                    || (browserRoute && caller == Caller.ANONYMOUS && isLoginRedirect(response));
            if (allowed.contains(caller)) {
                if (denied) {
                    return "expected allowed, got " + answer;
                }
                if (reaches != null && reaches.test(response) != reached.contains(caller)) {
                    return (reached.contains(caller) ? "does not reach" : "reaches") + " the own county's data: " + answer;
                }
                return null;
            }
            return denied ? null : "expected denied, got " + answer;
        }

        private static boolean isLoginRedirect(Response response) {
            String location = response.header("Location");
            return response.statusCode() >= 300 && response.statusCode() < 400 && location != null
                    && location.startsWith(OidcProvider.start().issuer());
        }

        private static String abbreviate(String body) {
            String flat = body == null ? "" : body.replaceAll("\\s+", " ");
            return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
        }
    }
}
