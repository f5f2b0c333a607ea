package io.semanticrouter.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The RouteLLM MMLU prompts as labelled chat-like questions: each {@code mmlu_<subject>.csv} is read, its
 * subject mapped to an MMLU-Pro category by {@code mmlu-subject-categories.tsv}, and every prompt stripped of
 * its answer options, its {@code Answer:} line and the boilerplate of the moral-scenario questions. Prompts
 * are split into a training part and a held-out part by the SHA-256 of the prompt.
 */
final class MmluPrompts {

    /** One prompt: its chat-like text, the last sentence of it (or null when that is the whole text), label. */
    record Prompt(String text, String lastSentence, String label, boolean heldOut) {
    }

    private static final Pattern OPTION = Pattern.compile("^[A-J][.)]\\s.*$");
    private static final Pattern SCENARIO_INTRO = Pattern.compile(
            "^For which of these two scenarios .*?\\?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+(?=[A-Z\"'(])");

    private MmluPrompts() {
    }

    /** The subject-to-category map shipped with router-eval. */
    static Map<String, String> subjectMap() {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = MmluPrompts.class.getResourceAsStream("mmlu-subject-categories.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                map.put(parts[0].trim(), parts[1].trim());
            }
        } catch (IOException e) {
            throw new DataException("cannot read mmlu-subject-categories.tsv: " + e.getMessage(), e);
        }
        return map;
    }

    /**
     * Reads every mapped subject's CSV under the folder.
     *
     * @param heldOutEvery a prompt is held out when the first 8 hex digits of its SHA-256 are divisible by this
     * @throws DataException if a mapped subject's file is missing or has no {@code prompt} column
     */
    static List<Prompt> read(Path dir, int heldOutEvery) {
        List<Prompt> out = new ArrayList<>();
        for (Map.Entry<String, String> e : subjectMap().entrySet()) {
            Path file = dir.resolve("mmlu_" + e.getKey() + ".csv");
            if (!Files.isRegularFile(file)) {
                throw new DataException(file + ": no such file (a subject of mmlu-subject-categories.tsv)");
            }
            List<List<String>> rows = Csv.parse(file);
            int column = rows.get(0).indexOf("prompt");
            if (column < 0) {
                throw new DataException(file + ": no \"prompt\" column");
            }
            for (List<String> row : rows.subList(1, rows.size())) {
                String raw = row.get(column);
                String text = chatStyle(raw);
                if (!text.isEmpty()) {
                    out.add(new Prompt(text, lastSentence(text), e.getValue(), hashBucket(raw) % heldOutEvery == 0));
                }
            }
        }
        return out;
    }

    /** The prompt without answer options, the {@code Answer:} line, and the moral-scenario boilerplate. */
    static String chatStyle(String prompt) {
        StringBuilder kept = new StringBuilder();
        for (String line : prompt.split("\\R")) {
            String t = line.trim();
            if (t.isEmpty() || OPTION.matcher(t).matches() || t.equals("Answer:")) {
                continue;
            }
            kept.append(kept.length() == 0 ? "" : " ").append(t);
        }
        String text = SCENARIO_INTRO.matcher(kept.toString()).replaceFirst("");
        text = text.replaceAll("Scenario \\d \\|\\s*", "").replaceAll("_{2,}", " ");
        return text.replaceAll("\\s+", " ").trim();
    }

    /** The last sentence of a text of several, lengthened to the last two when it has fewer than 6 words. */
    static String lastSentence(String text) {
        String[] parts = SENTENCE_END.split(text);
        if (parts.length < 2) {
            return null;
        }
        String last = parts[parts.length - 1];
        if (last.split("\\s+").length < 6 && parts.length >= 3) {
            last = parts[parts.length - 2] + " " + last;
        } else if (last.split("\\s+").length < 6) {
            return null;
        }
        return last;
    }

    /** The first 8 hex digits of the text's SHA-256, as a number. */
    static long hashBucket(String text) {
        return Long.parseLong(HexFormat.of().formatHex(HashSplit.sha256(text), 0, 4), 16);
    }

    /** Lower case, letters and digits only: for finding the same question written twice. */
    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
