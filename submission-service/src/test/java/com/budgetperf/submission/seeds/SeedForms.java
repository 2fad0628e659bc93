package com.budgetperf.submission.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds submission requests from the real published target tables in {@code src/test/resources/seeds/} (Word
 * dumps: a table cell starts with a tab, a row ends with an empty line, a cell may continue on untabbed lines).
 * Nothing is retyped: every text comes from the file, with Word leftovers ({@code [bookmark: …]},
 * {@code TC … \f C \l 1}) removed and cells trimmed. Only the department names of 000 and 002 and the region codes
 * are assigned here, because the documents do not state them.
 */
public final class SeedForms {

    public static final String SEED_000 = "000_5228f0d72e4b18a5.txt";
    public static final String SEED_001 = "001_45f028faf00540d2.txt";
    public static final String SEED_002 = "002_3e963503b18f6771.txt";

    /** 承德高新技术产业开发区 (GB/T 2260 130871). */
    public static final String REGION_000 = "130871";
    /** 保定市满城区. */
    public static final String REGION_001 = "130607";
    /** A guess: 秦皇岛北戴河新区 (130372) — the file names no region; "各管理处" and 被征地农民 fit it. */
    public static final String REGION_002 = "130372";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern TC_FIELD = Pattern.compile("\\s*\\bTC .*?\\\\f [A-Z] \\\\l \\d+\\s*");
    private static final Pattern NUMBERED_TABLE = Pattern.compile("^\\d+[、.]\\s*(.+?)绩效目标表$");

    /** One department of one seed file, ready to POST. */
    public record SeedDepartment(String seed, int fiscalYear, String regionCode, String departmentCode,
            String departmentName, Map<String, Object> document) {

        public Map<String, Object> request() {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("fiscalYear", fiscalYear);
            request.put("regionCode", regionCode);
            request.put("departmentCode", departmentCode);
            request.put("departmentName", departmentName);
            request.put("document", document);
            return request;
        }

        public String json() {
            try {
                return JSON.writeValueAsString(request());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> projects() {
            return (List<Map<String, Object>>) document.get("projects");
        }

        @SuppressWarnings("unchecked")
        public int indicatorRows() {
            int rows = ((List<?>) document.get("departmentIndicators")).size();
            for (Map<String, Object> project : projects()) {
                rows += ((List<?>) project.get("indicators")).size();
            }
            return rows;
        }

        /** Index of the project whose name is (or, failing that, contains) the given text. */
        public int projectIndex(String name) {
            List<Map<String, Object>> projects = projects();
            for (int i = 0; i < projects.size(); i++) {
                if (name.equals(projects.get(i).get("name"))) {
                    return i;
                }
            }
            int found = -1;
            for (int i = 0; i < projects.size(); i++) {
                if (String.valueOf(projects.get(i).get("name")).contains(name)) {
                    if (found >= 0) {
                        throw new IllegalArgumentException("项目名称不唯一: " + name + " in " + seed);
                    }
                    found = i;
                }
            }
            if (found < 0) {
                throw new IllegalArgumentException("没有项目: " + name + " in " + seed);
            }
            return found;
        }
    }

    private SeedForms() {
    }

    public static List<SeedDepartment> all() {
        List<SeedDepartment> all = new ArrayList<>();
        all.addAll(seed000());
        all.addAll(seed001());
        all.addAll(seed002());
        return all;
    }

    // ---------------------------------------------------------------- tokenising

    sealed interface Item permits Para, Row {
    }

    record Para(String text) implements Item {
    }

    record Row(List<String> cells) implements Item {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    static String clean(String line) {
        String text = BOOKMARK.matcher(line).replaceAll("");
        return TC_FIELD.matcher(text).replaceAll("");
    }

    static List<Item> items(String seed) {
        List<Item> items = new ArrayList<>();
        List<String> row = null;
        StringBuilder cell = null;
        for (String rawLine : read(seed).split("\\r?\\n", -1)) {
            boolean tabbed = rawLine.startsWith("\t");
            String line = clean(rawLine);
            if (tabbed) {
                if (row == null) {
                    row = new ArrayList<>();
                } else {
                    row.add(cell.toString().strip());
                }
                cell = new StringBuilder(line.substring(line.startsWith("\t") ? 1 : 0));
            } else if (line.isBlank()) {
                if (row != null) {
                    row.add(cell.toString().strip());
                    items.add(new Row(List.copyOf(row)));
                    row = null;
                    cell = null;
                }
            } else if (row != null) {
                cell.append('\n').append(line);
            } else {
                items.add(new Para(line.strip()));
            }
        }
        if (row != null) {
            row.add(cell.toString().strip());
            items.add(new Row(List.copyOf(row)));
        }
        return items;
    }

    static String read(String seed) {
        try (InputStream in = SeedForms.class.getResourceAsStream("/seeds/" + seed)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource seeds/" + seed);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paragraphs after the first one matching {@code start}, up to (not including) one matching {@code stop}. */
    static List<String> section(List<Item> items, Predicate<String> start, Predicate<String> stop) {
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (Item item : items) {
            if (!(item instanceof Para para)) {
                continue;
            }
            if (!inside) {
                inside = start.test(para.text());
                continue;
            }
            if (stop.test(para.text())) {
                break;
            }
            lines.add(para.text());
        }
        return lines;
    }

    static String capped(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    static Map<String, Object> document(String overallGoal, List<String> subGoals, String safeguards,
            List<Map<String, Object>> departmentIndicators, List<Map<String, Object>> projects) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("overallGoal", capped(overallGoal));
        document.put("subGoals", subGoals.stream().map(SeedForms::capped).limit(50).toList());
        document.put("safeguards", capped(safeguards));
        document.put("departmentIndicators", departmentIndicators);
        document.put("projects", projects);
        return document;
    }

    static Map<String, Object> project(String code, String name) {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("code", code);
        project.put("name", name);
        project.put("budget", null);
        project.put("purpose", null);
        project.put("disbursementPlan", null);
        project.put("goals", new ArrayList<String>());
        project.put("classified", false);
        project.put("indicators", new ArrayList<Map<String, Object>>());
        return project;
    }

    @SuppressWarnings("unchecked")
    static void addGoal(Map<String, Object> project, String goal) {
        ((List<String>) project.get("goals")).add(goal);
    }

    @SuppressWarnings("unchecked")
    static void addIndicator(Map<String, Object> project, Map<String, Object> indicator) {
        ((List<Map<String, Object>>) project.get("indicators")).add(indicator);
    }

    /** An indicator row with only what was written; a row with nothing written becomes {}. */
    static Map<String, Object> indicator(String level1, String level2, String name, String description,
            Map<String, Object> value, String basis, String scoring) {
        Map<String, Object> row = new LinkedHashMap<>();
        boolean blank = name.isEmpty() && description.isEmpty() && value == null && basis.isEmpty();
        if (blank) {
            return row;
        }
        putText(row, "level1", level1);
        putText(row, "level2", level2);
        putText(row, "name", name);
        putText(row, "description", description);
        if (value != null) {
            row.put("value", value);
        }
        putText(row, "basis", basis);
        putText(row, "scoring", scoring);
        return row;
    }

    static void putText(Map<String, Object> map, String key, String text) {
        if (text != null && !text.isEmpty()) {
            map.put(key, text);
        }
    }

    static Map<String, Object> rawValue(String raw) {
        return raw.isEmpty() ? null : new LinkedHashMap<>(Map.of("raw", raw));
    }

    static BigDecimal amount(String text) {
        String number = text.replace("%", "").replace("％", "").replace(",", "").strip();
        if (number.isEmpty()) {
            return null;
        }
        return new BigDecimal(number);
    }

    static Map<String, Object> plan(List<String> shares) {
        Map<String, Object> plan = new LinkedHashMap<>();
        String[] fields = {"mar", "jun", "oct", "dec"};
        for (int i = 0; i < fields.length; i++) {
            plan.put(fields[i], amount(shares.get(i)));
        }
        return plan;
    }

    static String stableCode(String prefix, String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(hash, 0, 5).toUpperCase();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String joined(List<String> lines) {
        return String.join("\n", lines);
    }

    // ---------------------------------------------------------------- 000

    /**
     * 承德高新区人社局 2021: "预算项目绩效表" with 栏次 in the first column, 目标1-3, value split into
     * 符号/值/单位（文字描述）, 评（扣）分标准, no 预算数; plus the 部门整体绩效指标 table (8 columns).
     */
    public static List<SeedDepartment> seed000() {
        List<Item> items = items(SEED_000);
        String overall = joined(section(items, t -> t.contains("总体绩效目标"), t -> t.contains("分项绩效目标")));
        List<String> subGoals = section(items, t -> t.contains("分项绩效目标"), t -> t.contains("部门整体绩效指标"));
        String safeguards = joined(section(items, t -> t.contains("工作保障措施"), t -> t.startsWith("第二部分")));

        List<Map<String, Object>> departmentIndicators = new ArrayList<>();
        List<Map<String, Object>> projects = new ArrayList<>();
        Map<String, Object> project = null;
        String mode = "";
        String level1 = "";
        for (Item item : items) {
            if (item instanceof Para para) {
                if (para.text().contains("部门整体绩效指标")) {
                    mode = "department";
                    level1 = "";
                } else if (para.text().contains("工作保障措施")) {
                    mode = "";
                } else if (para.text().equals("预算项目绩效目标")) {
                    mode = "awaiting";
                }
                continue;
            }
            Row row = (Row) item;
            if (mode.equals("department")) {
                if (row.cells().size() == 8 && !row.cell(0).equals("一级指标") && !row.cell(4).equals("符号")) {
                    level1 = row.cell(0).isEmpty() ? level1 : row.cell(0);
                    departmentIndicators.add(indicator(level1, row.cell(1), row.cell(2), row.cell(3),
                            split(row.cell(4), row.cell(5), row.cell(6)), row.cell(7), null));
                }
                continue;
            }
            if (mode.equals("") || !row.cell(0).matches("\\d+")) {
                continue; // 预算项目绩效表 / 序号 / 栏次 headings
            }
            String label = row.cell(1);
            if (label.equals("项目编码")) {
                project = project(row.cell(2), row.cell(4));
                projects.add(project);
                mode = "project";
                level1 = "";
            } else if (project == null) {
                continue;
            } else if (label.equals("资金用途")) {
                project.put("purpose", row.cell(2));
            } else if (label.equals("资金支出计划")) {
                mode = "project-plan";
            } else if (mode.equals("project-plan")) {
                project.put("disbursementPlan", plan(row.cells().subList(2, 6)));
                mode = "project";
            } else if (row.cell(2).matches("目标\\d+")) {
                if (!row.cell(3).isEmpty()) {
                    addGoal(project, row.cell(3));
                }
            } else if (label.equals("一级指标")) {
                mode = "project-indicators";
            } else if (mode.equals("project-indicators") && row.cells().size() == 10 && !row.cell(6).equals("符号")) {
                level1 = label.isEmpty() ? level1 : label;
                addIndicator(project, indicator(level1, row.cell(2), row.cell(3), row.cell(4),
                        split(row.cell(6), row.cell(7), row.cell(8)), row.cell(9), row.cell(5)));
            } else if (mode.equals("project-indicators") && !row.cell(6).equals("符号")) {
                throw new IllegalStateException("000: unexpected row " + row);
            }
        }
        String name = "承德高新区人力资源和社会保障局";
        return List.of(new SeedDepartment(SEED_000, 2021, REGION_000, stableCode("CDGX-", name), name,
                document(overall, subGoals, safeguards, departmentIndicators, projects)));
    }

    static Map<String, Object> split(String symbol, String number, String unit) {
        if (symbol.isEmpty() && number.isEmpty() && unit.isEmpty()) {
            return null;
        }
        Map<String, Object> value = new LinkedHashMap<>();
        putText(value, "symbol", symbol);
        putText(value, "number", number);
        putText(value, "unit", unit);
        return value;
    }

    // ---------------------------------------------------------------- 001

    /** 保定满城区人社局 2021: the Hebei public form with 预算数/财政资金/其他资金 and six indicator columns. */
    public static List<SeedDepartment> seed001() {
        List<Item> items = items(SEED_001);
        String overall = joined(section(items, t -> t.contains("总体绩效目标"), t -> t.contains("分项绩效目标")));
        List<String> subGoals = section(items, t -> t.contains("二、分项绩效目标"), t -> t.contains("工作保障措施"))
                .stream().filter(t -> !t.equals("分项绩效目标：")).toList();
        String safeguards = joined(section(items, t -> t.contains("工作保障措施"), t -> t.equals("预算项目绩效目标")));

        List<Map<String, Object>> projects = new ArrayList<>();
        Map<String, Object> project = null;
        String mode = "";
        String level1 = "";
        String departmentCode = null;
        String departmentName = null;
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> unitProjects = new LinkedHashMap<>();
        for (Item item : items) {
            if (item instanceof Para para) {
                if (para.text().equals("预算项目绩效目标")) {
                    mode = "awaiting";
                } else if (para.text().startsWith("第") && para.text().contains("部分")) {
                    mode = "";
                    project = null;
                } else if (NUMBERED_TABLE.matcher(para.text()).matches() && !mode.isEmpty()) {
                    mode = "awaiting";
                }
                continue;
            }
            if (mode.isEmpty()) {
                continue;
            }
            Row row = (Row) item;
            String label = row.cell(0);
            Matcher unit = Pattern.compile("^(\\d{6})(.+?)(本级)?$").matcher(label);
            if (row.cells().size() == 2 && row.cell(1).startsWith("单位") && unit.matches()) {
                departmentCode = unit.group(1);
                departmentName = unit.group(2);
                units.putIfAbsent(departmentCode, departmentName);
                unitProjects.putIfAbsent(departmentCode, new ArrayList<>());
            } else if (label.equals("项目编码")) {
                project = project(row.cell(1), row.cell(3));
                projects.add(project);
                unitProjects.get(departmentCode).add(project);
                mode = "project";
                level1 = "";
            } else if (project == null) {
                continue;
            } else if (label.equals("预算规模及资金用途")) {
                Map<String, Object> budget = new LinkedHashMap<>();
                budget.put("total", amount(row.cell(2)));
                budget.put("fiscal", amount(row.cell(4)));
                budget.put("other", amount(row.cell(6)));
                project.put("budget", budget);
                mode = "project-purpose";
            } else if (mode.equals("project-purpose") && label.isEmpty() && row.cells().size() == 2) {
                project.put("purpose", row.cell(1));
                mode = "project";
            } else if (label.startsWith("资金支出计划")) {
                mode = "project-plan";
            } else if (mode.equals("project-plan")) {
                project.put("disbursementPlan", plan(row.cells().subList(1, 5)));
                mode = "project";
            } else if (label.equals("绩效目标")) {
                row.cell(1).lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(g -> addGoal(projectOf(projects), g));
            } else if (label.equals("一级指标")) {
                mode = "project-indicators";
            } else if (mode.equals("project-indicators") && row.cells().size() == 6) {
                level1 = label.isEmpty() ? level1 : label;
                addIndicator(project, indicator(level1, row.cell(1), row.cell(2), row.cell(3), rawValue(row.cell(4)),
                        row.cell(5), null));
            } else if (mode.equals("project-indicators")) {
                throw new IllegalStateException("001: unexpected row " + row);
            }
        }
        if (departmentCode == null) {
            throw new IllegalStateException("001: no department line");
        }
        // one submission per 预算单位 (356001 本级, 356009 自收自支); both carry the department-wide goals
        List<SeedDepartment> departments = new ArrayList<>();
        units.forEach((code, name) -> departments.add(new SeedDepartment(SEED_001, 2021, REGION_001, code, name,
                document(overall, subGoals, safeguards, List.of(), unitProjects.get(code)))));
        return departments;
    }

    private static Map<String, Object> projectOf(List<Map<String, Object>> projects) {
        return projects.get(projects.size() - 1);
    }

    /**
     * Collects the cells of one indicator row; Word sometimes breaks a cell with an empty line, which splits the
     * row in the dump, so partial rows and the untabbed text between them are joined back until the row is full.
     */
    static final class Grid {
        private final int width;
        private final java.util.function.Consumer<List<String>> sink;
        private List<String> open;

        Grid(int width, java.util.function.Consumer<List<String>> sink) {
            this.width = width;
            this.sink = sink;
        }

        void row(List<String> cells) {
            if (open != null && open.size() >= width) {
                flush();
            }
            if (open == null) {
                open = new ArrayList<>(cells);
            } else {
                open.addAll(cells);
            }
        }

        /** Untabbed text inside the grid: the continuation of the last cell after an empty line. */
        boolean text(String text) {
            if (open == null) {
                return false;
            }
            int last = open.size() - 1;
            open.set(last, open.get(last) + "\n" + text);
            return true;
        }

        void flush() {
            if (open == null) {
                return;
            }
            if (open.size() != width) {
                throw new IllegalStateException("indicator row with " + open.size() + " cells: " + open);
            }
            List<String> cells = open;
            open = null;
            sink.accept(cells);
        }
    }

    // ---------------------------------------------------------------- 002

    /**
     * A 新区's 党群工作部 (party, legal and HR affairs in one department) 2020: goals plus the six-column grid, no
     * codes, no budgets; the many blank template rows are kept as {}. The file holds one department.
     */
    public static List<SeedDepartment> seed002() {
        List<Item> items = items(SEED_002);
        String overall = joined(section(items, t -> t.contains("总体绩效目标"), t -> t.contains("分项绩效目标")));
        List<String> subGoals = section(items, t -> t.contains("分项绩效目标"), t -> t.contains("工作保障措施"))
                .stream().filter(t -> !t.equals("职责分类绩效目标：")).toList();
        String safeguards = joined(section(items, t -> t.contains("工作保障措施"), t -> t.startsWith("第二部分")));

        List<Map<String, Object>> projects = new ArrayList<>();
        String[] level1 = {""};
        Grid grid = new Grid(6, cells -> {
            level1[0] = cells.get(0).isEmpty() ? level1[0] : cells.get(0);
            addIndicator(projectOf(projects), indicator(level1[0], cells.get(1), cells.get(2), cells.get(3),
                    rawValue(cells.get(4)), cells.get(5), null));
        });
        String mode = "";
        for (Item item : items) {
            if (item instanceof Para para) {
                Matcher table = NUMBERED_TABLE.matcher(para.text());
                if (para.text().startsWith("第二部分") || para.text().startsWith("第三部分")) {
                    grid.flush();
                    mode = "awaiting";
                } else if (table.matches() && !mode.isEmpty()) {
                    grid.flush();
                    projects.add(project(null, table.group(1).strip()));
                    mode = "project";
                    level1[0] = "";
                } else if (mode.equals("project-indicators")) {
                    if (!grid.text(para.text())) {
                        throw new IllegalStateException("002: text outside a row: " + para.text());
                    }
                } else if (mode.equals("project-goals")) {
                    addGoal(projectOf(projects), para.text());
                }
                continue;
            }
            if (projects.isEmpty() || mode.equals("awaiting")) {
                continue;
            }
            Row row = (Row) item;
            String label = row.cell(0);
            if (label.equals("绩效目标") && mode.equals("project")) {
                row.cell(1).lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(g -> addGoal(projectOf(projects), g));
                mode = "project-goals";
            } else if (label.equals("一级指标")) {
                mode = "project-indicators";
            } else if (mode.equals("project-indicators")) {
                grid.row(row.cells());
            } else {
                throw new IllegalStateException("002: unexpected row " + row + " in " + projectOf(projects).get("name"));
            }
        }
        grid.flush();
        String name = "新区党群工作部";
        return List.of(new SeedDepartment(SEED_002, 2020, REGION_002, stableCode("XQ-", name), name,
                document(overall, subGoals, safeguards, List.of(), projects)));
    }

    /** Prints the parsed tables, one line per row, for reading the seeds while writing assertions. */
    public static void main(String[] args) throws Exception {
        for (SeedDepartment department : all()) {
            System.out.println("=== " + department.seed() + " " + department.departmentCode() + " "
                    + department.departmentName() + " projects=" + department.projects().size() + " rows="
                    + department.indicatorRows());
            Map<String, Object> doc = department.document();
            System.out.println("overall: " + String.valueOf(doc.get("overallGoal")).length() + " chars; subGoals "
                    + ((List<?>) doc.get("subGoals")).size() + "; safeguards "
                    + String.valueOf(doc.get("safeguards")).length());
            List<?> dept = (List<?>) doc.get("departmentIndicators");
            for (int j = 0; j < dept.size(); j++) {
                System.out.println("  /departmentIndicators/" + j + " " + dept.get(j));
            }
            List<Map<String, Object>> projects = department.projects();
            for (int i = 0; i < projects.size(); i++) {
                Map<String, Object> p = projects.get(i);
                System.out.println("/projects/" + i + " [" + p.get("code") + "] " + p.get("name") + " budget="
                        + p.get("budget") + " plan=" + p.get("disbursementPlan") + " goals=" + p.get("goals"));
                List<?> rows = (List<?>) p.get("indicators");
                for (int j = 0; j < rows.size(); j++) {
                    System.out.println("  " + j + " " + rows.get(j));
                }
            }
        }
    }
}
