package com.budgetperf.submission.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.security.Roles;
import com.budgetperf.submission.repository.WebhookDeliveryEntity;
import com.budgetperf.submission.repository.WebhookSubscriptionEntity;
import com.budgetperf.submission.service.Webhooks;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Webhooks of county systems: register, list, remove, and read each one's delivery log. */
@Path("/api/v1/webhooks")
@Tag(name = SubmissionChangeResource.TAG, description = SubmissionChangeResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "SecurityScheme")
public class WebhookResource {

    /** A webhook to register; without a secret the platform generates one (returned once, in the answer). */
    public record WebhookRequest(
            @NotBlank(message = "请填写接收地址") @Size(max = 2000, message = "地址最多 2000 个字符") String url,
            @Size(min = 16, max = 200, message = "secret 应为 16 至 200 个字符") String secret) {
    }

    /** A registered webhook; {@code secret} only in the answer to its registration. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookView(UUID id, String url, String regionPrefix, String createdBy, Instant createdAt,
            String secret) {

        static WebhookView of(WebhookSubscriptionEntity webhook, boolean withSecret) {
            return new WebhookView(webhook.id, webhook.url, webhook.regionPrefix, webhook.createdBy, webhook.createdAt,
                    withSecret ? webhook.secret : null);
        }
    }

    /** One entry of the delivery log: the change (event id), its state, and what the last attempt got. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryView(UUID eventId, String status, int attempts, Instant lastAttemptAt, Integer lastStatus,
            String lastError, Instant nextAttemptAt, Instant deliveredAt) {

        static DeliveryView of(WebhookDeliveryEntity delivery) {
            return new DeliveryView(delivery.eventId, delivery.status.name(), delivery.attempts, delivery.lastAttemptAt,
                    delivery.lastStatus, delivery.lastError,
                    delivery.status == WebhookDeliveryEntity.Status.PENDING ? delivery.nextAttemptAt : null,
                    delivery.deliveredAt);
        }
    }

    private final Webhooks webhooks;
    private final JsonWebToken token;

    public WebhookResource(Webhooks webhooks, JsonWebToken token) {
        this.webhooks = webhooks;
        this.token = token;
    }

    @POST
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "registerWebhook", summary = "登记 Webhook：本行政区划内申报的每个变化都推送到该地址",
            description = "推送内容与变更订阅中的一条变化相同（application/json），请求头 Webhook-Id（= eventId）、Webhook-Timestamp（Unix 秒）、"
                    + "Webhook-Signature（v1,<Base64(HMAC-SHA256(secret, Webhook-Id + \".\" + Webhook-Timestamp + \".\" + 正文))>）。"
                    + "接收方以 2xx 确认；否则按 10 秒起倍增的间隔重试（最长 1 小时，共 12 次）。同一 eventId 可能因网络原因重复到达，请按 Webhook-Id 去重。")
    @APIResponse(responseCode = "201", description = "已登记；secret 只在此返回一次",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "422", description = "地址或 secret 不合规，violations 指出字段")
    public Response register(@NotNull(message = "请求体不能为空") @Valid WebhookRequest request) {
        WebhookSubscriptionEntity webhook = webhooks.register(request.url(), request.secret(), token.getName());
        return Response.created(URI.create("/api/v1/webhooks/" + webhook.id))
                .entity(WebhookView.of(webhook, true)).build();
    }

    @GET
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "listWebhooks", summary = "列出本行政区划登记的 Webhook")
    @APIResponse(responseCode = "200", description = "已登记的 Webhook（不含 secret）")
    public List<WebhookView> list() {
        return webhooks.list().stream().map(webhook -> WebhookView.of(webhook, false)).toList();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "removeWebhook", summary = "删除 Webhook（不再推送，未送达的推送放弃）")
    @APIResponse(responseCode = "204", description = "已删除")
    public void remove(@PathParam("id") UUID id) {
        webhooks.remove(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "listWebhookDeliveries", summary = "Webhook 的投递记录（新者在前）",
            description = "每个变化一条：PENDING 待推送或等待重试（nextAttemptAt），DELIVERED 已送达，FAILED 重试用尽。")
    @APIResponse(responseCode = "200", description = "投递记录")
    public List<DeliveryView> deliveries(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "page 不能小于 0") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "size 应在 1 至 200 之间")
            @Max(value = 200, message = "size 应在 1 至 200 之间") int size) {
        return webhooks.log(id, page, size).stream().map(DeliveryView::of).toList();
    }
}
