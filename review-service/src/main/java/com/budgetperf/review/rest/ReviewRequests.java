package com.budgetperf.review.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.budgetperf.platform.input.PlainText;

/** Request bodies of the reviewers' actions. */
public final class ReviewRequests {

    private ReviewRequests() {
    }

    @Schema(description = "指派审核人员", example = "{\"assignee\":\"li.si\"}")
    public record Assign(
            @Size(max = 100, message = "审核人员最多 100 个字符") @PlainText String assignee) {
    }

    @Schema(description = "审核意见，锚定到申报文档的 JSON 指针：\"\"（整个申报）、/projects/2（项目）、/projects/2/indicators/5（指标）",
            example = "{\"path\":\"/projects/0/indicators/1\",\"text\":\"指标值偏低，请参照历史标准\"}")
    public record Comment(
            @Size(max = 200, message = "定位最多 200 个字符") @PlainText String path,
            @Size(max = 2000, message = "审核意见最多 2000 个字符") @PlainText String text) {
    }

    @Schema(description = "退回原因：目标不明确、指标不量化、指标值偏低、成本不合理、其他")
    public record ReturnReason(
            @Size(max = 20, message = "退回原因最多 20 个字符") @PlainText String code,
            @Size(max = 200, message = "定位最多 200 个字符") @PlainText String path,
            @Size(max = 2000, message = "说明最多 2000 个字符") @PlainText String text) {
    }

    @Schema(description = "审核决定：优、良 通过本阶段；中 退回修改（须附退回原因）；差 驳回",
            example = "{\"grade\":\"中\",\"returnReasons\":[{\"code\":\"指标值偏低\",\"path\":\"/projects/0/indicators/0\",\"text\":\"低于上年实际\"}],\"note\":\"请修改后重新报送\"}")
    public record Decision(
            @Size(max = 10, message = "评级最多 10 个字符") @PlainText String grade,
            @Size(max = 50, message = "退回原因最多 50 项") List<@NotNull(message = "退回原因不能为 null") @Valid ReturnReason> returnReasons,
            @Size(max = 2000, message = "审核说明最多 2000 个字符") @PlainText String note) {
    }

    @Schema(description = "项目审核结论：PASS 通过、REVISE 需修改、REJECT 不予安排（也可用中文），附说明",
            example = "{\"verdict\":\"REVISE\",\"note\":\"绩效指标未量化\"}")
    public record Verdict(
            @Size(max = 20, message = "项目审核结论最多 20 个字符") @PlainText String verdict,
            @Size(max = 2000, message = "说明最多 2000 个字符") @PlainText String note) {
    }

    @Schema(description = "批量通过的案件", example = "{\"caseIds\":[\"6f1c2d3e-4a5b-4c6d-8e7f-901234567890\"]}")
    public record BulkApproval(
            @Size(max = 200, message = "一次最多批量通过 200 件") List<@NotNull(message = "案件编号不能为 null") UUID> caseIds) {
    }
}
