package com.budgetperf.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.budgetperf.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * Runs outside (before) the method's own {@code @Transactional}: it opens the request's transaction, reserves the
 * key, lets the method run in the same transaction and stores its answer there. If the method fails, the transaction
 * and the reservation roll back together, and a retry runs again.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyReservations reservations;
    private final HttpServerRequest request;
    private final SecurityIdentity identity;
    private final ObjectMapper objectMapper;

    public IdempotencyInterceptor(IdempotencyReservations reservations, HttpServerRequest request,
            SecurityIdentity identity, ObjectMapper objectMapper) {
        this.reservations = reservations;
        this.request = request;
        this.identity = identity;
        this.objectMapper = objectMapper;
    }

    @AroundInvoke
    Object reserveAndAnswer(InvocationContext context) throws Exception {
        String key = request.getHeader(Idempotent.HEADER);
        if (key == null || key.isBlank()) {
            return context.proceed();
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid("/headers/Idempotency-Key", "幂等键不能超过 " + MAX_KEY_LENGTH + " 个字符");
        }
        String caller = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String operation = request.method() + " " + request.path();
        String requestHash = hash(operation, context);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<IdempotencyReservations.Answer> earlier = reservations.reserve(caller, key, requestHash, operation);
            if (earlier.isPresent()) {
                return replay(earlier.get(), requestHash, context.getMethod());
            }
            Object result = context.proceed();
            remember(caller, key, result, context.getMethod());
            return result;
        });
    }

    private void remember(String caller, String key, Object result, Method method) {
        if (result instanceof Response response) {
            reservations.answer(caller, key, response.getStatus(),
                    response.getLocation() != null ? response.getLocation().toString() : null,
                    response.getHeaderString(HttpHeaders.ETAG), json(response.getEntity()));
        } else {
            ResponseStatus status = method.getAnnotation(ResponseStatus.class);
            int code = status != null ? status.value() : result == null ? 204 : 200;
            reservations.answer(caller, key, code, null, null, json(result));
        }
    }

    private Object replay(IdempotencyReservations.Answer answer, String requestHash, Method method) throws IOException {
        if (!answer.requestHash().equals(requestHash)) {
            throw new ProblemException(422, "IDEMPOTENCY_KEY_REUSED", "幂等键已用于另一请求",
                    "Idempotency-Key 已用于内容不同的请求（" + answer.operation() + "）；新的请求请使用新的 Idempotency-Key");
        }
        if (!answer.complete()) {
            throw new ProblemException(409, "IDEMPOTENT_REQUEST_RUNNING", "相同请求正在处理",
                    "使用同一 Idempotency-Key 的请求正在处理，请稍后重试");
        }
        if (Response.class.isAssignableFrom(method.getReturnType())) {
            Response.ResponseBuilder response = Response.status(answer.status()).header(Idempotent.REPLAYED_HEADER, "true");
            if (answer.body() != null) {
                response.entity(objectMapper.readTree(answer.body())).type(MediaType.APPLICATION_JSON);
            }
            if (answer.location() != null) {
                response.location(URI.create(answer.location()));
            }
            if (answer.etag() != null) {
                response.header(HttpHeaders.ETAG, answer.etag());
            }
            return response.build();
        }
        if (answer.body() == null) {
            return null;
        }
        return objectMapper.readValue(answer.body(), objectMapper.constructType(method.getGenericReturnType()));
    }

    private String json(Object entity) {
        if (entity == null || entity instanceof byte[] || entity instanceof String) {
            return null;
        }
        try {
            return objectMapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * The operation and every parameter that carries request data; an upload by its content (a body read as a stream
     * is read here once and handed to the method as the same bytes).
     */
    private String hash(String operation, InvocationContext context) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(operation.getBytes(StandardCharsets.UTF_8));
        Object[] parameters = context.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            digest.update((byte) 0);
            if (parameter instanceof FileUpload upload) {
                digest.update(Files.readAllBytes(upload.uploadedFile()));
            } else if (parameter instanceof InputStream body) {
                byte[] bytes = body.readAllBytes();
                digest.update(bytes);
                parameters[i] = new ByteArrayInputStream(bytes);
            } else if (parameter instanceof String || parameter instanceof Number || parameter instanceof Boolean
                    || parameter instanceof java.util.UUID || parameter instanceof Enum<?>) {
                digest.update(parameter.toString().getBytes(StandardCharsets.UTF_8));
            } else if (parameter != null && isData(parameter)) {
                JsonNode tree = objectMapper.valueToTree(parameter);
                digest.update(tree.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        context.setParameters(parameters);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean isData(Object parameter) {
        String name = parameter.getClass().getName();
        return !name.startsWith("jakarta.") && !name.startsWith("io.") && !name.startsWith("org.");
    }
}
