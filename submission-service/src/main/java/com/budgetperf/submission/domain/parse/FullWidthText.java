package com.budgetperf.submission.domain.parse;

/**
 * Turns full-width digits, letters and signs (９５ ％ ＞＝) and the ideographic space into their plain
 * forms. Chinese prose punctuation (，；：（）？！) is left as written.
 */
public final class FullWidthText {

    private static final String PROSE_PUNCTUATION = "，；：（）？！、";

    private FullWidthText() {
    }

    /** The plain form; the same instance when nothing was full width. */
    public static String normalise(String text) {
        StringBuilder plain = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement = plainFormOf(c);
            if (replacement != c && plain == null) {
                plain = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (plain != null) {
                plain.append(replacement);
            }
        }
        return plain == null ? text : plain.toString();
    }

    /** Whether the two differ in more than spaces: a full-width digit, letter or sign was replaced. */
    static boolean changedMoreThanSpaces(String written, String plain) {
        if (written.equals(plain)) {
            return false; // nothing replaced (a full-width space would have become a plain one)
        }
        return !WRITTEN_SPACES.matcher(written).replaceAll("").equals(PLAIN_SPACES.matcher(plain).replaceAll(""));
    }

    private static final java.util.regex.Pattern WRITTEN_SPACES = java.util.regex.Pattern.compile("[\\s\\u3000\\u00A0]");
    private static final java.util.regex.Pattern PLAIN_SPACES = java.util.regex.Pattern.compile("\\s");

    private static char plainFormOf(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E' && PROSE_PUNCTUATION.indexOf(c) < 0) {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u3000', '\u00A0' -> ' ';
            case '\uFE6A' -> '%';   // small percent sign
            case '\u2267' -> '≥';   // ≧
            case '\u2266' -> '≤';   // ≦
            default -> c;
        };
    }
}
