package com.budgetperf.report.domain.cube;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An aggregate or facts request, read and checked against {@link CubeModel}: whatever is named outside the
 * whitelist is refused with the request field it came from.
 */
public record CubeQuery(List<Measure> measures, List<Dimension> drilldown, List<Cut> cuts, List<Order> order,
        Approval approval, Grain grain, int page, int size) {

    public static final int MAX_SIZE = 10_000;

    /** The last page; with at most MAX_SIZE rows a page, page × size stays far below an int's range. */

    public static final int MAX_PAGE = 100_000;

    /** The review status of a submission the county withdrew: outside every figure unless a cut asks for it. */
    public static final String WITHDRAWN = "WITHDRAWN";

    /**
     * Whether withdrawn submissions are counted: only when the query cuts {@code status:WITHDRAWN} (alone or among
     * other statuses); otherwise they are outside every measure and every fact row.
     */
    public boolean includesWithdrawn() {
        return cuts.stream().anyMatch(cut -> cut.dimension().name().equals("status") && cut.values().contains(WITHDRAWN));
    }

    /** One cut: the dimension and the values it may take (any of them). */
    public record Cut(Dimension dimension, List<Object> values) {
    }

    /** Order by a measure, a drilldown dimension or a fact column key. */
    public record Order(String key, boolean descending) {
    }

    public static CubeQuery aggregate(String measures, String drilldown, String cut, String order, Approval approval,
            int page, int size) {
        List<Measure> chosenMeasures = new ArrayList<>();
        for (String name : names(measures, "submissions,projects,budget_total")) {
            chosenMeasures.add(CubeModel.measure(name).orElseThrow(() -> new CubeQueryException("/measures",
                    "未知的度量：" + name + "；可用：" + String.join(", ", CubeModel.MEASURES.keySet()))));
        }
        List<Dimension> chosenDimensions = new ArrayList<>();
        for (String name : names(drilldown, "")) {
            chosenDimensions.add(dimension(name, "/drilldown"));
        }
        List<Cut> cuts = cuts(cut);
        Set<Grain> needed = new LinkedHashSet<>();
        chosenDimensions.forEach(d -> needed.add(d.grain()));
        cuts.forEach(c -> needed.add(c.dimension().grain()));
        Grain grain = grainOf(needed);
        for (Measure measure : chosenMeasures) {
            if (!measure.availableAt(grain)) {
                throw new CubeQueryException("/measures", "度量 " + measure.name() + "（" + measure.label()
                        + "）不能按所选维度（" + grainLabel(grain) + "）下钻或切片");
            }
        }
        Set<String> orderable = new LinkedHashSet<>();
        chosenMeasures.forEach(m -> orderable.add(m.name()));
        chosenDimensions.forEach(d -> orderable.add(d.name()));
        return new CubeQuery(List.copyOf(chosenMeasures), List.copyOf(chosenDimensions), cuts,
                orders(order, orderable), approval, grain, checkPage(page), checkSize(size));
    }

    public static CubeQuery facts(String grainName, String cut, String order, Approval approval, int page, int size) {
        Grain grain = grainName == null || grainName.isBlank() ? Grain.PROJECT
                : CubeModel.factGrain(grainName).orElseThrow(() -> new CubeQueryException("/grain",
                        "明细粒度只能是 submission（申报）、project（项目）、indicator（指标）或 finding（机审问题）"));
        List<Cut> cuts = cuts(cut);
        for (Cut c : cuts) {
            if (!c.dimension().availableAt(grain)) {
                throw new CubeQueryException("/cut", "维度 " + c.dimension().name() + " 不能用于" + grainLabel(grain) + "明细");
            }
        }
        Set<String> orderable = new LinkedHashSet<>();
        CubeModel.FACT_COLUMNS.get(grain).forEach(c -> orderable.add(c.key()));
        return new CubeQuery(List.of(), List.of(), cuts, orders(order, orderable), approval, grain, checkPage(page),
                checkSize(size));
    }

    /**
     * The query of the summary row: the same measures over the same rows (cuts, approval, grain), merged into one
     * cell; a query without drilldown is its own summary.
     */
    public CubeQuery summary() {
        return drilldown.isEmpty() ? this : new CubeQuery(measures, List.of(), cuts, List.of(), approval, grain, 0, 1);
    }

    private static Grain grainOf(Set<Grain> needed) {
        if (needed.contains(Grain.FINDING) && (needed.contains(Grain.INDICATOR) || needed.contains(Grain.PROJECT))) {
            throw new CubeQueryException("/drilldown", "机审规则类维度不能与项目、指标类维度同时使用");
        }
        if (needed.contains(Grain.FINDING)) {
            return Grain.FINDING;
        }
        if (needed.contains(Grain.INDICATOR)) {
            return Grain.INDICATOR;
        }
        return needed.contains(Grain.PROJECT) ? Grain.PROJECT : Grain.SUBMISSION;
    }

    private static String grainLabel(Grain grain) {
        return switch (grain) {
            case SUBMISSION -> "申报";
            case PROJECT -> "项目";
            case INDICATOR -> "指标";
            case FINDING -> "机审问题";
        };
    }

    private static Dimension dimension(String name, String field) {
        return CubeModel.dimension(name).orElseThrow(() -> new CubeQueryException(field,
                "未知的维度：" + name + "；可用：" + String.join(", ", CubeModel.DIMENSIONS.keySet())));
    }

    private static List<String> names(String written, String fallback) {
        String text = written == null || written.isBlank() ? fallback : written;
        List<String> names = new ArrayList<>();
        for (String part : text.split("[,|]")) {
            if (!part.isBlank() && !names.contains(part.strip())) {
                names.add(part.strip());
            }
        }
        return names;
    }

    /** {@code fiscal_year:2021|status:APPROVED;RETURNED} — alternatives of one dimension separated by ';'. */
    private static List<Cut> cuts(String written) {
        List<Cut> cuts = new ArrayList<>();
        if (written == null || written.isBlank()) {
            return cuts;
        }
        for (String part : written.split("\\|")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            if (colon <= 0 || colon == part.length() - 1) {
                throw new CubeQueryException("/cut", "切片应写成 维度:值，例如 fiscal_year:2025|status:APPROVED");
            }
            Dimension dimension = dimension(part.substring(0, colon).strip(), "/cut");
            List<Object> values = new ArrayList<>();
            for (String value : Arrays.asList(part.substring(colon + 1).split(";"))) {
                values.add(typed(dimension, value.strip()));
            }
            cuts.add(new Cut(dimension, List.copyOf(values)));
        }
        return List.copyOf(cuts);
    }

    private static Object typed(Dimension dimension, String value) {
        return switch (dimension.type()) {
            case INTEGER -> {
                if (!value.matches("-?\\d{1,9}")) {
                    throw new CubeQueryException("/cut", "维度 " + dimension.name() + " 的值应为整数：" + value);
                }
                yield Integer.parseInt(value);
            }
            case BOOLEAN -> {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw new CubeQueryException("/cut", "维度 " + dimension.name() + " 的值只能是 true 或 false");
                }
                yield Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT));
            }
            default -> {
                if (value.isEmpty() || value.length() > 200) {
                    throw new CubeQueryException("/cut", "维度 " + dimension.name() + " 的值不能为空，且不超过 200 字");
                }
                yield value;
            }
        };
    }

    private static List<Order> orders(String written, Set<String> orderable) {
        List<Order> orders = new ArrayList<>();
        if (written == null || written.isBlank()) {
            return orders;
        }
        for (String part : written.split("[,|]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pieces = part.strip().split(":");
            String key = pieces[0].strip();
            String direction = pieces.length > 1 ? pieces[1].strip().toLowerCase(java.util.Locale.ROOT) : "asc";
            if (!orderable.contains(key) || pieces.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                throw new CubeQueryException("/order", "排序应写成 名称:asc 或 名称:desc，名称取自所选度量或下钻维度："
                        + String.join(", ", orderable));
            }
            orders.add(new Order(key, direction.equals("desc")));
        }
        return List.copyOf(orders);
    }

    private static int checkPage(int page) {
        if (page < 0) {
            throw new CubeQueryException("/page", "页码从 0 开始，不能小于 0");
        }
        if (page > MAX_PAGE) {
            throw new CubeQueryException("/page", "页码不能大于 " + MAX_PAGE);
        }
        return page;
    }

    private static int checkSize(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new CubeQueryException("/size", "每页条数须在 1 到 " + MAX_SIZE + " 之间");
        }
        return size;
    }
}
