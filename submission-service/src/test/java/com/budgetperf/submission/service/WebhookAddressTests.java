package com.budgetperf.submission.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.budgetperf.platform.problem.ProblemException;

/** A county's webhook cannot make submission-service post into the cluster, the machine or the metadata endpoint. */
class WebhookAddressTests {

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:8083/api/v1/review-cases", "http://127.0.0.1/", "https://127.1.2.3/x",
            "http://169.254.169.254/latest/meta-data/", "http://10.0.0.7:5432/", "http://172.16.3.4/", "http://192.168.1.1/",
            "http://[::1]/", "http://[fc00::1]/", "http://[fe80::1]/", "http://0.0.0.0:8082/", "http://100.64.0.1/",
            "http://224.0.0.1/" })
    void privateAndLocalAddressesAreRefusedAtRegistration(String url) {
        ProblemException refused = assertThrows(ProblemException.class, () -> WebhookAddress.checked(url, false));
        assertEquals(422, refused.problem().status());
        assertTrue(refused.problem().toString().contains("/url"), refused.problem().toString());
        assertTrue(WebhookAddress.deliveryRefusal(url, false).isPresent(), "refused again at delivery: " + url);
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://8.8.8.8/hooks/budget", "http://1.1.1.1:8443/budget?county=130607" })
    void publicAddressesAreAccepted(String url) {
        assertEquals(url, WebhookAddress.checked(url, false));
        assertTrue(WebhookAddress.deliveryRefusal(url, false).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://8.8.8.8/x", "/relative/path", "https://user:secret@8.8.8.8/", "javascript:alert(1)" })
    void otherSchemesRelativeAddressesAndCredentialsAreRefused(String url) {
        assertThrows(ProblemException.class, () -> WebhookAddress.checked(url, true));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:18080/receiver", "http://127.0.0.1:18080/receiver" })
    void testsAndDevModeMayDeliverToThisMachine(String url) {
        assertEquals(url, WebhookAddress.checked(url, true));
        assertTrue(WebhookAddress.deliveryRefusal(url, true).isEmpty());
    }
}
