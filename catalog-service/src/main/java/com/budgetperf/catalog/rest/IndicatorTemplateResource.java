package com.budgetperf.catalog.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.idempotency.Idempotent;
import com.budgetperf.catalog.domain.library.TemplateProposal;
import com.budgetperf.catalog.domain.library.IndicatorTemplate;
import com.budgetperf.catalog.service.IndicatorTemplateAdministration;
import com.budgetperf.catalog.service.IndicatorTemplateCatalog;
import com.budgetperf.platform.input.PlainText;
import com.budgetperf.platform.problem.Problem;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;

import io.quarkus.security.Authenticated;

@Path("/api/v1/indicator-templates")
@Tag(name = IndicatorTemplateResource.TAG, description = IndicatorTemplateResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "SecurityScheme")
public class IndicatorTemplateResource {

    static final String TAG = "指标库（三级指标模板）";
    static final String TAG_DESCRIPTION = "省级指标库中的标准三级指标模板：检索、推荐、新增与停用";

    private final IndicatorTemplateCatalog catalog;
    private final IndicatorTemplateAdministration administration;
    private final CallerRegion callerRegion;
    private final JsonWebToken token;

    public IndicatorTemplateResource(IndicatorTemplateCatalog catalog, IndicatorTemplateAdministration administration,
            CallerRegion callerRegion, JsonWebToken token) {
        this.catalog = catalog;
        this.administration = administration;
        this.callerRegion = callerRegion;
        this.token = token;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(operationId = "createIndicatorTemplate", summary = "新增指标模板（省级指标库管理员）",
            description = "名称按导入规则规范化；一级、二级须为规范名称。事件 budget.catalog.template.published.v1。")
    @APIResponse(responseCode = "201", description = "已新增，Location 指向该模板", content = @Content(mediaType = "application/json", schema = @Schema(implementation = IndicatorTemplate.class)))
    @APIResponse(responseCode = "409", description = "该二级指标下已有同名模板")
    @APIResponse(responseCode = "422", description = "字段校验未通过，violations 指出每个字段")
    public Response create(@NotNull(message = "请求体不能为空") @Valid CreateTemplateRequest request) {
        requireProvince();
        IndicatorTemplate created = administration.create(TemplateProposal.normalised(request.name(), request.level1(),
                request.level2(), request.valueKind(), request.unit(), request.direction(), request.aliases(),
                request.typicalValues(), request.policyAreas()), token.getName());
        return Response.created(URI.create("/api/v1/indicator-templates/" + created.id()))
                .type(MediaType.APPLICATION_JSON).entity(created).build();
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(operationId = "retireIndicatorTemplate", summary = "停用指标模板（省级指标库管理员）", description = "停用后不再出现在检索中。事件 budget.catalog.template.retired.v1。")
    @APIResponse(responseCode = "200", description = "已停用的指标模板")
    @APIResponse(responseCode = "404", description = "指标模板不存在")
    @APIResponse(responseCode = "409", description = "已停用")
    public IndicatorTemplate retire(@Parameter(description = "指标模板编号") @PathParam("id") UUID id) {
        requireProvince();
        return administration.retire(id);
    }

    private void requireProvince() {
        callerRegion.requireProvince("指标库由省级指标库管理员维护");
    }

    @GET
    @Authenticated
    @Operation(operationId = "searchIndicatorTemplates", summary = "检索指标模板", description = "按关键词（匹配指标名称和别名）和二级指标筛选在用的三级指标模板，分页返回。")
    @APIResponse(responseCode = "200", description = "匹配的指标模板，按一级、二级、名称排序")
    @APIResponse(responseCode = "422", description = "分页参数不合法")
    public List<IndicatorTemplate> search(
            @Parameter(description = "关键词，如“满意度”；匹配名称和别名") @QueryParam("q") @Size(max = 50, message = "关键词最多 50 个字符") @PlainText String q,
            @Parameter(description = "二级指标，如“服务对象满意度指标”") @QueryParam("level2") @Size(max = 50, message = "二级指标名称最多 50 个字符") @PlainText String level2,
            @Parameter(description = "页码，从 0 开始") @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能小于 0") @Max(value = 100_000, message = "页码不能大于 100000") int page,
            @Parameter(description = "每页条数，1 到 200") @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页条数须在 1 到 200 之间") @Max(value = 200, message = "每页条数须在 1 到 200 之间") int size) {
        return catalog.search(q, level2, page, size);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getIndicatorTemplate", summary = "读取一个指标模板")
    @APIResponse(responseCode = "200", description = "指标模板")
    @APIResponse(responseCode = "404", description = "指标模板不存在")
    public IndicatorTemplate get(@Parameter(description = "指标模板编号") @PathParam("id") UUID id) {
        return catalog.find(id).orElseThrow(() -> ProblemException.notFound("指标模板 " + id));
    }
}
