package io.semanticrouter.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The public jailbreak, unsafe and benign prompts under {@code anchor-data} (jailbreak-classification train and
 * test files pooled, JailbreakBench harmful and benign behaviours, XSTest safe and unsafe prompts), each with a
 * stable split by a SHA-256 hash of its text: the first hash byte below 128 is {@code tune}, the rest
 * {@code test}; inside tune, the second byte below 64 is the {@code calibration} part (thresholds are chosen
 * there, the model is fitted on the rest). Duplicated texts are kept once.
 */
final class JailbreakSets {

    /** What a prompt is: a jailbreak technique, a request for harmful content, or benign. */
    enum Group { JAILBREAK, UNSAFE, BENIGN }

    /** One prompt, its group, its source set and its split ({@code tune} or {@code test}). */
    record Prompt(String text, Group group, String source, String split, boolean calibration) {
    }

    private JailbreakSets() {
    }

    /** Every prompt of the three sets. */
    static List<Prompt> read(Path anchor) {
        List<Prompt> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String f : List.of("jailbreak_dataset_train.csv", "jailbreak_dataset_test.csv")) {
            List<List<String>> rows = Csv.parse(existing(anchor, "datasets/C-jailbreak-classification/" + f));
            for (List<String> r : rows.subList(1, rows.size())) {
                add(out, seen, r.get(0), "jailbreak".equals(r.get(1).trim()) ? Group.JAILBREAK : Group.BENIGN,
                        "jailbreak-classification");
            }
        }
        for (String f : List.of("harmful-behaviors.csv", "benign-behaviors.csv")) {
            List<List<String>> rows = Csv.parse(existing(anchor, "datasets/C-jbb-behaviors/" + f));
            int goal = rows.get(0).indexOf("goal");
            for (List<String> r : rows.subList(1, rows.size())) {
                add(out, seen, r.get(goal), f.startsWith("harmful") ? Group.UNSAFE : Group.BENIGN, "jbb-behaviors");
            }
        }
        List<List<String>> rows = Csv.parse(existing(anchor, "datasets/C-xstest/xstest_prompts.csv"));
        int prompt = rows.get(0).indexOf("prompt");
        int label = rows.get(0).indexOf("label");
        for (List<String> r : rows.subList(1, rows.size())) {
            add(out, seen, r.get(prompt), "unsafe".equals(r.get(label)) ? Group.UNSAFE : Group.BENIGN, "xstest");
        }
        return out;
    }

    private static void add(List<Prompt> out, Set<String> seen, String text, Group g, String source) {
        String t = text.strip();
        if (t.isEmpty() || !seen.add(t)) {
            return;
        }
        byte[] h = HashSplit.sha256(t);
        out.add(new Prompt(t, g, source, (h[0] & 0xff) < 128 ? "tune" : "test", (h[1] & 0xff) < 64));
    }

    private static Path existing(Path anchor, String relative) {
        Path file = anchor.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + ": no such file (give --source)");
        }
        return file;
    }
}
