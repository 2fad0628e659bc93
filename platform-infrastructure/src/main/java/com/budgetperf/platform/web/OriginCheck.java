package com.budgetperf.platform.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The second line against cross-site request forgery on a service's web pages ({@code /ui}), before the CSRF token
 * (quarkus-rest-csrf): a state-changing request to {@code /ui} whose {@code Origin} (or, without one,
 * {@code Referer}) names another site than the {@code Host} it was sent to is refused with 403 before any resource
 * runs. Browsers send {@code Origin} on every cross-origin POST; a request with neither header (not a browser's
 * form) still needs the CSRF token.
 */
public class OriginCheck {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Response refuseCrossOrigin(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || !onPages(request)) {
            return null;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank()) {
            origin = request.getHeaderString("Referer");
        }
        if (origin == null || origin.isBlank() || sameSite(origin, request.getHeaderString("Host"))) {
            return null;
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"UTF-8\"><title>请求被拒绝</title>"
                        + "<p>请求来自其他网站，已拒绝。请从本平台的页面提交。</p></html>")
                .build();
    }

    /** Whether the request is for the web pages ({@code /ui} and below), not the API. */
    static boolean onPages(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/+", "");
        return path.equals("ui") || path.startsWith("ui/");
    }

    /** Whether {@code origin} (an Origin or Referer value) names the host and port of {@code host} (the Host header). */
    public static boolean sameSite(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null) {
                return false; // "null" (a sandboxed or privacy-redirected document) or garbage: not ours
            }
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
