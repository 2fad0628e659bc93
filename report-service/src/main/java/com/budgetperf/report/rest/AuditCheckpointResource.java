package com.budgetperf.report.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.report.repository.AuditCheckpointArchive;

/**
 * The review audit log's checkpoints kept here: the body to post to review-service's
 * {@code /api/v1/audit/checkpoints/verification}, which checks the review database against them.
 */
@Path("/api/v1/audit-checkpoints")
@Tag(name = "审计检查点（审核库外保存）", description = "审核服务发布的审计检查点摘要，保存在审核库之外，用于发现审计记录被改写（省级管理员）")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AuditCheckpointResource {

    private final AuditCheckpointArchive archive;
    private final CallerRegion callerRegion;

    public AuditCheckpointResource(AuditCheckpointArchive archive, CallerRegion callerRegion) {
        this.archive = archive;
        this.callerRegion = callerRegion;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listKeptAuditCheckpoints", summary = "审核服务发布的审计检查点摘要；chainBroken 或 conflictingDigest 表示审核库的审计记录被改写")
    public List<AuditCheckpointArchive.Kept> list() {
        callerRegion.requireProvince("审计链覆盖全省各县的审核，检查点仅限省级管理员查看");
        return archive.all();
    }
}
