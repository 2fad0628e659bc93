package com.budgetperf.platform.problem;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The last resort: whatever no other mapper knows becomes a 500 problem+json with an error id (code
 * {@code INTERNAL_ERROR}; the id is the problem's {@code instance}, {@code urn:uuid:<id>}, and is in the detail),
 * logged once with that id and the stack trace, never a stack or a body of another
 * shape in the answer. A browser page (the reviewers' workbench, the city report page) gets a Chinese HTML page
 * with the same id instead.
 */
public class UnexpectedErrors {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class);

    @ServerExceptionMapper(priority = 100)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        return answer(e, uri == null ? null : uri.getPath(), headers);
    }

    /** Logs {@code e} once under a new error id and answers 500 in the caller's format. */
    public static Response answer(Throwable e, String path, HttpHeaders headers) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path);
        if (wantsPage(path, headers)) {
            return Response.serverError().type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(errorId)).build();
        }
        return Response.serverError().type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:budgetperf:problem:INTERNAL_ERROR", "服务器内部错误", 500,
                        "处理请求时发生意外错误，已记录。请稍后重试；如仍失败，请把错误编号 " + errorId + " 告知运维人员",
                        "urn:uuid:" + errorId, "INTERNAL_ERROR", List.of()))
                .build();
    }

    /** A page for people: a request outside {@code /api/} (or for an HTML page) from a browser. */
    static boolean wantsPage(String path, HttpHeaders headers) {
        if (headers == null) {
            return false;
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        boolean html = accepted.stream().anyMatch(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE)
                && !type.isWildcardType());
        boolean json = accepted.stream().anyMatch(type -> "json".equals(type.getSubtype())
                || type.getSubtype().endsWith("+json"));
        return html && !json;
    }

    static String page(String errorId) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><title>出错了</title>
                <style>body{font-family:sans-serif;max-width:40em;margin:4em auto;color:#333}code{background:#eee;padding:2px 4px}</style>
                </head><body>
                <h1>抱歉，页面出错了</h1>
                <p>处理您的请求时发生了意外错误，错误已被记录。请返回上一页重试；如仍失败，请把下面的错误编号告知运维人员。</p>
                <p>错误编号：<code>%s</code></p>
                <p><a href="javascript:history.back()">返回上一页</a></p>
                </body></html>
                """.formatted(errorId);
    }
}
