package com.budgetperf.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test only: an operation that fails the way a bug does, to see what a caller gets. */
@Path("/api/test/unexpected-failure")
@PermitAll
public class UnexpectedFailureResource {

    @GET
    @Operation(hidden = true) // not part of the contract, so not in the access matrix either
    @Produces({ "application/json", "text/html" })
    public String fail() {
        throw new IllegalStateException("a bug: internal detail that must not reach the caller");
    }
}
