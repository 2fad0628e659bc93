package com.budgetperf.platform.web;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What a person sees when the CSRF check refuses a form of a service's web pages ({@code /ui}: the reviewers'
 * workbench, the county clerks' pages). quarkus-rest-csrf answers a bare 400 without a body (a missing, altered or
 * expired token: the token cookie lives two hours, a page can stay open longer); on {@code /ui} that becomes a page
 * in Chinese that says what happened and what to do, and changes nothing. The way back is the service's root, which
 * opens its pages.
 */
public class CsrfRefusalPage {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    static final String PAGE = "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"UTF-8\"><title>页面已过期</title>"
            + "<main style=\"font-family:sans-serif;max-width:40em;margin:2em auto\"><h1>页面已过期，未提交</h1>"
            + "<p>表单缺少有效的安全令牌（页面打开时间过长，或不是从本平台的页面提交的），本次操作没有生效。</p>"
            + "<p>请<a href=\"/\">返回首页</a>，重新打开页面后再提交。</p></main></html>";

    @ServerResponseFilter
    public void explainRefusal(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || SAFE_METHODS.contains(request.getMethod())
                || !OriginCheck.onPages(request)) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        response.setEntity(PAGE, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
