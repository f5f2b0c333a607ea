package io.semanticrouter.server.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Binds the YAML text to {@link ConfigDocument} strictly: unknown keys, duplicate keys and values of the wrong
 * type (a quoted number, a number where text belongs, a list where a mapping belongs) are errors that name
 * the key path and the line. Also indexes the line of every key, so that later checks can say where.
 */
final class ConfigReader {

    private static final ObjectMapper MAPPER = mapper();

    private ConfigReader() {
    }

    private static ObjectMapper mapper() {
        YAMLFactory factory = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        ObjectMapper m = YAMLMapper.builder(factory)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build();
        // a number or a boolean where text belongs is almost always a mistake (and "0x1F" would become "31")
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }

    /**
     * Binds the document.
     *
     * @param lines the line index of the same text ({@link #lines}), to place errors on the key's own line
     * @throws ConfigException naming the file, line and key path of the first binding error
     */
    static ConfigDocument read(String text, Path file, Map<String, Integer> lines) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            try {
                if (parser.nextToken() == null) {
                    throw ConfigException.of(file, "", 0, "the file holds no settings", null);
                }
                ConfigDocument doc = MAPPER.readValue(parser, ConfigDocument.class);
                if (doc == null) {
                    throw ConfigException.of(file, "", 0, "the file holds no settings", null);
                }
                return doc;
            } catch (JsonProcessingException e) {
                // translated while the parser is still open: it still knows the offending token
                throw translate(e, file, lines);
            }
        } catch (IOException e) {
            throw ConfigException.of(file, "", 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The 1-based line of every key and list item, by JSON pointer (first occurrence wins). */
    static Map<String, Integer> lines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            while (p.nextToken() != null) {
                lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            // a syntax error ends the index early; binding reports that error with its own line
        }
        return lines;
    }

    static ConfigException translate(JsonProcessingException e, Path file, Map<String, Integer> lines) {
        MarkedYAMLException yaml = yamlError(e);
        if (yaml != null) {
            // a syntax error, possibly met while binding (the parser reads lazily): report it as one
            Mark mark = yaml.getContextMark() != null ? yaml.getContextMark() : yaml.getProblemMark();
            String what = (yaml.getContext() == null ? "" : yaml.getContext() + ", ") + yaml.getProblem();
            return ConfigException.of(file, "", mark == null ? 0 : mark.getLine() + 1, "not valid YAML: " + what, e);
        }
        if (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof JsonMappingException)) {
            e = cause; // a parse error wrapped by the binder
        }
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        KeyPath path = KeyPath.ROOT;
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference r : m.getPath()) {
                path = r.getFieldName() != null ? path.key(r.getFieldName()) : path.index(r.getIndex());
            }
        } else if (e.getProcessor() instanceof JsonParser p) {
            path = pathOf(p.getParsingContext());
        }
        if (!path.isRoot() && e instanceof JsonMappingException) {
            int keyLine = path.line(lines);
            line = keyLine > 0 ? keyLine : line;
        }
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = unknownKey(u.getPropertyName(), u.getKnownPropertyIds());
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "must be one of " + enumValues(f.getTargetType()) + ", was " + describe(f.getValue());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "must be " + expected(m.getTargetType()) + ", was " + got(m);
        } else if (oneLine(e.getOriginalMessage()).startsWith("Duplicate field")) {
            message = "appears twice at the same level; each key may be given once";
        } else {
            message = oneLine(e.getOriginalMessage());
        }
        return ConfigException.of(file, path.toString(), line, message, e);
    }

    private static MarkedYAMLException yamlError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    private static KeyPath pathOf(JsonStreamContext ctx) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        KeyPath path = KeyPath.ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path = path.index(Math.max(0, c.getCurrentIndex()));
            } else if (c.getCurrentName() != null) {
                path = path.key(c.getCurrentName());
            }
        }
        return path;
    }

    private static String unknownKey(String key, Collection<Object> known) {
        TreeSet<String> names = new TreeSet<>();
        if (known != null) {
            known.forEach(k -> names.add(String.valueOf(k)));
        }
        if (key.equals("api_key") || key.equals("token") || key.equals("password")) {
            return "unknown key '" + key + "': secrets never go in this file; put the value in an environment"
                    + " variable and name the variable (" + names.stream().filter(n -> n.endsWith("_env"))
                    .collect(Collectors.joining(", ")) + ")";
        }
        String hint = names.stream().filter(n -> distance(n, key) <= 2).findFirst()
                .map(n -> "; did you mean '" + n + "'?").orElse("");
        return "unknown key '" + key + "'" + hint + " (keys here: " + String.join(", ", names) + ")";
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text (quote it if it looks like a number or a boolean)";
        }
        if (type.isEnum()) {
            return "one of " + enumValues(type);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping of keys to values";
    }

    private static String got(MismatchedInputException e) {
        if (!(e.getProcessor() instanceof JsonParser p)) {
            return "something else";
        }
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        try {
            switch (t) {
                case START_ARRAY:
                    return "a list";
                case START_OBJECT:
                case FIELD_NAME:
                    return "a mapping";
                case VALUE_STRING:
                    return "'" + abbreviate(p.getText()) + "'";
                case VALUE_NULL:
                    return "empty";
                default:
                    return abbreviate(p.getText());
            }
        } catch (IOException ex) {
            return "something else";
        }
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static String describe(Object value) {
        return value instanceof String s ? "'" + abbreviate(s) + "'" : String.valueOf(value);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /** Levenshtein distance, for "did you mean" hints on short key names. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
