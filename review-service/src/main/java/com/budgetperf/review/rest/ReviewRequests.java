package com.budgetperf.review.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the reviewers' actions. */
public final class ReviewRequests {

    private ReviewRequests() {
    }

    @Schema(description = "指派审核人员", example = "{\"assignee\":\"li.si\"}")
    public record Assign(String assignee) {
    }

    @Schema(description = "审核意见，锚定到申报文档的 JSON 指针：\"\"（整个申报）、/projects/2（项目）、/projects/2/indicators/5（指标）",
            example = "{\"path\":\"/projects/0/indicators/1\",\"text\":\"指标值偏低，请参照历史标准\"}")
    public record Comment(String path, String text) {
    }

    @Schema(description = "退回原因：目标不明确、指标不量化、指标值偏低、成本不合理、其他")
    public record ReturnReason(String code, String path, String text) {
    }

    @Schema(description = "审核决定：优、良 通过本阶段；中 退回修改（须附退回原因）；差 驳回",
            example = "{\"grade\":\"中\",\"returnReasons\":[{\"code\":\"指标值偏低\",\"path\":\"/projects/0/indicators/0\",\"text\":\"低于上年实际\"}],\"note\":\"请修改后重新报送\"}")
    public record Decision(String grade, List<ReturnReason> returnReasons, String note) {
    }

    @Schema(description = "项目审核结论：PASS 通过、REVISE 需修改、REJECT 不予安排（也可用中文），附说明",
            example = "{\"verdict\":\"REVISE\",\"note\":\"绩效指标未量化\"}")
    public record Verdict(String verdict, String note) {
    }

    @Schema(description = "批量通过的案件", example = "{\"caseIds\":[\"6f1c2d3e-4a5b-4c6d-8e7f-901234567890\"]}")
    public record BulkApproval(List<UUID> caseIds) {
    }
}
