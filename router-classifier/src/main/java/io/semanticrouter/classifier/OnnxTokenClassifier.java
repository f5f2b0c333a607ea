package io.semanticrouter.classifier;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.jni.CharSpan;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A token classifier (named-entity recogniser) from a Hugging Face token-classification export: a directory with
 * {@code model.onnx} (inputs {@code input_ids}, {@code attention_mask}, optionally {@code token_type_ids}; first
 * output logits shaped [batch, tokens, labels]), {@code tokenizer.json} and {@code config.json} whose
 * {@code id2label} holds tags such as {@code O}, {@code B-PER}, {@code I-PER} (BIO or BIOES; plain labels work
 * too). {@link #extract} returns entity spans with character offsets into the text.
 *
 * <p>Each token takes its most probable tag; a {@code B-}/{@code S-} tag starts an entity, an {@code I-}/
 * {@code E-} tag (or a plain label) of the same type continues the open one, anything else closes it. An entity's
 * score is the mean probability of its tags. A text is tokenised once and run in windows of at most
 * {@link #maxTokens()} tokens (special tokens included) that overlap by half; each token takes its tag from the
 * window where it sits most centrally, so a 100 KB text is scanned to its end and a name cut by one window's edge
 * is read whole from the next. Windows of all texts go to the model together, 32 per call.
 *
 * <p>Thread-safe (ONNX Runtime sessions are); close it to free the native session.
 */
public final class OnnxTokenClassifier implements AutoCloseable {

    /**
     * One entity found in a text.
     *
     * @param type  the tag without its B-/I- prefix, as the model names it (e.g. {@code PER})
     * @param start index of the first character
     * @param end   index after the last character
     * @param score mean probability of the entity's token tags, in (0, 1]
     * @param text  the covered text
     */
    public record Entity(String type, int start, int end, double score, String text) {
        public Entity {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Windows per model call: bounds memory on a long text. */
    private static final int BATCH = 32;

    private final OnnxExport model;
    private final int maxTokens;
    private final String[] types;   // per label: the entity type, or null for "outside"
    private final char[] roles;     // per label: 'B' begins, 'I' continues, 'O' outside
    private final long[] prefix;    // special tokens the tokenizer puts before a text ([CLS], <s>...)
    private final long[] suffix;    // and after it ([SEP], </s>...)

    private OnnxTokenClassifier(OnnxExport model, int maxTokens) {
        this.model = model;
        this.maxTokens = maxTokens;
        int n = model.labels.size();
        this.types = new String[n];
        this.roles = new char[n];
        long[] bare = model.onnx.encode("a", false).getIds();
        long[] wrapped = model.onnx.encode("a", true).getIds();
        int at = indexOf(wrapped, bare);
        if (at < 0) {
            throw new IllegalArgumentException("the tokenizer's special tokens do not wrap the text; cannot window it");
        }
        this.prefix = java.util.Arrays.copyOfRange(wrapped, 0, at);
        this.suffix = java.util.Arrays.copyOfRange(wrapped, at + bare.length, wrapped.length);
        if (prefix.length + suffix.length + 2 > maxTokens) {
            throw new IllegalArgumentException("maxTokens " + maxTokens + " leaves no room next to "
                    + (prefix.length + suffix.length) + " special tokens");
        }
        for (int i = 0; i < n; i++) {
            String tag = model.labels.get(i);
            if (tag.equals("O") || tag.isBlank()) {
                roles[i] = 'O';
            } else if (tag.length() > 2 && tag.charAt(1) == '-' && "BISE".indexOf(tag.charAt(0)) >= 0) {
                roles[i] = tag.charAt(0) == 'B' || tag.charAt(0) == 'S' ? 'B' : 'I';
                types[i] = tag.substring(2);
            } else {
                roles[i] = 'I';
                types[i] = tag;
            }
        }
    }

    private static int indexOf(long[] in, long[] part) {
        outer:
        for (int i = 0; i + part.length <= in.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (in[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Loads a token classifier, with pieces of at most 512 tokens.
     *
     * @throws IllegalArgumentException naming the file when a file is missing or malformed
     * @throws UncheckedIOException     if a file cannot be read
     */
    public static OnnxTokenClassifier load(Path dir) {
        return load(dir, 512);
    }

    /** As {@link #load(Path)}, with pieces of at most {@code maxTokens} tokens (special tokens included). */
    public static OnnxTokenClassifier load(Path dir, int maxTokens) {
        return new OnnxTokenClassifier(OnnxExport.load(dir, maxTokens), maxTokens);
    }

    /** The model's tags, in output order. */
    public List<String> labels() {
        return model.labels;
    }

    public int maxTokens() {
        return maxTokens;
    }

    /**
     * The entities in one text, in text order.
     *
     * @throws NullPointerException if text is null
     */
    public List<Entity> extract(String text) {
        return extractAll(List.of(Objects.requireNonNull(text, "text must not be null"))).get(0);
    }

    /**
     * The entities of many texts, run as one batch; one list per text, in input order.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public List<List<Entity>> extractAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts must not be null");
        List<Tokens> tokenised = new ArrayList<>(texts.size());
        List<long[]> rows = new ArrayList<>();
        List<int[]> rowOwner = new ArrayList<>(); // {text, first token of the window}
        for (int i = 0; i < texts.size(); i++) {
            String t = Objects.requireNonNull(texts.get(i), "texts[" + i + "] must not be null");
            Tokens tk = tokenise(t);
            tokenised.add(tk);
            for (int w = 0; w < tk.windows; w++) {
                int from = w * stride();
                int to = Math.min(tk.ids.length, from + window());
                long[] row = new long[prefix.length + (to - from) + suffix.length];
                System.arraycopy(prefix, 0, row, 0, prefix.length);
                System.arraycopy(tk.ids, from, row, prefix.length, to - from);
                System.arraycopy(suffix, 0, row, prefix.length + to - from, suffix.length);
                rows.add(row);
                rowOwner.add(new int[] {i, from});
            }
        }
        float[][][] logits = new float[rows.size()][][];
        for (int from = 0; from < rows.size(); from += BATCH) {
            int to = Math.min(rows.size(), from + BATCH);
            float[][][] part = model.run(rows.subList(from, to).toArray(long[][]::new), o -> (float[][][]) o);
            System.arraycopy(part, 0, logits, from, part.length);
        }
        // each token takes its tag from the window where it sits most centrally
        List<List<Entity>> out = new ArrayList<>(texts.size());
        int row = 0;
        for (int i = 0; i < texts.size(); i++) {
            Tokens tk = tokenised.get(i);
            int[] tag = new int[tk.ids.length];
            double[] prob = new double[tk.ids.length];
            for (int w = 0; w < tk.windows; w++, row++) {
                int from = rowOwner.get(row)[1];
                int to = Math.min(tk.ids.length, from + window());
                for (int t = from; t < to; t++) {
                    if (owner(t, tk.windows) == w) {
                        double[] p = OnnxExport.softmax(logits[row][prefix.length + t - from]);
                        int best = 0;
                        for (int k = 1; k < p.length; k++) {
                            if (p[k] > p[best]) {
                                best = k;
                            }
                        }
                        tag[t] = best;
                        prob[t] = p[best];
                    }
                }
            }
            out.add(spans(texts.get(i), tk, tag, prob));
        }
        return out;
    }

    /** A text's tokens without special tokens, their character spans (Java indices) and its window count. */
    private record Tokens(long[] ids, int[] starts, int[] ends, int windows) {
    }

    /** Content tokens per window: the model's window less the special tokens around them. */
    private int window() {
        return Math.max(2, maxTokens - prefix.length - suffix.length);
    }

    /** Windows overlap by half, so a name cut at one window's edge sits whole in the middle of the next. */
    private int stride() {
        return Math.max(1, window() / 2);
    }

    /** The window whose central half holds token t. */
    private int owner(int t, int windows) {
        int k = (t - window() / 4) / stride();
        return Math.max(0, Math.min(windows - 1, k));
    }

    private Tokens tokenise(String text) {
        Encoding enc = model.onnx.encode(text, false);
        long[] ids = enc.getIds();
        CharSpan[] spans = enc.getCharTokenSpans();
        int[] starts = new int[ids.length];
        int[] ends = new int[ids.length];
        // the tokenizer counts code points; Java indexes UTF-16 units, which differ after a character beyond the BMP
        int[] utf16 = null; // code point index -> UTF-16 index, built once (only when the two differ)
        if (text.codePointCount(0, text.length()) != text.length()) {
            utf16 = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                utf16[cp++] = i;
            }
            utf16[cp] = text.length();
        }
        for (int t = 0; t < ids.length; t++) {
            CharSpan s = spans[t];
            if (s == null) {
                starts[t] = -1;
                ends[t] = -1;
            } else if (utf16 != null) {
                starts[t] = utf16[Math.min(s.getStart(), utf16.length - 1)];
                ends[t] = utf16[Math.min(s.getEnd(), utf16.length - 1)];
            } else {
                starts[t] = s.getStart();
                ends[t] = s.getEnd();
            }
        }
        int windows = ids.length <= window() ? (ids.length == 0 ? 0 : 1)
                : 1 + (ids.length - window() + stride() - 1) / stride();
        return new Tokens(ids, starts, ends, windows);
    }

    private List<Entity> spans(String text, Tokens tk, int[] tag, double[] prob) {
        List<Entity> sink = new ArrayList<>();
        String openType = null;
        int openStart = 0;
        int openEnd = 0;
        double scoreSum = 0;
        int count = 0;
        for (int t = 0; t < tk.ids.length; t++) {
            if (tk.starts[t] < 0) {
                continue;
            }
            int best = tag[t];
            boolean continues = openType != null && roles[best] == 'I' && types[best].equals(openType);
            if (continues) {
                openEnd = tk.ends[t];
                scoreSum += prob[t];
                count++;
                continue;
            }
            if (openType != null) {
                sink.add(new Entity(openType, openStart, openEnd, scoreSum / count, text.substring(openStart, openEnd)));
                openType = null;
            }
            if (roles[best] != 'O') {
                openType = types[best];
                openStart = tk.starts[t];
                openEnd = tk.ends[t];
                scoreSum = prob[t];
                count = 1;
            }
        }
        if (openType != null) {
            sink.add(new Entity(openType, openStart, openEnd, scoreSum / count, text.substring(openStart, openEnd)));
        }
        return sink;
    }

    @Override
    public void close() {
        model.close();
    }
}
