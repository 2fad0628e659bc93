package com.budgetperf.catalog.rest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.idempotency.Idempotent;
import com.budgetperf.catalog.domain.ruleset.RuleSetDraft;
import com.budgetperf.catalog.domain.ruleset.RuleSet;
import com.budgetperf.catalog.domain.ruleset.RuleSetValidation;
import com.budgetperf.catalog.service.RuleSetCatalog;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;

import io.quarkus.security.Authenticated;

@Path("/api/v1/rule-sets")
@Tag(name = "机审规则集", description = "机审规则集：阈值、含糊用语表、同义词；草稿可改，发布后生效于该预算年度的机审（省级指标库管理员维护）")
@SecurityRequirement(name = "SecurityScheme")
public class RuleSetResource {

    private final RuleSetCatalog catalog;
    private final CallerRegion callerRegion;
    private final JsonWebToken token;

    public RuleSetResource(RuleSetCatalog catalog, CallerRegion callerRegion, JsonWebToken token) {
        this.catalog = catalog;
        this.callerRegion = callerRegion;
        this.token = token;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listRuleSets", summary = "列出规则集", description = "可按预算年度筛选；年度新者在前，同一年度创建时间新者在前。")
    public List<RuleSet> list(@QueryParam("fiscalYear") @Min(value = 2000, message = "预算年度应在 2000 至 2100 之间") @Max(value = 2100, message = "预算年度应在 2000 至 2100 之间") Integer fiscalYear,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能小于 0") @Max(value = 100_000, message = "页码不能大于 100000") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页条数须在 1 到 200 之间") @Max(value = 200, message = "每页条数须在 1 到 200 之间") int size) {
        return catalog.list(fiscalYear, page, size);
    }

    @GET
    @Path("/active")
    @Authenticated
    @Operation(operationId = "getActiveRuleSet", summary = "读取某预算年度在用的规则集", description = "在用 = 该年度最新发布（状态 PUBLISHED）的规则集。")
    @APIResponse(responseCode = "200", description = "在用的规则集")
    @APIResponse(responseCode = "404", description = "该年度尚未发布规则集（机审使用内置默认规则）")
    public RuleSet active(@QueryParam("fiscalYear") @Min(value = 2000, message = "预算年度应在 2000 至 2100 之间") @Max(value = 2100, message = "预算年度应在 2000 至 2100 之间") Integer fiscalYear) {
        if (fiscalYear == null) {
            throw ProblemException.invalid("/fiscalYear", "请填写预算年度");
        }
        return catalog.active(fiscalYear)
                .orElseThrow(() -> ProblemException.notFound(fiscalYear + " 年度已发布的规则集"));
    }

    @GET
    @Path("/{version}")
    @Authenticated
    @Operation(operationId = "getRuleSet", summary = "读取一个规则集")
    @APIResponse(responseCode = "200", description = "规则集")
    @APIResponse(responseCode = "404", description = "规则集不存在")
    public RuleSet get(@PathParam("version") @Size(max = 40, message = "版本号最多 40 个字符") String version) {
        return catalog.find(version).orElseThrow(() -> ProblemException.notFound("规则集 " + version));
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(operationId = "createRuleSet", summary = "创建规则集草稿（省级指标库管理员）")
    @APIResponse(responseCode = "201", description = "已创建草稿，Location 指向该规则集", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RuleSet.class)))
    @APIResponse(responseCode = "409", description = "版本号已存在")
    @APIResponse(responseCode = "422", description = "字段校验未通过，violations 指出每个字段")
    public Response create(@NotNull(message = "请求体不能为空") @Valid RuleSetRequest request) {
        requireProvince();
        RuleSet created = catalog.create(draft(request), token.getName());
        return Response.created(URI.create("/api/v1/rule-sets/" + created.version()))
                .type(MediaType.APPLICATION_JSON).entity(created).build();
    }

    @PUT
    @Path("/{version}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(operationId = "updateRuleSet", summary = "修改规则集草稿（省级指标库管理员）", description = "只有草稿可以修改；已发布或已停用的规则集返回 409。")
    @APIResponse(responseCode = "200", description = "修改后的草稿")
    @APIResponse(responseCode = "404", description = "规则集不存在")
    @APIResponse(responseCode = "409", description = "规则集已发布，不可修改")
    @APIResponse(responseCode = "422", description = "字段校验未通过")
    public RuleSet update(@PathParam("version") @Size(max = 40, message = "版本号最多 40 个字符") String version,
            @NotNull(message = "请求体不能为空") @Valid RuleSetRequest request) {
        requireProvince();
        if (request.version() != null && !request.version().equals(version)) {
            throw ProblemException.invalid("/version", "请求体中的版本号须与路径中的版本号一致（或省略）");
        }
        return catalog.update(draft(request).withVersion(version));
    }

    @POST
    @Path("/{version}/publish")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(operationId = "publishRuleSet", summary = "发布规则集（省级指标库管理员）",
            description = "发布后不可修改，成为该预算年度在用的规则集；同一年度此前在用的规则集改为 RETIRED。"
                    + "事件 budget.catalog.rule-set.published.v1 发往 budget.catalog。")
    @APIResponse(responseCode = "200", description = "已发布的规则集")
    @APIResponse(responseCode = "404", description = "规则集不存在")
    @APIResponse(responseCode = "409", description = "规则集已发布或已停用")
    public RuleSet publish(@PathParam("version") @Size(max = 40, message = "版本号最多 40 个字符") String version) {
        requireProvince();
        return catalog.publish(version, token.getName());
    }

    private void requireProvince() {
        callerRegion.requireProvince("机审规则集由省级指标库管理员维护");
    }

    private static RuleSetDraft draft(RuleSetRequest request) {
        Map<String, RuleSetValidation.SettingInput> settings = new LinkedHashMap<>();
        if (request.settings() != null) {
            request.settings().forEach((code, setting) -> settings.put(code,
                    setting == null ? null : new RuleSetValidation.SettingInput(setting.enabled(), setting.severity())));
        }
        return new RuleSetDraft(request.version(), request.fiscalYear(), settings, request.wordLists(),
                request.thresholds(), request.synonyms());
    }
}
