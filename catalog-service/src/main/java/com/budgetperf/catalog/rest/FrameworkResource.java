package com.budgetperf.catalog.rest;

import java.net.URI;
import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.idempotency.Idempotent;
import com.budgetperf.catalog.domain.FrameworkTree;
import com.budgetperf.catalog.domain.FrameworkVersion;
import com.budgetperf.catalog.service.FrameworkPublication;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;

import io.quarkus.security.Authenticated;

@Path("/api/v1/frameworks")
@Tag(name = FrameworkResource.TAG, description = FrameworkResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "SecurityScheme")
public class FrameworkResource {

    static final String TAG = "指标框架版本";
    static final String TAG_DESCRIPTION = "一级、二级指标框架的版本（发布后不可修改）及各预算年度使用的版本";

    private final FrameworkPublication publication;
    private final CallerRegion callerRegion;
    private final JsonWebToken token;

    public FrameworkResource(FrameworkPublication publication, CallerRegion callerRegion, JsonWebToken token) {
        this.publication = publication;
        this.callerRegion = callerRegion;
        this.token = token;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listFrameworks", summary = "列出已发布的框架版本（新者在前）")
    public List<FrameworkVersion> list(@QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能小于 0") @Max(value = 100_000, message = "页码不能大于 100000") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return publication.list(page, size);
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(operationId = "getFramework", summary = "读取一个框架版本")
    @APIResponse(responseCode = "200", description = "框架版本")
    @APIResponse(responseCode = "404", description = "版本不存在")
    public FrameworkVersion get(@PathParam("code") @Size(max = 40, message = "版本号最多 40 个字符") String code) {
        return publication.find(code).orElseThrow(() -> ProblemException.notFound("框架版本 " + code));
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(operationId = "publishFramework", summary = "发布框架版本（省级指标库管理员）", description = "发布后不可修改；同一版本号再次发布返回 409。")
    @APIResponse(responseCode = "201", description = "已发布，Location 指向该版本", content = @Content(mediaType = "application/json", schema = @Schema(implementation = FrameworkVersion.class)))
    @APIResponse(responseCode = "409", description = "版本号已存在")
    @APIResponse(responseCode = "422", description = "字段校验未通过，violations 指出每个字段")
    public Response publish(@NotNull(message = "请求体不能为空") @Valid PublishFrameworkRequest request) {
        callerRegion.requireProvince("指标框架由省级指标库管理员发布");
        FrameworkTree tree = new FrameworkTree(request.levels().stream()
                .map(level1 -> new FrameworkTree.Level1(level1.name().strip(), level1.synonyms(),
                        level1.children().stream()
                                .map(level2 -> new FrameworkTree.Level2(level2.name().strip(), level2.synonyms()))
                                .toList()))
                .toList());
        FrameworkVersion version = publication.publish(request.code(), request.name().strip(), tree, token.getName());
        return Response.created(URI.create("/api/v1/frameworks/" + version.code()))
                .type(MediaType.APPLICATION_JSON)
                .entity(version)
                .build();
    }
}
