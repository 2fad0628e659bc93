package com.budgetperf.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FrameworkTreeTests {

    static final FrameworkTree OLDER_FORM = new FrameworkTree(List.of(
            new FrameworkTree.Level1("产出指标", List.of(), List.of(
                    new FrameworkTree.Level2("数量指标", List.of()),
                    new FrameworkTree.Level2("时效指标", List.of("进度指标")),
                    new FrameworkTree.Level2("成本指标", List.of()))),
            new FrameworkTree.Level1("效益指标", List.of("效果指标"), List.of(
                    new FrameworkTree.Level2("生态效益指标", List.of("环境效益指标")),
                    new FrameworkTree.Level2("可持续影响指标", List.of("可持续性影响指标")))),
            new FrameworkTree.Level1("满意度指标", List.of(), List.of(
                    new FrameworkTree.Level2("服务对象满意度指标", List.of())))));

    @Test
    void synonymsAsWrittenInTheSeedsResolveToCanonicalNames() {
        assertEquals(Optional.of("效益指标"), OLDER_FORM.canonicalLevel1("效果指标"));
        assertEquals(Optional.of("效益指标"), OLDER_FORM.canonicalLevel1(" 效益指标 "));
        assertEquals(Optional.of("可持续影响指标"), OLDER_FORM.canonicalLevel2("可持续性影响指标"));
        assertEquals(Optional.of("生态效益指标"), OLDER_FORM.canonicalLevel2("环境效益指标"));
        assertEquals(Optional.of("时效指标"), OLDER_FORM.canonicalLevel2("进度指标"));
        assertEquals(Optional.empty(), OLDER_FORM.canonicalLevel2("社会成本指标"));
        assertEquals(Optional.empty(), OLDER_FORM.canonicalLevel1(null));
    }

    @Test
    void aNameThatCouldMeanTwoNodesIsReported() {
        assertTrue(OLDER_FORM.ambiguousNames().isEmpty());
        FrameworkTree ambiguous = new FrameworkTree(List.of(
                new FrameworkTree.Level1("产出指标", List.of(), List.of(new FrameworkTree.Level2("成本指标", List.of()))),
                new FrameworkTree.Level1("成本指标", List.of(), List.of(new FrameworkTree.Level2("经济成本指标", List.of("成本指标"))))));
        assertEquals(List.of("成本指标", "成本指标"), ambiguous.ambiguousNames());
    }
}
