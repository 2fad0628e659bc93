package com.budgetperf.review.rest.ui;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What a reviewer sees when the CSRF check refuses a form of the UI. quarkus-rest-csrf answers a bare 400 without a
 * body (a missing, altered or expired token: the token cookie lives two hours, a case page can stay open longer);
 * on {@code /ui} that becomes a page in Chinese that says what happened and what to do, and changes nothing.
 */
public class CsrfRefusalPage {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    static final String PAGE = "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"UTF-8\"><title>页面已过期</title>"
            + "<link rel=\"stylesheet\" href=\"/ui/review.css\"><main><h1>页面已过期，未提交</h1>"
            + "<p>表单缺少有效的安全令牌（页面打开时间过长，或不是从审核工作台页面提交的），本次操作没有生效。</p>"
            + "<p>请<a href=\"/ui/cases\">返回审核队列</a>，重新打开案卷后再提交。</p></main></html>";

    @ServerResponseFilter
    public void explainRefusal(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath().replaceFirst("^/+", "");
        if (response.getStatus() != 400 || response.hasEntity() || SAFE_METHODS.contains(request.getMethod())
                || !(path.equals("ui") || path.startsWith("ui/"))) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        response.setEntity(PAGE, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
