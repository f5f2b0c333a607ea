package io.semanticrouter.eval;

import io.semanticrouter.eval.JailbreakSets.Group;
import io.semanticrouter.eval.JailbreakSets.Prompt;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Our own labelled JSONL prompts ({@code text}, {@code label} {@code jailbreak} or {@code benign}, optional
 * {@code kind}) read as extra training data for {@code train-jailbreak --extra}. A {@code benign} line is benign for
 * both heads. A {@code jailbreak} line of kind {@code unsafe} is a request for harmful content (the unsafe head's
 * positive); every other blocking kind ({@code roleplay}, {@code injection}, {@code obfuscated}, {@code multilingual},
 * and the older names {@code direct}, {@code indirect}, {@code nonenglish}) or no kind is a jailbreak technique (the
 * jailbreak head's positive). {@code multilingual} goes with the techniques: the jailbreak head reads character
 * n-grams of any script, and an attempt in another language is a way round the rules whatever it asks for. The
 * prompts get the source {@value #SOURCE}: they are always in the fitting part and never in the cross-validated
 * benign budget that chooses the thresholds, and they are not made into nearest-exemplar features.
 */
final class JailbreakExtras {

    /** The source name of every extra prompt. */
    static final String SOURCE = "own-extra";

    /** The kinds of a {@code jailbreak} line that count as techniques (besides no kind). */
    static final Set<String> TECHNIQUE_KINDS = Set.of("roleplay", "injection", "obfuscated", "multilingual", "direct",
            "indirect", "nonenglish");

    private JailbreakExtras() {
    }

    /**
     * Reads one file.
     *
     * @throws DataException naming the file and line when a line lacks {@code text} or {@code label}, has an empty
     *                       text, a label other than {@code jailbreak} or {@code benign}, or a blocking kind not known
     */
    static List<Prompt> read(Path file) {
        return Jsonl.read(file, (line, i) -> {
            String text = line.text("text").strip();
            if (text.isEmpty()) {
                throw line.error("field \"text\" is empty");
            }
            String label = line.text("label");
            String kind = line.optionalText("kind");
            return new Prompt(text, group(line, label, kind), SOURCE, "tune", false);
        });
    }

    private static Group group(Jsonl.Line line, String label, String kind) {
        switch (label) {
            case "benign":
                return Group.BENIGN;
            case "jailbreak":
                if ("unsafe".equals(kind)) {
                    return Group.UNSAFE;
                }
                if (kind == null || TECHNIQUE_KINDS.contains(kind)) {
                    return Group.JAILBREAK;
                }
                throw line.error("kind \"" + kind + "\" of a jailbreak line is not known (unsafe, or a technique: "
                        + new java.util.TreeSet<>(TECHNIQUE_KINDS) + ")");
            default:
                throw line.error("label must be \"jailbreak\" or \"benign\", was \"" + label + "\"");
        }
    }
}
