package com.budgetperf.submission.domain.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChangeFeedRulesTests {

    @Test
    void aCursorIsOpaqueAndResumesWhereItWasWritten() {
        String text = new FeedCursor(42).encode();
        assertFalse(text.contains("42"));
        assertEquals(Optional.of(new FeedCursor(42)), FeedCursor.parse(text));
        assertEquals(Optional.of(FeedCursor.START), FeedCursor.parse(null));
        assertEquals(Optional.empty(), FeedCursor.parse("42"));
        assertEquals(Optional.empty(), FeedCursor.parse("not a cursor!"));
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheMaximumThenGiveUp() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), Duration.ofSeconds(60), 5);
        assertEquals(Optional.of(Duration.ofSeconds(10)), schedule.after(1));
        assertEquals(Optional.of(Duration.ofSeconds(20)), schedule.after(2));
        assertEquals(Optional.of(Duration.ofSeconds(40)), schedule.after(3));
        assertEquals(Optional.of(Duration.ofSeconds(60)), schedule.after(4));
        assertEquals(Optional.empty(), schedule.after(5));
    }

    @Test
    void theSignatureIsTheStandardWebhooksHmacOfIdTimestampAndBody() {
        // HMAC-SHA256("secret", "msg_1.1700000000.{}") computed independently (openssl dgst -sha256 -hmac secret)
        String signature = WebhookSignature.sign("secret", "msg_1", 1700000000L, "{}");
        assertEquals("v1,A5oIrJxXPB/PkULSoVu0e4khvPiqpF9vljmhkSKg0FI=", signature);
        assertTrue(WebhookSignature.verify("secret", "msg_1", 1700000000L, "{}", signature));
        assertFalse(WebhookSignature.verify("other", "msg_1", 1700000000L, "{}", signature));
        assertFalse(WebhookSignature.verify("secret", "msg_1", 1700000001L, "{}", signature));
        assertFalse(WebhookSignature.verify("secret", "msg_1", 1700000000L, "{ }", signature));
    }
}
