package com.budgetperf.submission.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.submission.domain.feed.FeedCursor;
import com.budgetperf.submission.service.ChangeFeed;

/** The change feed: what happened to the submissions of the caller's region, in order, from a resumable cursor. */
@Path("/api/v1/submissions/changes")
@Tag(name = SubmissionChangeResource.TAG, description = SubmissionChangeResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "SecurityScheme")
public class SubmissionChangeResource {

    static final String TAG = "变更订阅";
    static final String TAG_DESCRIPTION = "县区系统不必轮询：按游标读取本行政区划内申报的变化（新版本及机审结果、报送、撤回、审核事件及意见），"
            + "或登记 Webhook 由平台推送同样的内容（HMAC-SHA256 签名，失败按退避重试，附投递记录）";

    private final ChangeFeed feed;
    private final CallerRegion callerRegion;

    public SubmissionChangeResource(ChangeFeed feed, CallerRegion callerRegion) {
        this.feed = feed;
        this.callerRegion = callerRegion;
    }

    @GET
    @RolesAllowed({ Roles.SUBMITTER, Roles.REVIEWER })
    @Operation(operationId = "listSubmissionChanges", summary = "读取本行政区划内申报的变化（变更订阅）",
            description = "按发生顺序返回 since 之后的变化，最多 limit 条；响应中的 cursor 作为下次的 since 即可接着读（不传 since 从头读）。"
                    + "每条变化有唯一的 eventId，与 Webhook 推送的 Webhook-Id 相同。changes 为空表示暂无新变化，稍后用同一 cursor 再读。"
                    + "type 取值：submission.version-received（新版本及机审结果）、submission.submitted、submission.withdrawn、"
                    + "review.case-opened、review.returned（附审核意见 comments）、review.approved、review.rejected、"
                    + "submission.comment-replied（县级经办人在页面上对审核意见的答复，见 reply）。")
    @APIResponse(responseCode = "200", description = "一页变化与续读游标")
    @APIResponse(responseCode = "422", description = "since 不是本接口给出的游标，或 limit 超出范围")
    public ChangeFeed.ChangePage changes(
            @Parameter(description = "上次响应中的 cursor；不传则从头读") @QueryParam("since")
            @Size(max = 200, message = "since 最多 200 个字符") String since,
            @Parameter(description = "最多返回的条数（1-500）") @QueryParam("limit") @DefaultValue("100")
            @Min(value = 1, message = "limit 应在 1 至 500 之间") @Max(value = 500, message = "limit 应在 1 至 500 之间") int limit) {
        FeedCursor cursor = FeedCursor.parse(since)
                .orElseThrow(() -> ProblemException.invalid("/since", "since 不是本接口给出的游标，请使用上次响应中的 cursor"));
        return feed.read(callerRegion.prefix(), cursor, limit);
    }
}
