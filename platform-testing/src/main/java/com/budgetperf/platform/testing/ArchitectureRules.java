package com.budgetperf.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rooms of every service, checked by each service's {@code ArchitectureTests}:
 * <pre>{@code @AnalyzeClasses(packages = "com.budgetperf.catalog", importOptions = ArchitectureRules.MainClassesOnly.class)
 * class ArchitectureTests { @ArchTest static final ArchTests rules = ArchTests.in(ArchitectureRules.class); }}</pre>
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Main code only, whatever the build folder is called (ArchUnit's DoNotIncludeTests expects {@code target/}). */
    public static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    /**
     * Domain code is plain Java: no REST, messaging, persistence, JSON or framework types. The platform's plain
     * value types ({@code RegionCode}) are allowed: they are part of every service's domain language.
     */
    @ArchTest
    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = classes().that().resideInAPackage("..domain..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.crypto..", "..domain..", "com.budgetperf.platform.region..")
            .allowEmptyShould(true)
            .because("domain rules must be testable and portable without Quarkus, JPA, Jackson or Kafka");

    /** REST is the outer edge: nothing inside a service depends on it. */
    @ArchTest
    public static final ArchRule NOTHING_DEPENDS_ON_REST = noClasses().that().resideOutsideOfPackage("..rest..")
            .should().dependOnClassesThat().resideInAPackage("..rest..")
            .allowEmptyShould(true);

    /** Services and domain never speak HTTP (jakarta.ws.rs) themselves. */
    @ArchTest
    public static final ArchRule ONLY_REST_SPEAKS_HTTP = noClasses().that().resideInAnyPackage("..domain..", "..service..",
            "..repository..", "..messaging..", "..mapping..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .allowEmptyShould(true);

    /** One injection style for the whole repository: constructor injection. */
    @ArchTest
    public static final ArchRule CONSTRUCTOR_INJECTION_ONLY = noFields().should()
            .beAnnotatedWith("jakarta.inject.Inject")
            .allowEmptyShould(true)
            .because("the project uses constructor injection everywhere (README)");

    /** One way to consume events: every channel consumer lives in {@code messaging/in}, next to its event schemas. */
    @ArchTest
    public static final ArchRule CONSUMERS_ONLY_IN_MESSAGING_IN = methods().that()
            .areAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming")
            .should().beDeclaredInClassesThat().resideInAPackage("..messaging.in..")
            .allowEmptyShould(true)
            .because("consumers use the platform's consumer skeleton from messaging/in (README, Reliability)");

    /** Published events carry their own records, never domain (or persistence) types. */
    @ArchTest
    public static final ArchRule PUBLISHED_EVENTS_CARRY_THEIR_OWN_RECORDS = classes().that()
            .resideInAPackage("..messaging.out..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..messaging.out..",
                    "com.fasterxml.jackson.annotation..")
            .allowEmptyShould(true)
            .because("an event schema is a contract between services; a domain type on the wire changes it unnoticed");
    /** SQL text lives in {@code repository/}: elsewhere no class holds a statement, not even to hand it on. */
    @ArchTest
    public static final ArchRule NO_SQL_OUTSIDE_REPOSITORY = classes().that().resideOutsideOfPackage("..repository..")
            .should(SqlText.holdNoSqlStatement())
            .allowEmptyShould(true)
            .because("queries are the repository's room (README): a rule or a view never builds SQL");

    /** The web UI is a client of the services, never of the REST API's resources. */
    @ArchTest
    public static final ArchRule UI_DOES_NOT_CALL_REST_RESOURCES = noClasses().that().resideInAPackage("..rest.ui..")
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "REST resources (classes of rest/ but not rest.ui/, annotated @Path or named *Resource)",
                    (JavaClass target) -> target.getPackageName().matches(".*\\.rest(\\..*)?")
                            && !target.getPackageName().matches(".*\\.rest\\.ui(\\..*)?")
                            && (target.isAnnotatedWith("jakarta.ws.rs.Path") || target.getSimpleName().endsWith("Resource"))))
            .allowEmptyShould(true)
            .because("UI pages and the REST API are two doors to the same use cases (README)");
}
