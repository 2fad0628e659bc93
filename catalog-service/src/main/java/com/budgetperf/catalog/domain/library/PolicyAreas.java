package com.budgetperf.catalog.domain.library;

import java.util.List;
import java.util.Map;

/**
 * 行业领域 (functional classification of expenditure) of a seed row. Files 000 and 001 were published by 人社局
 * (human resources and social security bureaus): everything is 社会保障和就业. File 002 mixes a 新区's party,
 * legal-affairs and HR departments, so its projects are classified by keywords in the project name.
 */
public final class PolicyAreas {

    public static final String SOCIAL_SECURITY = "社会保障和就业";
    public static final String PUBLIC_SECURITY = "公共安全";
    public static final String CULTURE = "文化旅游体育与传媒";
    public static final String GENERAL_PUBLIC_SERVICES = "一般公共服务";

    /** Issuer of each seed file (prefix of the file name) → its area, or null when projects are mixed. */
    private static final Map<String, String> BY_FILE = Map.of(
            "000", SOCIAL_SECURITY,
            "001", SOCIAL_SECURITY);

    /** Checked in order: the first area whose keyword occurs in the project name wins. */
    private static final List<Map.Entry<String, List<String>>> KEYWORDS = List.of(
            Map.entry(PUBLIC_SECURITY, List.of("司法", "治安", "扫黑", "政法", "网格", "信访", "维稳", "干警")),
            Map.entry(CULTURE, List.of("文化", "宣传", "报刊")),
            Map.entry(SOCIAL_SECURITY, List.of("人社", "人力资源", "社会保障", "养老", "就业", "创业", "退休", "离休",
                    "被征地", "保险")),
            Map.entry(GENERAL_PUBLIC_SERVICES, List.of("党", "组织", "干部", "村")));

    private PolicyAreas() {
    }

    static String forSource(String source) {
        return source == null || source.length() < 3 ? null : BY_FILE.get(source.substring(0, 3));
    }

    static String forProject(String project, String fileArea) {
        if (fileArea != null) {
            return fileArea;
        }
        for (Map.Entry<String, List<String>> area : KEYWORDS) {
            if (area.getValue().stream().anyMatch(project::contains)) {
                return area.getKey();
            }
        }
        return GENERAL_PUBLIC_SERVICES;
    }
}
