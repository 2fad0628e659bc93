package com.budgetperf.platform.web;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The CSRF token (quarkus-rest-csrf) guards the web pages ({@code /ui}), whose forms a browser posts with its session
 * cookie. The API authenticates with bearer tokens, which a browser never adds to another site's request; yet many
 * HTTP clients label every POST {@code application/x-www-form-urlencoded}, even one without a body (an API's
 * {@code /submit} or {@code /withdraw}), and quarkus-rest-csrf would refuse such a request with 400 for lacking a
 * form token. Outside {@code /ui}, a form or multipart label on a request without a body is dropped before that
 * check: there is no form to protect. A form or multipart body outside {@code /ui} is answered 415 here, before the
 * CSRF check would try to parse it as a form (a JSON document sent with a form label is no valid form: its parse
 * failed with a 500); no API operation consumes forms.
 */
public class BodylessApiForms {

    @ServerRequestFilter(preMatching = true)
    public void dropTheFormLabel(ContainerRequestContext request) {
        if (OriginCheck.onPages(request)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return;
        }
        if (!bodyless(request)) {
            throw new NotSupportedException("接口只接受 JSON（application/json）或 Excel 文件，表单只用于 /ui 页面");
        }
        request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    }

    /** No body: no Content-Length (or 0) and no Transfer-Encoding. ({@code hasEntity()} only asks for a Content-Type.) */
    static boolean bodyless(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return (length == null || length.strip().equals("0")) && request.getHeaderString("Transfer-Encoding") == null;
    }
}
