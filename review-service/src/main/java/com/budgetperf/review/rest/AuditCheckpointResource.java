package com.budgetperf.review.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.review.service.AuditCheckpoints;

/**
 * The audit log's checkpoints (published as {@code budget.review.audit-checkpoint.v1}, kept by report-service at
 * {@code /api/v1/audit-checkpoints}) and the verification of the whole log against the digests kept there.
 */
@Path("/api/v1/audit/checkpoints")
@Tag(name = "审计检查点", description = "审计记录的哈希链检查点：列出本服务记录的检查点，并以审核库外保存的摘要校验全部审计记录（省级管理员）")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditCheckpointResource {

    /** A checkpoint as this service recorded it. */
    public record CheckpointView(long seq, java.time.Instant at, String previousDigest, String digest, int heads) {
    }

    private final AuditCheckpoints checkpoints;
    private final CallerRegion callerRegion;

    public AuditCheckpointResource(AuditCheckpoints checkpoints, CallerRegion callerRegion) {
        this.checkpoints = checkpoints;
        this.callerRegion = callerRegion;
    }

    @GET
    @Operation(operationId = "listAuditCheckpoints", summary = "审计检查点（本服务记录的）")
    public List<CheckpointView> list() {
        callerRegion.requireProvince("审计链覆盖全省各县的审核，检查点仅限省级管理员查看");
        return checkpoints.all().stream().map(c -> new CheckpointView(c.seq(), c.at(), c.previousDigest(), c.digest(),
                c.heads().size())).toList();
    }

    @POST
    @Path("/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyAuditCheckpoints", summary = "以审核库外保存的检查点摘要（report-service 的 /api/v1/audit-checkpoints）校验全部审计记录")
    public AuditCheckpoints.Verification verify(List<AuditCheckpoints.Kept> kept) {
        callerRegion.requireProvince("审计链覆盖全省各县的审核，校验仅限省级管理员");
        if (kept == null || kept.stream().anyMatch(k -> k == null || k.digest() == null || !k.digest().matches("[0-9a-f]{64}"))) {
            throw new ProblemException(422, "INVALID_CHECKPOINTS", "检查点格式不正确",
                    "须为 [{\"seq\":1,\"digest\":\"…\"}] 形式的数组，每个摘要为 64 位十六进制");
        }
        return checkpoints.verify(kept);
    }
}
