package com.budgetperf.report.projection;

import java.util.List;
import java.util.stream.Stream;

import com.budgetperf.platform.events.MalformedEventException;

/** A row of the region dimension: the code, its level and the codes of the province and city it lies in. */
public record Region(String code, RegionLevel level) {

    public static Region of(String code) {
        return RegionLevel.of(code).map(level -> new Region(code, level))
                .orElseThrow(() -> new MalformedEventException("regionCode " + code + " is not a 2, 4 or 6 digit GB/T 2260 code"));
    }

    public String provinceCode() {
        return code.substring(0, RegionLevel.PROVINCE.codeLength());
    }

    /** Null for a province. */
    public String cityCode() {
        return level == RegionLevel.PROVINCE ? null : code.substring(0, RegionLevel.CITY.codeLength());
    }

    /** The region and every region above it, province first: 130607 → 13, 1306, 130607. */
    public List<Region> lineage() {
        return Stream.of(RegionLevel.values())
                .filter(above -> above.codeLength() <= level.codeLength())
                .map(above -> new Region(code.substring(0, above.codeLength()), above))
                .toList();
    }
}
