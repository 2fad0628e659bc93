package com.budgetperf.submission.domain.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Brings the many ways a unit is written to one form (百分数 → %, 个工作日 → 工作日) and says what it measures
 * ({@link UnitKind}), from the vocabulary {@code units.txt}: measure words (种, 起, 场, 期, 份, 台 …) are units.
 */
final class UnitNormaliser {

    /**
     * A unit as normalised; {@code known} is false for words not in the vocabulary, {@code incomplete} when
     * the unit was understood but written incompletely (万 for 万元).
     */
    record Unit(String value, boolean rewritten, boolean known, UnitKind kind, boolean incomplete) {
    }

    private record Entry(String canonical, UnitKind kind, boolean incomplete) {
    }

    private static final Map<String, Entry> VOCABULARY = load();

    private UnitNormaliser() {
    }

    /** Normalises one unit; composite units such as 元/平方米/天 are normalised part by part. */
    static Unit normalise(String written) {
        String unit = written.strip();
        if (unit.isEmpty()) {
            return new Unit(null, false, true, null, false);
        }
        if (unit.indexOf('/') > 0 && !unit.endsWith("/") && !VOCABULARY.containsKey(unit)) {
            StringBuilder joined = new StringBuilder();
            boolean rewritten = false;
            boolean known = true;
            boolean incomplete = false;
            UnitKind kind = null;
            for (String part : unit.split("/")) {
                Unit single = perCompound(part.strip());
                if (single.value() == null) {
                    return new Unit(unit, false, false, null, false);
                }
                joined.append(joined.isEmpty() ? "" : "/").append(single.value());
                rewritten |= single.rewritten();
                known &= single.known();
                incomplete |= single.incomplete();
                kind = kind == null ? single.kind() : kind;
            }
            return new Unit(joined.toString(), rewritten, known, known ? kind : null, incomplete);
        }
        return normaliseSingle(unit);
    }

    /**
     * One part of a composite unit, where a middle dot joins a compound denominator ("人·月" in 元/人·月: per person
     * and month, "户·年", "人·天"): each unit of the compound is read, and the compound keeps its dots.
     */
    private static Unit perCompound(String part) {
        String dotted = part.replace('・', '·').replace('•', '·');
        if (dotted.indexOf('·') <= 0 || dotted.endsWith("·") || VOCABULARY.containsKey(part)) {
            return normaliseSingle(part);
        }
        StringBuilder joined = new StringBuilder();
        boolean rewritten = !dotted.equals(part);
        boolean known = true;
        for (String single : dotted.split("·")) {
            Unit read = normaliseSingle(single.strip());
            if (read.value() == null) {
                return new Unit(part, false, false, null, false);
            }
            joined.append(joined.isEmpty() ? "" : "·").append(read.value());
            rewritten |= read.rewritten();
            known &= read.known();
        }
        return new Unit(joined.toString(), rewritten, known, null, false);
    }

    /** The kind of a unit as the parser returns it (normalised), or null when it is not in the vocabulary. */
    static UnitKind kindOf(String normalised) {
        return normalised == null ? null : normalise(normalised).kind();
    }

    private static Unit normaliseSingle(String unit) {
        if (unit.isEmpty()) {
            return new Unit(null, false, false, null, false);
        }
        Entry entry = VOCABULARY.get(unit);
        if (entry != null) {
            return new Unit(entry.canonical(), !entry.canonical().equals(unit), true, entry.kind(), entry.incomplete());
        }
        // 万人, 万人次, 亿元 is listed; 万亩, 万户: a magnitude before a unit that is not money keeps its kind
        if (unit.length() > 1 && (unit.charAt(0) == '万' || unit.charAt(0) == '亿')) {
            Entry rest = VOCABULARY.get(unit.substring(1));
            if (rest != null && rest.kind() != UnitKind.MONEY && rest.kind() != UnitKind.SHARE && !rest.incomplete()) {
                String canonical = unit.charAt(0) + rest.canonical();
                return new Unit(canonical, !canonical.equals(unit), true, rest.kind(), false);
            }
        }
        return new Unit(unit, false, false, null, false);
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> vocabulary = new HashMap<>();
        Set<String> canonicals = new HashSet<>();
        try (InputStream in = UnitNormaliser.class.getResourceAsStream("units.txt")) {
            if (in == null) {
                throw new IllegalStateException("units.txt missing beside " + UnitNormaliser.class.getName());
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] words = content.split("\\s+");
                UnitKind kind = UnitKind.named(words[0]);
                String canonical = words[1];
                canonicals.add(canonical);
                vocabulary.put(canonical, new Entry(canonical, kind, false));
                for (int i = 2; i < words.length; i++) {
                    boolean incomplete = words[i].startsWith("?");
                    String alias = incomplete ? words[i].substring(1) : words[i];
                    if (!canonicals.contains(alias)) {
                        vocabulary.put(alias, new Entry(canonical, kind, incomplete));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(vocabulary);
    }
}
