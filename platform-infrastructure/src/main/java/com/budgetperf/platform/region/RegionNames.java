package com.budgetperf.platform.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the administrative divisions the platform serves, read once from versioned data next to this class
 * ({@code hebei.csv}: the 民政部 edition of GB/T 2260 codes for 河北省, its cities and county-level divisions, plus the
 * development zones of the 统计用区划代码; the file's header names source and year). Use {@link RegionCode#name()}
 * and {@link RegionCode#label()} rather than this class: one way across the repo.
 */
public final class RegionNames {

    /** One row of the data: the region, its name and its kind (省、地级市、市辖区、县、自治县、县级市、功能区). */
    public record Entry(RegionCode region, String name, String kind) {
    }

    private static final List<String> FILES = List.of("hebei.csv");
    private static final Map<RegionCode, Entry> ENTRIES = load();

    private RegionNames() {
    }

    /** The official name of {@code region} (满城区, 保定市, 河北省), empty for a code the data does not hold. */
    public static Optional<String> name(RegionCode region) {
        return Optional.ofNullable(ENTRIES.get(region)).map(Entry::name);
    }

    /** Every row, in code order. */
    public static List<Entry> entries() {
        return List.copyOf(ENTRIES.values());
    }

    private static Map<RegionCode, Entry> load() {
        Map<RegionCode, Entry> entries = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = RegionNames.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("region names " + file + " missing from the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                boolean header = true;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (header) {
                        header = false;
                        continue;
                    }
                    String[] cells = line.split(",", -1);
                    if (cells.length != 3) {
                        throw new IllegalStateException(file + ": not code,name,kind: " + line);
                    }
                    RegionCode region = RegionCode.of(cells[0].strip());
                    if (entries.put(region, new Entry(region, cells[1].strip(), cells[2].strip())) != null) {
                        throw new IllegalStateException(file + ": code " + region + " twice");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Collections.unmodifiableMap(entries);
    }
}
