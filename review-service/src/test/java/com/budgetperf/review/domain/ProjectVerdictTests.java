package com.budgetperf.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProjectVerdictTests {

    @Test
    void parsesCodesAndChineseLabels() {
        assertEquals(Optional.of(ProjectVerdict.PASS), ProjectVerdict.parse("PASS"));
        assertEquals(Optional.of(ProjectVerdict.REVISE), ProjectVerdict.parse(" revise "));
        assertEquals(Optional.of(ProjectVerdict.REJECT), ProjectVerdict.parse("不予安排"));
        assertEquals(Optional.of(ProjectVerdict.REVISE), ProjectVerdict.parse("需修改"));
        assertEquals(Optional.empty(), ProjectVerdict.parse("MAYBE"));
        assertEquals(Optional.empty(), ProjectVerdict.parse(""));
        assertEquals(Optional.empty(), ProjectVerdict.parse(null));
        assertEquals(List.of("PASS", "REVISE", "REJECT"), ProjectVerdict.CODES);
    }

    @Test
    void onlyReviseAndRejectAreToldToTheCountyAsLabelAndNote() {
        assertFalse(ProjectVerdict.PASS.toldToCounty());
        assertTrue(ProjectVerdict.REVISE.toldToCounty());
        assertTrue(ProjectVerdict.REJECT.toldToCounty());
        assertEquals("需修改：指标未量化", ProjectVerdict.REVISE.commentText(" 指标未量化 "));
        assertEquals("不予安排", ProjectVerdict.REJECT.commentText(null));
        assertEquals("/projects/2", ProjectVerdict.projectPointer(2));
    }
}
