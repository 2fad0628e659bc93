package com.budgetperf.catalog.domain.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bundled seed documents, read from the classpath as the service does. */
final class Seeds {

    static final String F000 = "000_5228f0d72e4b18a5";
    static final String F001 = "001_45f028faf00540d2";
    static final String F002 = "002_3e963503b18f6771";
    static final List<String> ALL = List.of(F000, F001, F002);

    private Seeds() {
    }

    static String text(String seed) {
        try (InputStream in = Seeds.class.getClassLoader().getResourceAsStream("seeds/" + seed + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("missing seeds/" + seed + ".txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SeedIndicatorRow> rows(String seed) {
        return SeedTableReader.read(seed, text(seed));
    }

    static List<SeedIndicatorRow> allRows() {
        List<SeedIndicatorRow> rows = new ArrayList<>();
        ALL.forEach(seed -> rows.addAll(rows(seed)));
        return rows;
    }
}
