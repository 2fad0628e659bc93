package com.budgetperf.submission.domain.review;

import java.util.List;
import java.util.Optional;

/**
 * The 一级 → 二级 framework a fiscal year follows (the catalog's, kept from {@code framework.published.v1} and
 * {@code fiscal-year-framework.assigned.v1}): which 二级 belong under which 一级, and the names written for them
 * (效果指标 for 效益指标, 进度指标 for 时效指标). The 2018 form has 成本指标 as a 二级 of 产出指标; the 2021 form has
 * 成本指标 as its own 一级 with 经济/社会/生态环境成本指标.
 */
public record LevelFramework(String code, String name, List<Level1> levels) {

    public record Level1(String name, List<String> synonyms, List<Level2> children) {
        public Level1 {
            synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
            children = children == null ? List.of() : List.copyOf(children);
        }
    }

    public record Level2(String name, List<String> synonyms) {
        public Level2 {
            synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        }
    }

    public LevelFramework {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** The framework's 一级 name for a name or synonym as written, spaces ignored. */
    public Optional<String> canonicalLevel1(String written) {
        String name = compact(written);
        for (Level1 level : levels) {
            if (level.name().equals(name) || level.synonyms().contains(name)) {
                return Optional.of(level.name());
            }
        }
        return Optional.empty();
    }

    /** The framework's 二级 name for a name or synonym as written, anywhere in the tree. */
    public Optional<String> canonicalLevel2(String written) {
        String name = compact(written);
        for (Level1 level : levels) {
            for (Level2 child : level.children()) {
                if (child.name().equals(name) || child.synonyms().contains(name)) {
                    return Optional.of(child.name());
                }
            }
        }
        return Optional.empty();
    }

    /** The 一级 (canonical) that a canonical 二级 belongs to in this framework. */
    public Optional<String> level1Of(String level2) {
        for (Level1 level : levels) {
            for (Level2 child : level.children()) {
                if (child.name().equals(level2)) {
                    return Optional.of(level.name());
                }
            }
        }
        return Optional.empty();
    }

    public boolean hasLevel1(String level1) {
        for (Level1 level : levels) {
            if (level.name().equals(level1)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasLevel2(String level2) {
        return level1Of(level2).isPresent();
    }

    /** The 二级 names of a 一级, in framework order. */
    public List<String> level2Names(String level1) {
        return levels.stream().filter(level -> level.name().equals(level1)).flatMap(level -> level.children().stream())
                .map(Level2::name).toList();
    }

    public List<String> level1Names() {
        return levels.stream().map(Level1::name).toList();
    }

    static String compact(String written) {
        return written == null ? "" : written.strip().replace(" ", "").replace("\u3000", "");
    }
}
