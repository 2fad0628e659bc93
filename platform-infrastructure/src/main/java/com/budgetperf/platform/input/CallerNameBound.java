package com.budgetperf.platform.input;

import java.security.Principal;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.budgetperf.platform.problem.Problem;

/**
 * The caller's name (the token's {@code preferred_username}) is stored with every change it makes, in columns of
 * {@value #MAX_LENGTH} characters: a longer or control-character name is refused with 422 before any resource
 * runs, instead of failing in the database.
 */
public class CallerNameBound {

    public static final int MAX_LENGTH = 100;

    @ServerRequestFilter
    public Response refuseUnstorableCaller(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || (name.length() <= MAX_LENGTH && PlainText.Validator.firstControlCharacter(name) < 0)) {
            return null;
        }
        return Response.status(422).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(422, "CALLER_NAME_INVALID", "用户名不合规", "访问令牌中的用户名最多 " + MAX_LENGTH
                        + " 个字符，且不能包含控制字符；请联系管理员修改账号")
                        .withViolations(List.of(new Problem.Violation("/token/preferred_username",
                                "用户名最多 " + MAX_LENGTH + " 个字符，且不能包含控制字符")))
                        .withInstance(request.getUriInfo().getPath()))
                .build();
    }
}
