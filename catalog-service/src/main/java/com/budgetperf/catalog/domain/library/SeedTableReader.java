package com.budgetperf.catalog.domain.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the Word text dumps in {@code seeds/} (a table cell starts with a tab, a blank line ends a row, a line
 * without a tab inside a row continues the previous cell) and yields every indicator row.
 *
 * <p>An indicator table starts at a header row holding the cells 一级指标, 二级指标, 三级指标; its column offset
 * is where 一级指标 stands (file 000 has a 栏次 column first). When the next row is the 符号/值/单位 sub-header, the
 * value is split over three cells. The table lasts while rows have the data width; 一级/二级 cells left blank
 * (merged cells in Word) carry over from the row above; rows with a blank 三级 name are template placeholders and
 * are skipped. The project is taken from the 项目编码/项目名称 row (000, 001) or from the "N、…绩效目标表" heading
 * (002).
 */
public final class SeedTableReader {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern TC_FIELD = Pattern.compile("\\s*TC\\s.*$");
    private static final Pattern HEADING_NUMBER = Pattern.compile("^\\s*[0-9０-９]+\\s*[、.．]\\s*");

    /** 一级 names as written → canonical (docs/architecture.md §1). */
    static final Map<String, String> LEVEL1_SYNONYMS = Map.of(
            "效果指标", "效益指标");

    /** 二级 names as written → canonical (docs/architecture.md §1); "可持续性影响" without 指标 occurs in file 000. */
    static final Map<String, String> LEVEL2_SYNONYMS = Map.of(
            "可持续性影响指标", "可持续影响指标",
            "可持续性影响", "可持续影响指标",
            "环境效益指标", "生态效益指标",
            "进度指标", "时效指标");

    private SeedTableReader() {
    }

    /** Reads one dump; {@code source} names it (e.g. the file name without extension). */
    public static List<SeedIndicatorRow> read(String source, String text) {
        String fileArea = PolicyAreas.forSource(source);
        List<SeedIndicatorRow> result = new ArrayList<>();
        List<Row> rows = rows(text);
        String project = "部门整体绩效目标";
        String heading = null;
        Table table = null;
        String level1 = "";
        String level2 = "";
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            if (row.heading != null) {
                String title = row.heading;
                int end = title.indexOf("绩效目标表");
                if (end > 0) {
                    heading = HEADING_NUMBER.matcher(title.substring(0, end)).replaceFirst("").strip();
                    project = heading;
                } else if (title.contains("部门整体绩效")) {
                    project = "部门整体绩效目标";
                }
                continue;
            }
            List<String> cells = row.cells;
            int code = cells.indexOf("项目编码");
            int name = cells.indexOf("项目名称");
            if (code >= 0 && name > code && name + 1 < cells.size() && !cells.get(name + 1).isBlank()) {
                project = cells.get(name + 1).strip();
                table = null;
                continue;
            }
            int first = cells.indexOf("一级指标");
            if (first >= 0 && first + 2 < cells.size() && "二级指标".equals(cells.get(first + 1))
                    && "三级指标".equals(cells.get(first + 2))) {
                int value = indexOfValueHeader(cells);
                boolean split = index + 1 < rows.size() && rows.get(index + 1).cells.contains("符号");
                if (split) {
                    index++;
                }
                table = new Table(first, value, split, cells.size() + (split ? 2 : 0));
                level1 = "";
                level2 = "";
                continue;
            }
            if (table == null) {
                continue;
            }
            if (cells.size() < table.width && index + 2 < rows.size() && rows.get(index + 1).heading != null
                    && rows.get(index + 2).heading == null) {
                // A cell holding an empty paragraph splits the row in the dump (002, line 862): the text line
                // after the blank continues the last cell and the next row holds the remaining cells.
                List<String> merged = new ArrayList<>(cells);
                merged.set(merged.size() - 1, merged.get(merged.size() - 1) + rows.get(index + 1).heading);
                merged.addAll(rows.get(index + 2).cells);
                if (merged.size() == table.width) {
                    cells = merged;
                    index += 2;
                }
            }
            if (cells.size() != table.width) {
                table = null;
                continue;
            }
            String l1 = cells.get(table.offset).strip();
            String l2 = cells.get(table.offset + 1).strip();
            if (!l1.isEmpty()) {
                level1 = canonicalLevel1(l1);
            }
            if (!l2.isEmpty()) {
                level2 = canonicalLevel2(l2);
            }
            String indicator = cells.get(table.offset + 2).strip();
            if (indicator.isEmpty()) {
                continue;
            }
            String raw;
            if (table.split) {
                String symbol = clean(cells.get(table.value));
                String number = clean(cells.get(table.value + 1));
                String unit = clean(cells.get(table.value + 2));
                raw = "文字描述".equals(symbol) ? (number + unit) : (symbol + number + unit);
            } else {
                raw = clean(cells.get(table.value));
            }
            result.add(new SeedIndicatorRow(source, row.line, project, PolicyAreas.forProject(project, fileArea),
                    level1, level2, indicator, raw));
        }
        return result;
    }

    public static String canonicalLevel1(String written) {
        String name = written.replaceAll("\\s+", "");
        return LEVEL1_SYNONYMS.getOrDefault(name, name);
    }

    public static String canonicalLevel2(String written) {
        String name = written.replaceAll("\\s+", "");
        return LEVEL2_SYNONYMS.getOrDefault(name, name);
    }

    private static int indexOfValueHeader(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equals("指标值")) {
                return i;
            }
        }
        throw new IllegalArgumentException("指标表缺少“指标值”列：" + header);
    }

    private static String clean(String cell) {
        return cell.replace('\u3000', ' ').replace('\n', ' ').strip();
    }

    /** Strips Word field leftovers from a line. */
    static String stripWordLeftovers(String line) {
        return TC_FIELD.matcher(BOOKMARK.matcher(line).replaceAll("")).replaceFirst("");
    }

    private record Table(int offset, int value, boolean split, int width) {
    }

    private static final class Row {
        final int line;
        final List<String> cells = new ArrayList<>();
        final String heading;

        Row(int line, String heading) {
            this.line = line;
            this.heading = heading;
        }
    }

    /** Groups lines into table rows and the free-text lines between them (kept as headings). */
    private static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        Row current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = stripWordLeftovers(lines[i]);
            if (line.startsWith("\t")) {
                if (current == null) {
                    current = new Row(i + 1, null);
                    rows.add(current);
                }
                current.cells.add(line.substring(1).strip());
            } else if (line.isBlank()) {
                current = null;
            } else if (current != null) {
                int last = current.cells.size() - 1;
                current.cells.set(last, current.cells.get(last) + "\n" + line.strip());
            } else {
                rows.add(new Row(i + 1, line.strip()));
            }
        }
        return rows;
    }
}
