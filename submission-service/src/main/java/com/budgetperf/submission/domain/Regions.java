package com.budgetperf.submission.domain;

import java.util.Map;
import java.util.Optional;

import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.region.RegionLevel;

/**
 * The regions this provincial platform takes submissions from: county-level regions ({@link RegionCode} of level
 * COUNTY) of the province 13, in one of Hebei's prefecture-level cities or in 1390 (the counties the province
 * administers directly). Development zones with their own budgets (130871 承德高新区, 130372 北戴河新区 …) are
 * county-level codes as they are numbered in practice.
 */
public final class Regions {

    public static final RegionCode PROVINCE = RegionCode.of("13");

    static final Map<String, String> CITIES = Map.ofEntries(
            Map.entry("1301", "石家庄市"), Map.entry("1302", "唐山市"), Map.entry("1303", "秦皇岛市"),
            Map.entry("1304", "邯郸市"), Map.entry("1305", "邢台市"), Map.entry("1306", "保定市"),
            Map.entry("1307", "张家口市"), Map.entry("1308", "承德市"), Map.entry("1309", "沧州市"),
            Map.entry("1310", "廊坊市"), Map.entry("1311", "衡水市"), Map.entry("1390", "省直辖县级行政区划"));

    private Regions() {
    }

    /** Why {@code code} is not a county-level region of the province, or empty when it is one. */
    public static Optional<String> problemWithCounty(String code) {
        if (code == null || code.length() != 6) {
            return Optional.of("行政区划代码应为 6 位数字（县级），如 130607");
        }
        Optional<RegionCode> parsed = RegionCode.parse(code);
        if (parsed.isEmpty()) {
            return RegionCode.problemWith(code);
        }
        RegionCode region = parsed.get();
        if (!PROVINCE.covers(region)) {
            return Optional.of("行政区划代码 " + code + " 不属于河北省（13）");
        }
        String city = region.code().substring(0, RegionLevel.CITY.prefixLength());
        if (!CITIES.containsKey(city)) {
            return Optional.of("行政区划代码 " + code + " 的地市部分 " + city + " 不存在");
        }
        if (region.level() != RegionLevel.COUNTY) {
            return Optional.of("行政区划代码 " + code + " 是地市本级，请填写县（市、区）代码");
        }
        return Optional.empty();
    }
}
