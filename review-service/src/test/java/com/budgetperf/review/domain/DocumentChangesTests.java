package com.budgetperf.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.budgetperf.review.domain.DocumentChanges.Change;
import com.budgetperf.review.domain.DocumentChanges.Document;
import com.budgetperf.review.domain.DocumentChanges.Indicator;
import com.budgetperf.review.domain.DocumentChanges.Kind;
import com.budgetperf.review.domain.DocumentChanges.Project;

class DocumentChangesTests {

    @Test
    void matchesProjectsByCodeAndIndicatorsByLevel2AndName() {
        Document before = new Document(List.of(
                new Project("P001", "就业补助资金", "1574", List.of(
                        new Indicator("数量指标", "城镇新增就业人数", "≥1000人", "计划标准"),
                        new Indicator("质量指标", "城镇登记失业率", "≤4.5%", "计划标准"))),
                new Project(null, "公益性岗位", "10", List.of())));
        Document after = new Document(List.of(
                new Project("P002", "新项目", "5", List.of()),
                new Project("P001", "就业补助资金（调整）", "1574.0", List.of(
                        new Indicator("数量指标", "城镇新增就业人数", "≥1524人", "历史标准"),
                        new Indicator("时效指标", "资金拨付及时率", "100%", "计划标准")))));

        List<Change> changes = DocumentChanges.between(before, after);

        assertEquals(List.of(
                new Change(Kind.ADDED, "/projects/0", "新项目", null, null, null, null),
                new Change(Kind.CHANGED, "/projects/1/indicators/0", "就业补助资金（调整）", "城镇新增就业人数", "value", "≥1000人", "≥1524人"),
                new Change(Kind.CHANGED, "/projects/1/indicators/0", "就业补助资金（调整）", "城镇新增就业人数", "basis", "计划标准", "历史标准"),
                new Change(Kind.ADDED, "/projects/1/indicators/1", "就业补助资金（调整）", "资金拨付及时率", null, null, "100%"),
                new Change(Kind.REMOVED, "/projects/0/indicators/1", "就业补助资金（调整）", "城镇登记失业率", null, "≤4.5%", null),
                new Change(Kind.REMOVED, "/projects/1", "公益性岗位", null, null, null, null)), changes);
    }
}
