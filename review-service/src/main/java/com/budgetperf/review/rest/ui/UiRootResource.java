package com.budgetperf.review.rest.ui;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The service's root opens the reviewers' queue (which sends a browser without a session to the login page). */
@Path("/")
@Tag(name = "审核工作台（网页）")
public class UiRootResource {

    @GET
    @Operation(summary = "转到审核队列 /ui/cases")
    public Response root() {
        return Response.seeOther(URI.create("/ui/cases")).build();
    }
}
