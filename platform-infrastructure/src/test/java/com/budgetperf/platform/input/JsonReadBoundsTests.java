package com.budgetperf.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

class JsonReadBoundsTests {

    record Amount(BigDecimal total, String name) {
    }

    static ObjectMapper bounded() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonReadBounds().customize(mapper);
        return mapper;
    }

    @Test
    void anExponentBombIsRefusedWhileReadingWithTheFieldItIsIn() throws Exception {
        ObjectMapper mapper = bounded();
        mapper.readValue("{\"total\":1.5}", Amount.class);
        for (String bomb : new String[] { "1e100000000", "-1e100000000", "1e-100000000", "\"1e100000000\"" }) {
            long start = System.nanoTime();
            InvalidFormatException refused = assertThrows(InvalidFormatException.class,
                    () -> mapper.readValue("{\"total\":" + bomb + "}", Amount.class));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1000, bomb + " took " + millis + " ms");
            assertEquals("total", refused.getPath().get(0).getFieldName());
        }
    }

    @Test
    void ordinaryAmountsAreReadExactly() throws Exception {
        assertEquals(new BigDecimal("1574.123456"), bounded().readValue("{\"total\":1574.123456}", Amount.class).total());
        assertEquals(new BigDecimal("1E+12"), bounded().readValue("{\"total\":1e12}", Amount.class).total());
        assertTrue(JsonReadBounds.bounded(new BigDecimal("9".repeat(30) + "." + "9".repeat(30))));
        assertFalse(JsonReadBounds.bounded(new BigDecimal("1" + "0".repeat(30))));
        assertFalse(JsonReadBounds.bounded(new BigDecimal("0." + "0".repeat(30) + "1")));
    }

    @Test
    void longNumbersDeepNestingLongStringsAndDuplicateKeysAreRefused() {
        ObjectMapper mapper = bounded();
        assertOverLimits(() -> mapper.readValue("{\"total\":" + "9".repeat(65) + "}", Amount.class));
        assertOverLimits(() -> mapper.readTree("[".repeat(33) + "]".repeat(33)));
        assertOverLimits(() -> mapper.readValue("{\"name\":\"" + "x".repeat(JsonReadBounds.MAX_STRING_LENGTH + 1) + "\"}",
                Amount.class));
        assertThrows(JsonParseException.class, () -> mapper.readValue("{\"name\":\"a\",\"name\":\"b\"}", Amount.class));
    }

    /** Refused by the stream constraints, whether or not databind wrapped the exception with the field's path. */
    static void assertOverLimits(org.junit.jupiter.api.function.Executable reading) {
        Throwable thrown = assertThrows(Exception.class, reading);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return;
            }
        }
        throw new AssertionError("not refused by the stream constraints", thrown);
    }

    @Test
    void plainTextRefusesControlCharactersAndLoneSurrogates() {
        PlainText.Validator plain = new PlainText.Validator();
        assertTrue(plain.isValid("保定市满城区\t第一行\r\n第二行 😀", null));
        assertTrue(plain.isValid(null, null));
        for (String bad : new String[] { "a\u0000b", "\u0007", "\u001b[31m", "\u0085", "\u007f", "x\ud800", "\udc00", "\uffff" }) {
            assertFalse(plain.isValid(bad, null), bad);
        }
        assertEquals(1, PlainText.Validator.firstControlCharacter("a\u0000"));
    }
}
