package com.budgetperf.catalog.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.catalog.service.TemplateRecommendations;
import com.budgetperf.platform.input.PlainText;

import io.quarkus.security.Authenticated;

@Path("/api/v1/recommendations")
@Tag(name = IndicatorTemplateResource.TAG, description = IndicatorTemplateResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "SecurityScheme")
public class RecommendationResource {

    @Schema(description = "按项目名称和资金用途推荐三级指标", example = """
            {"projectName":"职业技能提升培训补贴","purpose":"用于开展职业技能培训","level2s":["数量指标","服务对象满意度指标"]}""")
    public record RecommendationRequest(
            @NotBlank(message = "请填写项目名称") @Size(max = 200, message = "项目名称最多 200 个字符") @PlainText String projectName,
            @Size(max = 2000, message = "资金用途最多 2000 个字符") @PlainText String purpose,
            @Size(max = 20, message = "二级指标最多 20 个") List<@NotBlank(message = "二级指标名称不能为空") @Size(max = 50, message = "二级指标名称最多 50 个字符") @PlainText String> level2s) {
    }

    private final TemplateRecommendations recommendations;

    public RecommendationResource(TemplateRecommendations recommendations) {
        this.recommendations = recommendations;
    }

    @POST
    @Authenticated
    @Operation(operationId = "recommendIndicators", summary = "推荐三级指标", description = "对每个所需二级指标（省略则为全部）按与项目名称、资金用途的关键词重合、行业领域和使用频次排序，返回得分最高的模板。")
    public List<TemplateRecommendations.ForLevel2> recommend(
            @NotNull(message = "请求体不能为空") @Valid RecommendationRequest request,
            @QueryParam("limit") @DefaultValue("5") @Min(value = 1, message = "每个二级指标推荐 1 到 20 个") @Max(value = 20, message = "每个二级指标推荐 1 到 20 个") int limit) {
        List<String> level2s = request.level2s() == null ? List.of() : request.level2s().stream().map(String::strip).distinct().toList();
        return recommendations.recommend(request.projectName().strip(), request.purpose(), level2s, limit);
    }
}
