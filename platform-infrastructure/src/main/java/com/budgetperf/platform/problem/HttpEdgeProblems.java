package com.budgetperf.platform.problem;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.budgetperf.platform.input.PlainText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * problem+json for the answers HTTP gives before or after the JAX-RS resources: a body announced larger than
 * {@code quarkus.http.limits.max-body-size} (413, refused before a byte of it is read), a URL with a control
 * character or broken percent-encoding in its path or query (400), and a path under
 * {@code /api/} that no resource serves (404). Everything the resources see is mapped by {@link ProblemResponses}
 * and {@link UnexpectedErrors}.
 */
@ApplicationScoped
public class HttpEdgeProblems {

    /** After every other route (the REST resources, health, OpenAPI). */
    static final int LAST = Integer.MAX_VALUE - 1000;

    private final long maxBodyBytes;
    private final ObjectMapper mapper;

    public HttpEdgeProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
            ObjectMapper mapper) {
        this.maxBodyBytes = maxBody.asLongValue();
        this.mapper = mapper;
    }

    void routes(@Observes Router router) {
        router.route().order(-1000).handler(this::refuseOversizedBody);
        router.route().order(-999).handler(this::refuseControlCharactersInUrl);
        router.route("/api/*").order(LAST).handler(context -> answer(context,
                Problem.of(404, "HTTP_404", "未找到", "没有这个接口：" + context.request().method() + " " + context.normalizedPath())));
    }

    private void refuseOversizedBody(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && tooLong(length)) {
            context.response().putHeader("Connection", "close");
            answer(context, Problem.of(413, "BODY_TOO_LARGE", "请求内容过大",
                    "请求正文不能超过 " + (maxBodyBytes / (1024 * 1024)) + " MB"));
            return;
        }
        context.next();
    }

    /** A path or query parameter with NUL, ESC and the like (percent-encoded or not) never reaches a resource. */
    private void refuseControlCharactersInUrl(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.indexOf('%') >= 0 || PlainText.Validator.firstControlCharacter(uri) >= 0) {
            String decoded;
            try {
                decoded = URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                answer(context, Problem.of(400, "MALFORMED_URL", "请求地址格式有误", "请求地址中的百分号编码不完整或无效"));
                return;
            }
            if (PlainText.Validator.firstControlCharacter(decoded) >= 0) {
                answer(context, Problem.of(400, "CONTROL_CHARACTER_IN_URL", "请求地址含控制字符",
                        "路径和查询参数不能包含控制字符（如 NUL、换行、ESC）"));
                return;
            }
        }
        context.next();
    }

    private boolean tooLong(String length) {
        String digits = length.strip();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return false;   // Vert.x answers a malformed Content-Length itself
        }
        return Long.parseLong(digits) > maxBodyBytes;
    }

    private void answer(RoutingContext context, Problem problem) {
        String body;
        try {
            body = mapper.writeValueAsString(problem.withInstance(context.normalizedPath()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
