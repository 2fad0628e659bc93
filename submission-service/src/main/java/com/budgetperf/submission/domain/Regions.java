package com.budgetperf.submission.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The regions this provincial platform serves (GB/T 2260, Hebei): a county-level code is known when its province
 * is 13, its city is one of Hebei's prefecture-level cities (or 1390, the counties the province administers
 * directly) and its county part is not 00. Development zones with their own budgets (130871 承德高新区,
 * 130372 北戴河新区 …) fit this rule as they are numbered in practice.
 */
public final class Regions {

    public static final String PROVINCE = "13";

    static final Map<String, String> CITIES = Map.ofEntries(
            Map.entry("1301", "石家庄市"), Map.entry("1302", "唐山市"), Map.entry("1303", "秦皇岛市"),
            Map.entry("1304", "邯郸市"), Map.entry("1305", "邢台市"), Map.entry("1306", "保定市"),
            Map.entry("1307", "张家口市"), Map.entry("1308", "承德市"), Map.entry("1309", "沧州市"),
            Map.entry("1310", "廊坊市"), Map.entry("1311", "衡水市"), Map.entry("1390", "省直辖县级行政区划"));

    private Regions() {
    }

    /** Why {@code code} is not a county-level region of the province, or empty when it is one. */
    public static Optional<String> problemWithCounty(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return Optional.of("行政区划代码应为 6 位数字（县级），如 130607");
        }
        if (!code.startsWith(PROVINCE)) {
            return Optional.of("行政区划代码 " + code + " 不属于河北省（13）");
        }
        if (!CITIES.containsKey(code.substring(0, 4))) {
            return Optional.of("行政区划代码 " + code + " 的地市部分 " + code.substring(0, 4) + " 不存在");
        }
        if (code.endsWith("00")) {
            return Optional.of("行政区划代码 " + code + " 是地市本级，请填写县（市、区）代码");
        }
        return Optional.empty();
    }
}
