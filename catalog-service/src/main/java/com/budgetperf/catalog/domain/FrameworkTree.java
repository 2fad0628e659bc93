package com.budgetperf.catalog.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The 一级 → 二级 indicator framework of one version, with the synonyms that intake normalises
 * (e.g. 效果指标 → 效益指标). Frameworks are data, not enums: a fiscal year points at one version.
 */
public record FrameworkTree(List<Level1> levels) {

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

    public FrameworkTree {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** The canonical 一级 name for a name or synonym as users write it. */
    public Optional<String> canonicalLevel1(String written) {
        String name = written == null ? "" : written.strip();
        return levels.stream()
                .filter(level -> level.name().equals(name) || level.synonyms().contains(name))
                .map(Level1::name)
                .findFirst();
    }

    /** The canonical 二级 name for a name or synonym as users write it, anywhere in the tree. */
    public Optional<String> canonicalLevel2(String written) {
        String name = written == null ? "" : written.strip();
        return levels.stream()
                .flatMap(level -> level.children().stream())
                .filter(level -> level.name().equals(name) || level.synonyms().contains(name))
                .map(Level2::name)
                .findFirst();
    }

    /** Names (canonical or synonym) that would be ambiguous: each name may mean one node only. */
    public List<String> ambiguousNames() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Level1 level1 : levels) {
            collect(level1.name(), level1.synonyms(), seen, duplicates);
            for (Level2 level2 : level1.children()) {
                collect(level2.name(), level2.synonyms(), seen, duplicates);
            }
        }
        return duplicates;
    }

    private static void collect(String name, List<String> synonyms, Set<String> seen, List<String> duplicates) {
        if (!seen.add(name)) {
            duplicates.add(name);
        }
        for (String synonym : synonyms) {
            if (!seen.add(synonym)) {
                duplicates.add(synonym);
            }
        }
    }
}
