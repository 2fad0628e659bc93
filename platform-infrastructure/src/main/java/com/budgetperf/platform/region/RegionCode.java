package com.budgetperf.platform.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An administrative division code (行政区划代码, GB/T 2260), the one meaning of a region everywhere on the platform:
 * six digits {@code PPCCDD}, the level read from the trailing zeros. {@code 130000} is the province (河北省),
 * {@code 130600} a city (保定市), {@code 130607} a county-level division of that city (满城区), and so are
 * development zones numbered like counties ({@code 130871} 承德高新区). The short forms a token's {@code region} claim
 * may carry name the same regions: {@code 13} is {@code 130000}, {@code 1306} is {@code 130600}.
 * <p>
 * A region covers itself and every region below it: the province covers all its codes, a city its own code and
 * its counties, a county only itself. A document's {@code regionCode} {@code 130600} (the city's own departments,
 * 市本级) is therefore covered by the city and the province, never by a county.
 */
public final class RegionCode implements Comparable<RegionCode> {

    private final String code;
    private final RegionLevel level;

    private RegionCode(String code, RegionLevel level) {
        this.code = code;
        this.level = level;
    }

    /**
     * @param text 6 digits, or the short forms of 2 (a province) or 4 (a city) digits
     * @throws IllegalArgumentException with a Chinese message a clerk can act on, when {@code text} names no region
     */
    public static RegionCode of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(problemWith(text).orElseThrow()));
    }

    /** Empty when {@code text} names no region; {@link #problemWith(String)} says why. */
    public static Optional<RegionCode> parse(String text) {
        if (problemWith(text).isPresent()) {
            return Optional.empty();
        }
        String six = switch (text.length()) {
            case 2 -> text + "0000";
            case 4 -> text + "00";
            default -> text;
        };
        RegionLevel level = six.endsWith("0000") ? RegionLevel.PROVINCE
                : six.endsWith("00") ? RegionLevel.CITY : RegionLevel.COUNTY;
        return Optional.of(new RegionCode(six, level));
    }

    /** Why {@code text} is not a region code (Chinese, for a clerk), or empty when it is one. */
    public static Optional<String> problemWith(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of("缺少行政区划代码");
        }
        if (!isDigits(text) || (text.length() != 2 && text.length() != 4 && text.length() != 6)) {
            return Optional.of("行政区划代码应为 6 位数字（如 130607），或省 2 位、地市 4 位的简写（如 13、1306）");
        }
        if (text.startsWith("00")) {
            return Optional.of("行政区划代码 " + text + " 的省级部分不能是 00");
        }
        if (text.length() == 4 && text.endsWith("00")) {
            return Optional.of("地市代码 " + text + " 的地市部分不能是 00；省级请写 " + text.substring(0, 2));
        }
        if (text.length() == 6 && text.startsWith("00", 2) && !text.endsWith("00")) {
            return Optional.of("县级代码 " + text + " 缺少地市部分（第 3、4 位不能是 00）");
        }
        return Optional.empty();
    }

    private static boolean isDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Six digits: {@code 130000}, {@code 130600}, {@code 130607}. */
    public String code() {
        return code;
    }

    public RegionLevel level() {
        return level;
    }

    /**
     * The official name (满城区, 保定市, 河北省) from the platform's versioned GB/T 2260 data ({@link RegionNames}); empty
     * for a code the data does not hold.
     */
    public Optional<String> name() {
        return RegionNames.name(this);
    }

    /** What a page or an export shows for this region: its name, or its code when the data has no name for it. */
    public String label() {
        return name().orElse(code);
    }

    /** Like {@link #label()} for a stored code; the text itself when it is not a region code, "—" for null. */
    public static String labelOf(String code) {
        return code == null ? "—" : parse(code).map(RegionCode::label).orElse(code);
    }

    /**
     * The digits every code this region covers starts with: {@code 13}, {@code 1306} or {@code 130607}. Query
     * stored six-digit codes with {@code region_code like :prefix || '%'}; that matches exactly what
     * {@link #covers(RegionCode)} accepts.
     */
    public String prefix() {
        return code.substring(0, level.prefixLength());
    }

    /** The region directly above: a county's city, a city's province; empty for a province. */
    public Optional<RegionCode> parent() {
        return switch (level) {
            case PROVINCE -> Optional.empty();
            case CITY -> Optional.of(province());
            case COUNTY -> Optional.of(new RegionCode(code.substring(0, 4) + "00", RegionLevel.CITY));
        };
    }

    public RegionCode province() {
        return level == RegionLevel.PROVINCE ? this : new RegionCode(code.substring(0, 2) + "0000", RegionLevel.PROVINCE);
    }

    /** The city a county lies in, a city itself; empty for a province. */
    public Optional<RegionCode> city() {
        return level == RegionLevel.CITY ? Optional.of(this) : level == RegionLevel.COUNTY ? parent() : Optional.empty();
    }

    /** This region and every region above it, the province first: 130607 → 130000, 130600, 130607. */
    public List<RegionCode> lineage() {
        List<RegionCode> lineage = new ArrayList<>();
        for (RegionCode region = this; region != null; region = region.parent().orElse(null)) {
            lineage.add(0, region);
        }
        return List.copyOf(lineage);
    }

    /** True when {@code other} is this region or lies below it. */
    public boolean covers(RegionCode other) {
        return other != null && other.code.startsWith(prefix());
    }

    /** Like {@link #covers(RegionCode)}; false when {@code otherCode} is not a region code. */
    public boolean covers(String otherCode) {
        return parse(otherCode).map(this::covers).orElse(false);
    }

    @Override
    public int compareTo(RegionCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionCode region && region.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
