package com.budgetperf.submission.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * The machine review's shortcuts give what the plain computation gives: pointers compared in place as their split
 * segments compare, findings sorted on keys read once as the plain stable sort orders them, a finding's row and
 * project read by hand as the regular expressions read them, level names looked up once as every time.
 */
class ReviewShortcutsPropertiesTests {

    private static final Pattern PROJECT = Pattern.compile("^/projects/(\\d+)(?:/|$)");
    private static final Pattern ROW = Pattern.compile("^(?:/projects/\\d+)?/(?:departmentIndicators|indicators)/\\d+");

    /** Pointers as the rules write them, and odd ones: empty, slashes only, trailing slashes, leading zeros, line ends. */
    @Provide
    Arbitrary<String> pointers() {
        Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.of("projects", "indicators", "departmentIndicators",
                "value", "basis", "name", "level2", "goals", "budget", "disbursementPlan", "", "0", "00", "7", "10", "2",
                "123456789", "x1", "1\n"), Arbitraries.integers().between(0, 40).map(String::valueOf));
        Arbitrary<String> built = segment.list().ofMaxSize(7).map(parts -> "/" + String.join("/", parts));
        Arbitrary<String> written = Arbitraries.strings().withChars("/0123456789ab\n").ofMaxLength(9);
        return Arbitraries.oneOf(built, built.map(pointer -> pointer + "/"), written,
                Arbitraries.of("", "/", "//", "projects", "/projects/", "/projects/3", "/projects/3\n",
                        "/projects/03/indicators/1", "/indicators/2", "/departmentIndicators/0/value"));
    }

    @Property(tries = 3000)
    void pointersCompareAsTheirSplitSegments(@ForAll("pointers") String a, @ForAll("pointers") String b) {
        assertEquals(Integer.signum(bySplitting(a, b)), Integer.signum(MachineReview.comparePointers(a, b)), a + " ? " + b);
    }

    @Property(tries = 500)
    void findingsSortAsThePlainStableSort(@ForAll("findings") List<Finding> findings) {
        List<Finding> plain = new ArrayList<>(findings);
        plain.sort(Comparator.comparing(Finding::path, ReviewShortcutsPropertiesTests::bySplitting)
                .thenComparing(Finding::severity).thenComparing(Finding::ruleCode));
        List<Finding> sorted = MachineReview.inDocumentOrder(findings);
        // identity, not equals: equal findings must keep the order the rules reported them in
        assertEquals(plain.size(), sorted.size());
        for (int i = 0; i < plain.size(); i++) {
            assertEquals(System.identityHashCode(plain.get(i)), System.identityHashCode(sorted.get(i)), "at " + i);
        }
    }

    @Provide
    Arbitrary<List<Finding>> findings() {
        Arbitrary<String> pointer = Arbitraries.of("/projects/2/indicators/1/value", "/projects/10/indicators/0/basis",
                "/projects/2", "/projects/2/budget", "/departmentIndicators/3/name", "/projects/2/indicators/10/value",
                "/overallGoal", "", "/projects/1/goals/0");
        Arbitrary<Finding> finding = Arbitraries.of(Severity.values()).flatMap(severity -> pointer.flatMap(
                path -> Arbitraries.of("VAGUE_BASIS", "MISSING_UNIT", "DUPLICATE_INDICATOR").map(
                        code -> new Finding(code, severity, path, "m"))));
        return finding.list().ofMaxSize(60);
    }

    @Property(tries = 3000)
    void aFindingsRowAndProjectAreReadAsThePatternsReadThem(@ForAll("pointers") String path) {
        Matcher row = ROW.matcher(path);
        assertEquals(row.find() ? row.group() : null, QualityScoring.rowOf(path), path);
        TargetDocument document = new TargetDocument(null, List.of(), null, List.of(),
                java.util.Collections.nCopies(12, new Project(null, "p", null, null, null, List.of(), false, List.of())));
        Matcher project = PROJECT.matcher(path);
        int expected = -1;
        if (project.find()) {
            String index = project.group(1);
            expected = index.length() < 7 && Integer.parseInt(index) < 12 ? Integer.parseInt(index) : -1;
        }
        assertEquals(expected, QualityScoring.partOf(path, document), path);
    }

    @Property(tries = 300)
    void levelNamesLookedUpOnceAnswerAsAFreshLookUp(@ForAll("levelNames") List<String> written) {
        for (LevelFramework framework : java.util.Arrays.asList(null, Frameworks.older(), Frameworks.current())) {
            LevelNames reused = new LevelNames(RuleSet.builtIn(), framework);
            for (String name : written) {
                assertEquals(new LevelNames(RuleSet.builtIn(), framework).level1(name), reused.level1(name), name);
                assertEquals(new LevelNames(RuleSet.builtIn(), framework).level2(name), reused.level2(name), name);
            }
        }
    }

    @Provide
    Arbitrary<List<String>> levelNames() {
        return Arbitraries.of("产出指标", "效益指标", "效果指标", " 效果 指标", "数量指标", "进度指标", "时效指标",
                "成本指标", "满意度指标", "满意指标", "社会效益指标", "可持续性影响指标", "环境效益指标", "经济成本指标", "其他",
                "", " ").list().ofMaxSize(20);
    }

    /** The order the review used before it compared in place: {@code split("/")}, numbers as numbers. */
    static int bySplitting(String a, String b) {
        String[] left = a.split("/");
        String[] right = b.split("/");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int compared = left[i].matches("\\d+") && right[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
