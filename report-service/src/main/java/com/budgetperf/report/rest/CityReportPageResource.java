package com.budgetperf.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.report.service.CityReporting;

/**
 * The city report page for people in a browser, logged in through Keycloak (the {@code page} OIDC tenant);
 * the same page as {@code GET /api/v1/reports/city} for API clients with a bearer token.
 */
@Path("/reports/city")
@Tag(name = "报表页面")
public class CityReportPageResource {

    private final CityReporting cityReporting;
    private final CallerRegion callerRegion;

    public CityReportPageResource(CityReporting cityReporting, CallerRegion callerRegion) {
        this.cityReporting = cityReporting;
        this.callerRegion = callerRegion;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "城市报表页面（浏览器登录）")
    public String page(@Valid @BeanParam CityPageParameters parameters) {
        return cityReporting.page(callerRegion.prefix(), parameters.request(), "/reports/city");
    }
}
