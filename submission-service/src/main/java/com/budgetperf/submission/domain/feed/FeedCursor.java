package com.budgetperf.submission.domain.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a reader of the change feed stands: after the change with sequence number {@code seq}. Opaque to county
 * systems (they store it and send it back as {@code since}); {@code parse} refuses what this class did not write.
 */
public record FeedCursor(long seq) {

    private static final String PREFIX = "c1:";

    public static final FeedCursor START = new FeedCursor(0);

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the text is not a cursor of the feed. */
    public static Optional<FeedCursor> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(START);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            if (!decoded.startsWith(PREFIX)) {
                return Optional.empty();
            }
            long seq = Long.parseLong(decoded.substring(PREFIX.length()));
            return seq < 0 ? Optional.empty() : Optional.of(new FeedCursor(seq));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
