package com.budgetperf.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a REST method that creates something: a request with an {@code Idempotency-Key} header reserves the key for
 * its caller in the request's own transaction, together with the answer it got. A retry with the same key and the
 * same request gets that answer again (header {@code Idempotent-Replayed: true}) and creates nothing; a concurrent
 * twin waits for the first to commit and gets the same answer; the same key with another request gets 422.
 * Without the header the method runs as usual.
 */
@InterceptorBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    String HEADER = "Idempotency-Key";
    String REPLAYED_HEADER = "Idempotent-Replayed";
}
