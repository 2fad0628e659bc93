package com.budgetperf.report.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.report.messaging.in.ReadModelRebuild;

/** Operations on the read model itself (province administrators only). */
@Path("/api/v1/admin/read-model")
@Tag(name = "运维", description = "报表读模型的维护操作（省级管理员）")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final ReadModelRebuild rebuild;
    private final CallerRegion callerRegion;

    public AdminResource(ReadModelRebuild rebuild, CallerRegion callerRegion) {
        this.rebuild = rebuild;
        this.callerRegion = callerRegion;
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rebuildReadModel", summary = "从事件主题重建报表读模型（省级管理员）",
            description = "清空读模型（事实表、维度表、投影位置和本服务的已处理事件记录），从头重放 "
                    + "budget.submissions、budget.reviews 至开始时的末尾位置，与实时消费使用同一投影代码，在一个事务中完成："
                    + "重建期间报表仍返回旧数据。返回重放的事件数和结果已包含截至何时的事件。")
    @APIResponse(responseCode = "200", description = "{eventsReplayed, eventsRejected, includesEventsUpTo, rejected: [{position, reason}]}")
    @APIResponse(responseCode = "401", description = "未登录或令牌无效")
    @APIResponse(responseCode = "403", description = "不是管理员，或不是省级（region 13 或 130000）")
    @APIResponse(responseCode = "409", description = "已有一次重建正在进行")
    public Map<String, Object> rebuild() {
        callerRegion.requireProvince("报表读模型只能由省级管理员重建");
        ReadModelRebuild.Result result = rebuild.rebuild();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("eventsReplayed", result.eventsReplayed());
        answer.put("eventsRejected", result.eventsRejected());
        answer.put("includesEventsUpTo", result.includesEventsUpTo() == null ? null : result.includesEventsUpTo().toString());
        answer.put("rejected", result.rejected());
        return answer;
    }
}
