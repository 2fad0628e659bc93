package com.budgetperf.platform.testing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Seeded, reproducible hostile variants of real request documents, for every service's hostile-input suite: one
 * place in the document (any field or list element) gets a wrong type, a null, a huge or tiny number or exponent,
 * a negative or over-scaled amount, a long, odd or control-character string or deep nesting, or is removed; or
 * the whole body gets a duplicate key, is cut short, is sent with a wrong content type or charset, or is not a
 * document at all. The same seed gives the same inputs, so a failure can be replayed from its index.
 */
public final class HostileInputs {

    /** One request body: what was done ({@code kind} and where), the bytes and the Content-Type to send. */
    public record Input(String kind, byte[] body, String contentType) {
        public String describe() {
            String text = new String(body, StandardCharsets.UTF_8);
            return kind + " [" + contentType + "] " + (text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + ")" : text);
        }
    }

    public static final String JSON = "application/json";

    /** Raw JSON literals that no tree can hold as such (exponents, lone surrogates, escapes, nesting). */
    static final List<String> NUMBERS = List.of("1e100000000", "-1e100000000", "1e-100000000", "1E+999999999",
            "9".repeat(100), "1" + "0".repeat(63), "0." + "0".repeat(62) + "1", "1e308", "1.7976931348623157e309", "-0",
            "-1", "-0.000001", "0.0000001", "123.1234567", "1000000000001", "999999999999.999999", "2147483648",
            "-2147483649", "9223372036854775808", "1e12", "1e-7", "0", "3.0e2", "100", "-100", "12.5");
    static final List<String> TEXTS = List.of("\"\\u0000\"", "\"a\\u0000b\"", "\"\\u0007\\u001b[31m\"", "\"\\u0085\"",
            "\"\\ud800\"", "\"\\udc00x\"", "\"\\uffff\"", "\"\\u202e\\u200b\\ufeff\"", "\"😀🇨🇳\"", "\"１２３．５\"",
            "\"' or 1=1 --\"", "\"<script>alert(1)</script>\"", "\"../../etc/passwd\"", "\"%00%ff\"", "\"\\\\u0000\"",
            "\"\"", "\"   \"", "\"\\t\\n\\r\"", "\"≥≤＞＜\"", "\"NaN\"", "\"Infinity\"", "\"-1\"", "\"1e100000000\"",
            "\"true\"", "\"null\"", "\"130607\"", "\"2021\"", "\"优\"", "\"PASS\"", "\"a̐éö̲\"");
    static final List<String> OTHERS = List.of("true", "false", "null", "[]", "{}", "[null]", "[null,null]", "[1,\"a\",{}]",
            "{\"a\":1}", "[[[[[]]]]]");
    static final Map<String, Charset> CHARSETS = Map.of("application/json; charset=GBK", Charset.forName("GBK"),
            "application/json; charset=UTF-16", StandardCharsets.UTF_16,
            "application/json; charset=ISO-8859-1", StandardCharsets.ISO_8859_1,
            "application/json; charset=UTF-8", StandardCharsets.UTF_16LE,
            "application/json; charset=nonsense", StandardCharsets.UTF_8);
    static final List<String> WRONG_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/octet-stream", "image/png", "application/json-patch+json",
            "*/*", "application/problem+json", "text/html; charset=UTF-8");

    private static final String RAW = "__hostile_raw_7f3a__";

    private final Random random;
    private final ObjectMapper mapper = new ObjectMapper();

    public HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** {@code count} hostile variants of {@code seedJson}, the same ones for the same seed. */
    public List<Input> variants(String seedJson, int count) {
        JsonNode seed = parse(seedJson);
        List<Input> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inputs.add(variant(seed));
        }
        return inputs;
    }

    /** One hostile variant of {@code seed}. */
    public Input variant(JsonNode seed) {
        int dice = random.nextInt(100);
        if (dice < 55) {
            return replaced(seed);
        }
        if (dice < 62) {
            return removed(seed);
        }
        if (dice < 68) {
            return duplicateKey(seed);
        }
        if (dice < 76) {
            return truncated(seed);
        }
        if (dice < 84) {
            return charset(seed);
        }
        if (dice < 90) {
            return wrongContentType(seed);
        }
        if (dice < 95) {
            return notADocument();
        }
        return deepAtRoot(seed);
    }

    /**
     * A hostile value of a form field (application/x-www-form-urlencoded): {@link #parameterValue()} URL-encoded,
     * unless it holds percent escapes of its own, which are sent as they are.
     */
    public String formValue() {
        String value = parameterValue();
        return value.contains("%") ? value : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Hostile values for a query or path parameter (already URL-encoded where they need it). */
    public String parameterValue() {
        List<String> values = List.of("-1", "0", "1", "2147483647", "2147483648", "-2147483648", "99999999999999999999",
                "1e100000000", "1e3", "0x10", "abc", "%00", "%0a", "%e2%80%ae", "%ff%fe", "%F0%9F%98%80", "", "+", "%20",
                "9".repeat(5000), "a".repeat(2000), "null", "true", "NaN", "2025", "2000", "2100", "130607", "1306", "13",
                "..%2F..", "%3Cscript%3E", "COUNTY_FINANCE", "OPEN", "%E4%BC%98", "budget_total", "region_county",
                "fiscal_year:2025", "fiscal_year:2025|status:APPROVED", "budget_total:desc", "x:y:z|||", "%7C%7C", "%3A");
        return values.get(random.nextInt(values.size()));
    }

    private Input replaced(JsonNode seed) {
        JsonNode copy = seed.deepCopy();
        Place place = somePlace(copy);
        String literal;
        String kind;
        int which = random.nextInt(4);
        if (which == 0) {
            literal = NUMBERS.get(random.nextInt(NUMBERS.size()));
            kind = "number";
        } else if (which == 1) {
            literal = text();
            kind = "text";
        } else if (which == 2) {
            literal = OTHERS.get(random.nextInt(OTHERS.size()));
            kind = "type";
        } else {
            literal = nested(2 + random.nextInt(60));
            kind = "nesting";
        }
        if (place == null) {
            return json(kind + " at /", literal);
        }
        place.set(JsonNodeFactory.instance.textNode(RAW));
        return json(kind + " at " + place.pointer, write(copy).replace("\"" + RAW + "\"", literal));
    }

    private String text() {
        int which = random.nextInt(10);
        return switch (which) {
            case 0 -> "\"" + "9".repeat(random.nextBoolean() ? 200_000 : 2_001) + "\"";
            case 1 -> "\"" + "字".repeat(random.nextBoolean() ? 100_001 : 201) + "\"";
            case 2 -> "\"" + "ab\\u0000".repeat(1 + random.nextInt(50)) + "\"";
            default -> TEXTS.get(random.nextInt(TEXTS.size()));
        };
    }

    private static String nested(int depth) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            boolean array = i % 2 == 0;
            open.append(array ? "[" : "{\"a\":");
            close.insert(0, array ? "]" : "}");
        }
        return open + "1" + close;
    }

    private Input removed(JsonNode seed) {
        JsonNode copy = seed.deepCopy();
        Place place = somePlace(copy);
        if (place == null) {
            return json("remove /", "{}");
        }
        place.remove();
        return json("remove " + place.pointer, write(copy));
    }

    private Input duplicateKey(JsonNode seed) {
        JsonNode copy = seed.deepCopy();
        List<Place> objects = places(copy).stream().filter(p -> p.node instanceof ObjectNode o && !o.isEmpty()).toList();
        ObjectNode target = objects.isEmpty() ? (copy instanceof ObjectNode o ? o : null)
                : (ObjectNode) objects.get(random.nextInt(objects.size())).node;
        if (target == null || target.isEmpty()) {
            return json("duplicate /", "{\"a\":1,\"a\":2}");
        }
        String key = target.fieldNames().next();
        target.put(RAW, OTHERS.get(random.nextInt(OTHERS.size())));
        return json("duplicate key " + key, write(copy).replace("\"" + RAW + "\":\"", "\"" + key + "\":\""));
    }

    private Input truncated(JsonNode seed) {
        String text = write(seed);
        int cut = text.isEmpty() ? 0 : random.nextInt(text.length());
        return json("truncated at " + cut, text.substring(0, cut));
    }

    private Input charset(JsonNode seed) {
        List<String> types = List.copyOf(CHARSETS.keySet()).stream().sorted().toList();
        String type = types.get(random.nextInt(types.size()));
        byte[] body = write(seed).getBytes(CHARSETS.get(type));
        if (random.nextInt(4) == 0) {
            byte[] broken = new byte[body.length + 3];
            System.arraycopy(body, 0, broken, 3, body.length);
            broken[0] = (byte) 0xEF;   // a BOM, or bytes that are no UTF-8 at all
            broken[1] = (byte) (random.nextBoolean() ? 0xBB : 0xFF);
            broken[2] = (byte) (random.nextBoolean() ? 0xBF : 0xC3);
            body = broken;
        }
        return new Input("charset", body, type);
    }

    private Input wrongContentType(JsonNode seed) {
        return new Input("content type", write(seed).getBytes(StandardCharsets.UTF_8),
                WRONG_TYPES.get(random.nextInt(WRONG_TYPES.size())));
    }

    private Input notADocument() {
        List<String> bodies = List.of("", " ", "null", "[]", "[{}]", "\"text\"", "1", "true", "{", "}", "{\"a\"}", "[1,]",
                "{\"a\":1,}", "{'a':1}", "{a:1}", "\u0000", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}", "{\"a\":1e}",
                "<xml/>", "a=b&c=d", "{}{}", "{\"a\":\"\\x00\"}");
        return json("not a document", bodies.get(random.nextInt(bodies.size())));
    }

    private Input deepAtRoot(JsonNode seed) {
        int depth = random.nextBoolean() ? 33 + random.nextInt(20) : 5_000;
        return json("deep " + depth, nested(depth));
    }

    private static Input json(String kind, String text) {
        return new Input(kind, text.getBytes(StandardCharsets.UTF_8), JSON);
    }

    // ---------------------------------------------------------------------------------------- places in a tree

    /** A field of an object or an element of an array, with its JSON pointer. */
    private record Place(ContainerNode<?> parent, String field, int index, JsonNode node, String pointer) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private Place somePlace(JsonNode root) {
        List<Place> all = places(root);
        return all.isEmpty() ? null : all.get(random.nextInt(all.size()));
    }

    private static List<Place> places(JsonNode root) {
        List<Place> all = new ArrayList<>();
        collect(root, "", all);
        return all;
    }

    private static void collect(JsonNode node, String at, List<Place> all) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String pointer = at + "/" + field.getKey();
                all.add(new Place(object, field.getKey(), -1, field.getValue(), pointer));
                collect(field.getValue(), pointer, all);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String pointer = at + "/" + i;
                all.add(new Place(array, null, i, array.get(i), pointer));
                collect(array.get(i), pointer, all);
            }
        }
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("seed is not JSON", e);
        }
    }

    private String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
