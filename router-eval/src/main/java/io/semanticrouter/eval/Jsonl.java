package io.semanticrouter.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Reading JSONL input (errors name the file and line) and writing JSON summaries. */
final class Jsonl {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Jsonl() {
    }

    /** A record read from one line, with where it came from. */
    record Line(Path file, int number, JsonNode node) {
        String where() {
            return file + ":" + number;
        }

        /** A required string field. */
        String text(String field) {
            JsonNode n = node.get(field);
            if (n == null || !n.isTextual()) {
                throw new DataException(where() + ": field \"" + field + "\" must be a string"
                        + (n == null ? " (missing)" : ", was " + n));
            }
            return n.asText();
        }

        /** An optional string field. */
        String optionalText(String field) {
            JsonNode n = node.get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isTextual()) {
                throw new DataException(where() + ": field \"" + field + "\" must be a string, was " + n);
            }
            return n.asText();
        }

        DataException error(String what) {
            return new DataException(where() + ": " + what);
        }
    }

    /**
     * Reads every non-blank line of a JSONL file as a JSON object and maps it.
     *
     * @throws DataException naming the file (and line) when the file cannot be read or a line is not a JSON
     *                       object, or the mapper refuses it
     */
    static <T> List<T> read(Path file, BiFunction<Line, Integer, T> mapper) {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + ": no such file");
        }
        List<T> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int number = 0;
            while ((text = r.readLine()) != null) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(text);
                } catch (JsonProcessingException e) {
                    throw new DataException(file + ":" + number + ": not valid JSON: " + e.getOriginalMessage());
                }
                if (node == null || !node.isObject()) {
                    throw new DataException(file + ":" + number + ": expected a JSON object, was " + node);
                }
                out.add(mapper.apply(new Line(file, number, node), out.size()));
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new DataException(file + ": no records");
        }
        return out;
    }

    /** Writes a summary object as pretty JSON. */
    static void writeSummary(Path file, Object summary) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            MAPPER.writeValue(file.toFile(), summary);
        } catch (IOException e) {
            throw new DataException(file + ": cannot write the summary: " + e.getMessage(), e);
        }
    }
}
