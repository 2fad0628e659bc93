package com.budgetperf.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.budgetperf.report.domain.cube.Column;
import com.budgetperf.report.domain.cube.CubeModel;
import com.budgetperf.report.domain.cube.CubeTable;
import com.budgetperf.report.domain.cube.Dimension;
import com.budgetperf.report.domain.cube.RegionNameColumns;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Open-data export as a Fiscal Data Package (Frictionless): a zip holding {@code datapackage.json} (one CSV
 * resource with its Table Schema, and the fiscal model saying which columns are measures and which dimensions)
 * and {@code data.csv} (UTF-8, API keys as headers, no BOM).
 */
public final class DataPackageExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DataPackageExport() {
    }

    public static byte[] write(CubeTable table, String query) {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("name", "budget-performance-targets");
        descriptor.put("title", "预算绩效目标汇总");
        descriptor.put("profile", "fiscal-data-package");
        descriptor.put("description", "由预算绩效目标平台报表服务导出，金额单位万元；查询：" + query);
        descriptor.put("includesEventsUpTo", table.includesEventsUpTo() == null ? null : table.includesEventsUpTo().toString());
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", table.columns().stream().map(DataPackageExport::field).toList());
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", "aggregate");
        resource.put("path", "data.csv");
        resource.put("profile", "tabular-data-resource");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("schema", schema);
        descriptor.put("resources", List.of(resource));
        Map<String, Object> measures = new LinkedHashMap<>();
        Map<String, Object> dimensions = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            if (CubeModel.MEASURES.containsKey(column.key())) {
                Map<String, Object> measure = new LinkedHashMap<>();
                measure.put("source", column.key());
                measure.put("title", column.label());
                if (column.key().startsWith("budget_")) {
                    measure.put("currency", "CNY");
                    measure.put("factor", 10000);
                }
                measures.put(column.key(), measure);
            } else if (isNameOf(column.key(), dimensions)) {
                // a region's name is an attribute of its region dimension, beside the code
                String region = "region_name".equals(column.key()) ? "region_code"
                        : column.key().substring(0, column.key().length() - "_name".length());
                @SuppressWarnings("unchecked")
                Map<String, Object> attributes = (Map<String, Object>) ((Map<String, Object>) dimensions.get(region)).get("attributes");
                attributes.put(column.key(), Map.of("source", column.key(), "title", column.label(), "labelfor", region));
            } else {
                Dimension dimension = CubeModel.DIMENSIONS.get(column.key());
                Map<String, Object> attributes = new LinkedHashMap<>();
                attributes.put(column.key(), Map.of("source", column.key(), "title", column.label()));
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("attributes", attributes);
                model.put("primaryKey", List.of(column.key()));
                model.put("dimensionType", dimension == null ? "other" : dimension.fdpType());
                dimensions.put(column.key(), model);
            }
        }
        descriptor.put("model", Map.of("measures", measures, "dimensions", dimensions));
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry("datapackage.json"));
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("data.csv"));
                zip.write(CsvExport.write(table, false).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNameOf(String key, Map<String, Object> dimensions) {
        return java.util.stream.Stream.of("region_province", "region_city", "region_county", "region_code")
                .anyMatch(region -> key.equals(RegionNameColumns.nameKey(region)) && dimensions.containsKey(region));
    }

    private static Map<String, Object> field(Column column) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", column.key());
        field.put("title", column.label());
        field.put("type", column.type().tableSchemaType());
        if (column.type() == com.budgetperf.report.domain.cube.ValueType.BOOLEAN) {
            field.put("trueValues", List.of("是"));
            field.put("falseValues", List.of("否"));
        }
        if (column.type().isDecimal()) {
            field.put("decimalChar", ".");
        }
        return field;
    }
}
