package com.budgetperf.submission.domain.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.parse.ParsedValue;
import com.budgetperf.submission.domain.parse.UnderstoodValue;

/** What a rule looks at: the document, its fiscal year and the rule set, with every row located by JSON pointer. */
public final class ReviewContext {

    /** An indicator row with where it is: {@code /projects/2/indicators/5} or {@code /departmentIndicators/0}. */
    public record LocatedIndicator(String pointer, Project project, Indicator indicator, String level1, String level2,
            ParsedValue value) {

        /** The project's pointer, or the document root for department-wide indicators. */
        public String owner() {
            int cut = pointer.lastIndexOf("/indicators/");
            return cut < 0 ? "" : pointer.substring(0, cut);
        }

        public String where() {
            return project == null ? "部门整体绩效指标" : "项目“" + project.displayName() + "”";
        }
    }

    public record LocatedProject(String pointer, Project project) {
    }

    private final TargetDocument document;
    private final int fiscalYear;
    private final RuleSet ruleSet;
    private final LevelFramework framework;
    private final LevelNames levelNames;
    private final List<LocatedIndicator> indicators = new ArrayList<>();
    private final List<LocatedProject> projects = new ArrayList<>();
    private final List<LocatedProject> classifiedProjects = new ArrayList<>();
    private final List<LocatedIndicator> filled;
    private final Map<Project, List<LocatedIndicator>> filledByProject = new IdentityHashMap<>();
    /** The filled rows by {@link LocatedIndicator#owner()}, found when first asked. */
    private Map<String, List<LocatedIndicator>> filledByOwner;

    public ReviewContext(TargetDocument document, int fiscalYear, RuleSet ruleSet) {
        this(document, fiscalYear, ruleSet, null);
    }

    /** @param framework the fiscal year's 一级/二级 framework, or null when none is known */
    public ReviewContext(TargetDocument document, int fiscalYear, RuleSet ruleSet, LevelFramework framework) {
        this.document = document;
        this.fiscalYear = fiscalYear;
        this.ruleSet = ruleSet;
        this.framework = framework;
        this.levelNames = new LevelNames(ruleSet, framework);
        for (int j = 0; j < document.departmentIndicators().size(); j++) {
            add("/departmentIndicators/" + j, null, document.departmentIndicators().get(j));
        }
        for (int i = 0; i < document.projects().size(); i++) {
            Project project = document.projects().get(i);
            if (classified(project, ruleSet.words("classifiedWords"))) {
                classifiedProjects.add(new LocatedProject("/projects/" + i, project));
                continue; // 涉密: exempt from every row and project rule
            }
            projects.add(new LocatedProject("/projects/" + i, project));
            for (int j = 0; j < project.indicators().size(); j++) {
                add("/projects/" + i + "/indicators/" + j, project, project.indicators().get(j));
            }
        }
        filled = indicators.stream().filter(row -> !row.indicator().isBlank()).toList();
        for (LocatedIndicator row : filled) {
            if (row.project() != null) {
                filledByProject.computeIfAbsent(row.project(), p -> new ArrayList<>()).add(row);
            }
        }
    }

    private void add(String pointer, Project project, Indicator indicator) {
        indicators.add(new LocatedIndicator(pointer, project, indicator, nonNull(levelNames.level1(indicator.level1())),
                nonNull(levelNames.level2(indicator.level2())), UnderstoodValue.parse(indicator.value())));
    }

    private static String nonNull(String name) {
        return name == null ? "" : name.strip();
    }

    public TargetDocument document() {
        return document;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** The fiscal year's 一级/二级 framework, when the catalog has told which one it is. */
    public java.util.Optional<LevelFramework> framework() {
        return java.util.Optional.ofNullable(framework);
    }

    /** Every indicator row, department-wide first, then project by project, blank rows included. */
    public List<LocatedIndicator> indicators() {
        return indicators;
    }

    /** Indicator rows that carry something (blank rows are one rule's business, not every rule's). */
    public List<LocatedIndicator> filledIndicators() {
        return filled;
    }

    /** The filled rows of one of {@link #projects()}, in order (found once, not by scanning every row per rule). */
    public List<LocatedIndicator> filledIndicatorsOf(Project project) {
        return filledByProject.getOrDefault(project, List.of());
    }

    /**
     * The filled rows of the project at {@code owner} ({@code /projects/3}), in order: the rows whose pointer starts
     * with {@code owner + "/"}, found once for every rule that asks ({@code ""} gives the department-wide rows).
     */
    public List<LocatedIndicator> filledIndicatorsAt(String owner) {
        if (filledByOwner == null) {
            filledByOwner = new HashMap<>();
            for (LocatedIndicator row : filled) {
                filledByOwner.computeIfAbsent(row.owner(), key -> new ArrayList<>()).add(row);
            }
        }
        return filledByOwner.getOrDefault(owner, List.of());
    }

    /** The projects the rules check: every project but the 涉密 ones. */
    public List<LocatedProject> projects() {
        return projects;
    }

    /** 涉密 projects: flagged so, or at least half of their filled rows read 涉密 (rule set {@code classifiedWords}). */
    public List<LocatedProject> classifiedProjects() {
        return classifiedProjects;
    }

    static boolean classified(Project project, List<String> words) {
        if (project.classified()) {
            return true;
        }
        int filled = 0;
        int hidden = 0;
        for (Indicator row : project.indicators()) {
            if (row.isBlank()) {
                continue;
            }
            filled++;
            if (hidden(row.name(), words) || hidden(row.description(), words) || hidden(row.basis(), words)
                    || row.value() != null && hidden(row.value().asWritten(), words)) {
                hidden++;
            }
        }
        return filled > 0 && hidden * 2 >= filled;
    }

    /** A cell that reads nothing but a word of {@code classifiedWords} ("涉密"). */
    private static boolean hidden(String cell, List<String> words) {
        return cell != null && !words.isEmpty() && words.contains(cell.strip());
    }
}
