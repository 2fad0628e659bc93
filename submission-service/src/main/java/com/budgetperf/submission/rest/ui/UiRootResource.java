package com.budgetperf.submission.rest.ui;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The service's root opens the clerks' list of submissions (which sends a browser without a session to the login page). */
@Path("/")
public class UiRootResource {

    @GET
    public Response root() {
        return Response.seeOther(URI.create("/ui/submissions")).build();
    }
}
