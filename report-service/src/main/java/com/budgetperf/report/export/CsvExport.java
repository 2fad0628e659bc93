package com.budgetperf.report.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import com.budgetperf.report.domain.cube.CubeTable;

/** RFC 4180 CSV of a cube answer. */
public final class CsvExport {

    /** Byte order mark: Excel opens UTF-8 CSV correctly only with it. */
    public static final String BOM = "\uFEFF";

    private CsvExport() {
    }

    /** For people: BOM, Chinese headers, neutralised text. */
    public static byte[] forExcel(CubeTable table) {
        return (BOM + write(table, true)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param chineseHeaders Chinese labels (for people) or the API keys (for the Fiscal Data Package)
     */
    public static String write(CubeTable table, boolean chineseHeaders) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.columns().stream().map(c -> chineseHeaders ? c.label() : c.key()).toList());
        for (List<Object> row : table.rows()) {
            line(csv, row.stream().map(CellText::of).toList());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(CsvExport::quote).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
