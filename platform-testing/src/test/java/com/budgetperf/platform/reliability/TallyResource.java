package com.budgetperf.platform.reliability;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.budgetperf.platform.idempotency.Idempotent;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.platform.events.EventTopics;

/** A POST that creates something (a tally row and its event), slow enough for two requests to overlap. */
@Path("/api/v1/tallies")
public class TallyResource {

    public record NewTally(String key, int amount, int padding) {
    }

    public record Created(UUID id, String key, int amount) {
    }

    private final EntityManager entityManager;
    private final Outbox outbox;

    public TallyResource(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @POST
    @RolesAllowed("submitter")
    @Produces(MediaType.APPLICATION_JSON)
    @Idempotent
    @Transactional
    public Response create(NewTally request) throws InterruptedException {
        entityManager.createNativeQuery("insert into tally (tally_key, total) values (?1, ?2)")
                .setParameter(1, request.key()).setParameter(2, request.amount()).executeUpdate();
        outbox.append(EventTopics.SUBMISSIONS, request.key(), "test.tally.created.v1",
                new Padded(request.key(), "x".repeat(Math.max(0, request.padding()))));
        Thread.sleep(300);
        Created created = new Created(UUID.randomUUID(), request.key(), request.amount());
        return Response.status(201).entity(created).build();
    }

    record Padded(String key, String padding) {
    }
}
