package com.budgetperf.submission.domain.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * 一级/二级 names as the framework of the year names them (效果指标 → 效益指标, 进度指标 → 时效指标), so that what is
 * stored and published, and every report built from it, counts 效果 and 效益 as one. Names the framework does not
 * know go through the rule set's synonyms; anything else is kept as written (UNKNOWN_LEVEL reports it).
 */
public final class LevelNames {

    private final RuleSet ruleSet;
    private final LevelFramework framework;
    /**
     * Names as written → canonical, found once per name (a document writes the same dozen names on every row). An
     * instance serves one document on one thread (a review, a normalisation): it is made for it and dropped after.
     */
    private final Map<String, String> level1Names = new HashMap<>();
    private final Map<String, String> level2Names = new HashMap<>();

    /** @param framework the year's framework, or null when none is known (the rule set's synonyms only) */
    public LevelNames(RuleSet ruleSet, LevelFramework framework) {
        this.ruleSet = ruleSet;
        this.framework = framework;
    }

    public String level1(String written) {
        if (written == null || written.isBlank()) {
            return written;
        }
        return level1Names.computeIfAbsent(written, this::canonicalLevel1);
    }

    private String canonicalLevel1(String written) {
        String viaRuleSet = ruleSet.canonical(written);
        if (framework == null) {
            return viaRuleSet;
        }
        return framework.canonicalLevel1(written).or(() -> framework.canonicalLevel1(viaRuleSet)).orElse(viaRuleSet);
    }

    public String level2(String written) {
        if (written == null || written.isBlank()) {
            return written;
        }
        return level2Names.computeIfAbsent(written, this::canonicalLevel2);
    }

    private String canonicalLevel2(String written) {
        String viaRuleSet = ruleSet.canonical(written);
        if (framework == null) {
            return viaRuleSet;
        }
        return framework.canonicalLevel2(written).or(() -> framework.canonicalLevel2(viaRuleSet)).orElse(viaRuleSet);
    }

    /** The same document with every 一级/二级 name normalised; blank names stay blank. */
    public TargetDocument normalise(TargetDocument document) {
        List<Project> projects = new ArrayList<>();
        for (Project project : document.projects()) {
            projects.add(new Project(project.code(), project.name(), project.budget(), project.purpose(),
                    project.disbursementPlan(), project.goals(), project.classified(), rows(project.indicators())));
        }
        return new TargetDocument(document.overallGoal(), document.subGoals(), document.safeguards(),
                rows(document.departmentIndicators()), projects);
    }

    private List<Indicator> rows(List<Indicator> rows) {
        List<Indicator> normalised = new ArrayList<>(rows.size());
        for (Indicator row : rows) {
            normalised.add(row == null ? null : new Indicator(level1(row.level1()), level2(row.level2()), row.name(),
                    row.description(), row.value(), row.basis(), row.scoring()));
        }
        return normalised;
    }
}
