package com.budgetperf.local;

import java.time.Duration;
import java.util.Map;

import com.budgetperf.submission.client.ApiClient;
import com.budgetperf.submission.client.api.SubmissionsApi;
import com.budgetperf.submission.client.model.SubmissionRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A county finance system as its vendor would build it: the client generated from the committed contract
 * (submission-client, from docs/api/submission-service.yaml) and a client-credentials token of the county's
 * confidential client. Whatever the contract gets wrong, this client gets wrong too.
 */
public final class CountySystem {

    private final ApiClient client;
    private final SubmissionsApi submissions;

    private CountySystem(String token) {
        this.client = new ApiClient();
        client.updateBaseUri("http://localhost:8082");
        client.setReadTimeout(Duration.ofSeconds(60));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        this.submissions = new SubmissionsApi(client);
    }

    public static CountySystem connect(String clientId, String secret) {
        return new CountySystem(StackClient.token(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret)));
    }

    public SubmissionsApi submissions() {
        return submissions;
    }

    /** A request body read from JSON (the demo files, a test's edited copy) into the generated model. */
    public SubmissionRequest request(JsonNode body) {
        try {
            return client.getObjectMapper().treeToValue(body, SubmissionRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a submission request: " + e.getOriginalMessage(), e);
        }
    }
}
