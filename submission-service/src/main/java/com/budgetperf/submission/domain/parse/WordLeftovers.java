package com.budgetperf.submission.domain.parse;

import java.util.List;
import java.util.regex.Pattern;

/** Field codes and bookmarks that Word leaves in text copied out of a document. */
final class WordLeftovers {

    private static final List<Pattern> LEFTOVERS = List.of(
            // [bookmark: _GoBack], [bookmark: _Toc70323705], [image: …]
            Pattern.compile("\\[(?:bookmark|image|footnote|comment):[^\\]]*\\]", Pattern.CASE_INSENSITIVE),
            // table-of-contents entry field: " TC 1、… \f C \l 1 "
            Pattern.compile("(?:^|\\s)TC\\s.*?\\\\f\\s*[A-Za-z]\\s*\\\\l\\s*\\d+\\s*"),
            // page references: "PAGEREF _Toc70323705 \h"
            Pattern.compile("PAGEREF\\s+_\\w+(?:\\s*\\\\h)?"));

    private WordLeftovers() {
    }

    /** The text without Word leftovers; the same instance when there were none. */
    static String strip(String text) {
        if (text.indexOf('[') < 0 && !text.contains("TC") && !text.contains("PAGEREF")) {
            return text; // each leftover holds one of these: most cells have none, and no pattern need run
        }
        return everyPatternStripped(text);
    }

    /** {@link #strip} by running every pattern, whatever the text holds. */
    static String everyPatternStripped(String text) {
        String result = text;
        for (Pattern leftover : LEFTOVERS) {
            result = leftover.matcher(result).replaceAll(" ");
        }
        return result.equals(text) ? text : result.strip();
    }
}
