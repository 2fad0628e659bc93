package com.budgetperf.report.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a department publishes for a fiscal year: one 项目支出绩效目标表 per project of its latest submission
 * versions. 涉密 projects are carried as such; whoever renders the document redacts them.
 */
public record Disclosure(String departmentCode, String departmentName, String regionCode, int fiscalYear,
        List<ProjectTable> projects) {

    public static final String REDACTED = "涉密";

    public record ProjectTable(String code, String name, boolean classified, BigDecimal budgetTotal,
            BigDecimal budgetFiscal, BigDecimal budgetOther, List<IndicatorRow> indicators) {

        /** The name as published: “涉密” for a classified project. */
        public String publishedName() {
            return classified ? REDACTED : name;
        }
    }

    public record IndicatorRow(String level1, String level2, String name, String value) {
    }
}
