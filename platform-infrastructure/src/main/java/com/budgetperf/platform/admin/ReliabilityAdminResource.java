package com.budgetperf.platform.admin;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.consumer.DeadLetters;
import com.budgetperf.platform.outbox.OutboxParking;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;

/**
 * Every service's operations endpoints for what the platform could not deliver on its own: outbox rows parked after
 * repeated refusals, and dead-letter topics of its consumers. Province administrators only.
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "运维", description = "搁置的发件箱事件与死信主题（省级管理员）")
public class ReliabilityAdminResource {

    private final OutboxParking parking;
    private final DeadLetters deadLetters;
    private final CallerRegion callerRegion;

    public ReliabilityAdminResource(OutboxParking parking, DeadLetters deadLetters, CallerRegion callerRegion) {
        this.parking = parking;
        this.deadLetters = deadLetters;
        this.callerRegion = callerRegion;
    }

    @GET
    @Path("/outbox/parked")
    @Operation(summary = "多次被消息中间件拒收而搁置的事件")
    public List<OutboxParking.ParkedEvent> parked() {
        requireProvince();
        return parking.parked();
    }

    @POST
    @Path("/outbox/parked/{id}/retry")
    @Operation(summary = "重新发布一个搁置的事件（排在同一聚合后续事件之前）")
    public Response retry(@PathParam("id") UUID id) {
        requireProvince();
        parking.retry(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/outbox/parked/{id}/skip")
    @Operation(summary = "放弃一个搁置的事件（保留记录），同一聚合的后续事件继续发布")
    public Response skip(@PathParam("id") UUID id) {
        requireProvince();
        parking.skip(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/dead-letters")
    @Operation(summary = "各消费主题的死信数量（尚未重放的）")
    public List<DeadLetters.Depth> deadLetterDepths() {
        requireProvince();
        return deadLetters.depths();
    }

    @POST
    @Path("/dead-letters/{topic}/replay")
    @Operation(summary = "按本服务的消费路由重放一个主题的死信")
    public DeadLetters.Replay replay(@PathParam("topic") String topic) {
        requireProvince();
        return deadLetters.replay(topic);
    }

    private void requireProvince() {
        if (!callerRegion.isProvince()) {
            throw new ProblemException(403, "PROVINCE_ADMIN_ONLY", "仅限省级管理员", "此操作仅限省级（行政区划两位）的管理员");
        }
    }
}
