package com.budgetperf.catalog.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.catalog.domain.library.IndicatorTemplate;
import com.budgetperf.catalog.service.IndicatorTemplateCatalog;
import com.budgetperf.platform.problem.ProblemException;

import io.quarkus.security.Authenticated;

@Path("/api/v1/indicator-templates")
@Tag(name = "指标库（三级指标模板）")
@SecurityRequirement(name = "SecurityScheme")
public class IndicatorTemplateResource {

    private final IndicatorTemplateCatalog catalog;

    public IndicatorTemplateResource(IndicatorTemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Authenticated
    @Operation(summary = "检索指标模板", description = "按关键词（匹配指标名称和别名）和二级指标筛选在用的三级指标模板，分页返回。")
    @APIResponse(responseCode = "200", description = "匹配的指标模板，按一级、二级、名称排序")
    @APIResponse(responseCode = "422", description = "分页参数不合法")
    public List<IndicatorTemplate> search(
            @Parameter(description = "关键词，如“满意度”；匹配名称和别名") @QueryParam("q") @Size(max = 50, message = "关键词最多 50 个字符") String q,
            @Parameter(description = "二级指标，如“服务对象满意度指标”") @QueryParam("level2") @Size(max = 50, message = "二级指标名称最多 50 个字符") String level2,
            @Parameter(description = "页码，从 0 开始") @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能小于 0") int page,
            @Parameter(description = "每页条数，1 到 200") @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页条数须在 1 到 200 之间") @Max(value = 200, message = "每页条数须在 1 到 200 之间") int size) {
        return catalog.search(q, level2, page, size);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "读取一个指标模板")
    @APIResponse(responseCode = "404", description = "指标模板不存在")
    public IndicatorTemplate get(@Parameter(description = "指标模板编号") @PathParam("id") UUID id) {
        return catalog.find(id).orElseThrow(() -> ProblemException.notFound("指标模板 " + id));
    }
}
