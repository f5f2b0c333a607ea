package io.semanticrouter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Picks the tools a model is sent ({@link ToolSelection}). Each offered tool scores the cosine similarity between
 * the question's embedding and the tool's embedding, plus {@link ToolSelection#lexicalWeight()} times the BM25
 * score of the question's words in the tool's text (the document frequencies taken over the tools of the same
 * request). The best {@code topK} by score whose cosine reaches the floor are kept with the tools that are never
 * dropped, in the order the request gave them. With {@link ToolSelection#languageGate()} on, a question that does
 * not read as English ({@link QuestionLanguage}) keeps every tool, and no tool is embedded for it. When no tool
 * is similar to the question (the best cosine under {@link ToolSelection#widenBelow()}), the scores do not tell
 * the needed tool from the others, and up to {@link ToolSelection#widenTo()} tools are kept instead of
 * {@code topK}. With {@link ToolSelection#clauses()} on, a question of several
 * clauses ({@link ToolClauses}) has its clauses embedded in one batch and scored the same way: a tool then scores
 * the best of the whole question and its clauses ({@code MAX}), or each clause's best tool is kept first
 * ({@code RESERVE}).
 *
 * <p>With {@link ToolSelection#queryAdapter()} on and a {@link ToolQueryAdapter} for the embedder (the bundled one
 * of its model by default), the ranking reads the cosine of the adapted question; {@link
 * ToolSelection#minSimilarity()} and {@link ToolSelection#widenBelow()} read the plain one, as they were set on it.
 *
 * <p>A tool's embedding and words are those of its {@linkplain #text text}, cached in a bounded Caffeine cache
 * keyed by the SHA-256 of that text, so a tool is embedded once however many requests offer it, and a tool whose
 * description changes is embedded anew. The tools of a request that are not cached yet are embedded in one batch
 * ({@link Embedder#embedAll}). Thread-safe: one instance serves all requests of a router.
 */
public final class ToolSelector {

    /** How many tool embeddings are cached by default. */
    public static final int DEFAULT_CACHE_SIZE = 4096;

    private final Embedder embedder;
    private final Cache<String, Vector> cache;
    private final ToolQueryAdapter adapter;

    /** What is cached per tool text: its embedding and its words for BM25. */
    private record Vector(Embedding embedding, ToolLexicon.Words words) {
    }

    /**
     * A selector embedding tools with {@code embedder}, caching up to {@code cacheSize} tool embeddings, with the
     * query adapter shipped for the embedder's model ({@link ToolQueryAdapter#bundledFor}), if any and if it has
     * the embedder's dimension (an embedder that reports a shipped model's id with another dimension, such as a
     * stand-in in a test, ranks by the plain cosine).
     *
     * @throws NullPointerException     if embedder is null
     * @throws IllegalArgumentException if cacheSize is below 1
     */
    public ToolSelector(Embedder embedder, int cacheSize) {
        this(embedder, cacheSize, ToolQueryAdapter.bundledFor(
                Objects.requireNonNull(embedder, "embedder must not be null").modelId())
                .filter(a -> a.dimension() == embedder.dimension()).orElse(null));
    }

    /**
     * A selector with the given query adapter, or none ({@code null}).
     *
     * @throws NullPointerException     if embedder is null
     * @throws IllegalArgumentException if cacheSize is below 1, or the adapter was trained for another embedding
     *                                  model or dimension than the embedder's
     */
    public ToolSelector(Embedder embedder, int cacheSize, ToolQueryAdapter adapter) {
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
        if (cacheSize < 1) {
            throw new IllegalArgumentException("cacheSize must be >= 1, was " + cacheSize);
        }
        if (adapter != null && (!adapter.embeddingModel().equals(embedder.modelId())
                || adapter.dimension() != embedder.dimension())) {
            throw new IllegalArgumentException("the tool query adapter is for " + adapter.embeddingModel() + " ("
                    + adapter.dimension() + " dimensions), the embedder is " + embedder.modelId() + " ("
                    + embedder.dimension() + " dimensions)");
        }
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
        this.adapter = adapter;
    }

    /** The query adapter this selector uses when the settings ask for it, if it has one. */
    public java.util.Optional<ToolQueryAdapter> queryAdapter() {
        return java.util.Optional.ofNullable(adapter);
    }

    /**
     * The tools kept for one request, and what was done.
     *
     * @param kept    the tools the model is sent, in the request's order (unmodifiable)
     * @param outcome what selection did, or {@code null} when it did not run (off, or no more tools than topK)
     */
    public record Result(List<ToolSpecification> kept, ToolSelectionOutcome outcome) {
        public Result {
            kept = List.copyOf(kept);
        }
    }

    /**
     * Selects the tools for a question.
     *
     * @param settings the selection settings
     * @param question the question's text (for the word overlap)
     * @param embedding the question's embedding
     * @param tools    the tools the request offers
     * @param keep     names never dropped besides {@link ToolSelection#alwaysKeep()} (tools called earlier in the
     *                 conversation); may be empty
     * @throws NullPointerException if an argument is null
     * @throws EmbeddingException   if embedding the tools (or the question's clauses) failed
     */
    public Result select(ToolSelection settings, String question, Embedding embedding, List<ToolSpecification> tools,
                         Set<String> keep) {
        Objects.requireNonNull(settings, "settings must not be null");
        Objects.requireNonNull(question, "question must not be null");
        Objects.requireNonNull(embedding, "embedding must not be null");
        Objects.requireNonNull(tools, "tools must not be null");
        Objects.requireNonNull(keep, "keep must not be null");
        if (!settings.enabled() || tools.size() <= settings.topK()) {
            return new Result(tools, null);
        }
        if (settings.languageGate()) {
            QuestionLanguage.Reading reading = QuestionLanguage.read(question, toolWords(tools, settings.text()));
            if (!reading.english(settings.minEnglishShare())) {
                return standDown(tools, reading, settings.minEnglishShare());
            }
        }
        List<Vector> vectors = vectors(tools, settings.text());
        ToolQueryAdapter using = settings.queryAdapter() ? adapter : null;
        Scores whole = scores(settings, question, embedding, vectors, using);
        List<Scores> clauses = clauseScores(settings, question, vectors);
        if (settings.clauses() == ToolSelection.Clauses.MAX) {
            for (Scores c : clauses) {
                whole.raiseTo(c);
            }
        }
        Set<String> kept = new HashSet<>();
        List<String> protectedNames = new ArrayList<>();
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            String name = tools.get(i).name();
            if (settings.alwaysKeep().contains(name) || keep.contains(name)) {
                kept.add(name);
                protectedNames.add(name);
            } else {
                ranked.add(i);
            }
        }
        double[] score = whole.score();
        ranked.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        double best = ranked.stream().mapToDouble(i -> whole.similarity()[i]).max().orElse(1);
        int limit = best < settings.widenBelow() ? settings.widenTo() : settings.topK();
        List<Integer> order = settings.clauses() == ToolSelection.Clauses.RESERVE
                ? reserved(ranked, clauses, limit) : ranked;
        int floored = 0;
        for (int r = 0; r < order.size() && r < limit; r++) {
            int i = order.get(r);
            if (whole.similarity()[i] >= settings.minSimilarity()) {
                kept.add(tools.get(i).name());
            } else {
                floored++;
            }
        }
        if (kept.isEmpty()) {
            kept.add(tools.get(order.get(0)).name());
        }
        return result(settings, tools, kept, protectedNames, floored, clauses.size(),
                limit > settings.topK() ? best : Double.NaN, using != null);
    }

    /** Every tool kept: the question is not in English, so the embedder's scores would not tell which it needs. */
    private static Result standDown(List<ToolSpecification> tools, QuestionLanguage.Reading reading, double minShare) {
        String why = String.format(java.util.Locale.ROOT, "language: the question does not read as English (%s,"
                + " %.2f of its words needed): all %d tools kept", reading.describe(), minShare, tools.size());
        return new Result(tools, new ToolSelectionOutcome(tools.size(), tools.size(), List.of(), why,
                ToolSelectionOutcome.LANGUAGE));
    }

    /**
     * Whether a word (as {@link ToolLexicon#stem} leaves it) occurs in the text of one of the tools: the tools'
     * own vocabulary counts as English ("repo", "webhook"). The words are gathered on the first question.
     */
    private static Predicate<String> toolWords(List<ToolSpecification> tools, ToolSelection.Text mode) {
        return new Predicate<>() {
            private Set<String> words;

            @Override
            public boolean test(String word) {
                if (words == null) {
                    words = new HashSet<>();
                    for (ToolSpecification t : tools) {
                        words.addAll(ToolLexicon.words(text(t, mode)));
                    }
                }
                return words.contains(word);
            }
        };
    }

    /**
     * Per offered tool: the cosine similarity to a text and the ranking score (the cosine of the adapted question,
     * without an adapter the same cosine, plus weighted BM25).
     */
    private record Scores(double[] similarity, double[] score) {
        /** Raises each tool's similarity and score to the other's where that is higher. */
        void raiseTo(Scores other) {
            for (int i = 0; i < score.length; i++) {
                similarity[i] = Math.max(similarity[i], other.similarity[i]);
                score[i] = Math.max(score[i], other.score[i]);
            }
        }
    }

    private static Scores scores(ToolSelection settings, String text, Embedding embedding, List<Vector> vectors,
                                 ToolQueryAdapter adapter) {
        double[] lexical = settings.lexicalWeight() == 0 ? new double[vectors.size()]
                : ToolLexicon.scores(ToolLexicon.words(text), vectors.stream().map(Vector::words).toList());
        Embedding ranking = adapter == null ? embedding : adapter.apply(embedding);
        double[] similarity = new double[vectors.size()];
        double[] score = new double[vectors.size()];
        for (int i = 0; i < vectors.size(); i++) {
            Embedding tool = vectors.get(i).embedding();
            similarity[i] = embedding.cosine(tool);
            score[i] = (adapter == null ? similarity[i] : ranking.cosine(tool)) + settings.lexicalWeight() * lexical[i];
        }
        return new Scores(similarity, score);
    }

    /** The scores of each clause of a question that has several ({@link ToolClauses}), its clauses embedded in one batch. */
    private List<Scores> clauseScores(ToolSelection settings, String question, List<Vector> vectors) {
        if (settings.clauses() == ToolSelection.Clauses.OFF) {
            return List.of();
        }
        List<String> clauses = ToolClauses.of(question);
        if (clauses.size() < 2) {
            return List.of();
        }
        List<Embedding> embedded = embedder.embedAll(clauses);
        List<Scores> out = new ArrayList<>(clauses.size());
        for (int c = 0; c < clauses.size(); c++) {
            out.add(scores(settings, clauses.get(c), embedded.get(c), vectors, settings.queryAdapter() ? adapter : null));
        }
        return out;
    }

    /**
     * The ranking with each clause's best tool moved to the front, clause by clause, while fewer than topK are
     * taken; then the rest in their ranked order.
     */
    private static List<Integer> reserved(List<Integer> ranked, List<Scores> clauses, int topK) {
        Set<Integer> first = new java.util.LinkedHashSet<>();
        for (Scores c : clauses) {
            if (first.size() >= topK) {
                break;
            }
            double[] score = c.score();
            ranked.stream().filter(i -> !first.contains(i))
                    .max(Comparator.comparingDouble((Integer i) -> score[i]).thenComparingInt(i -> -i))
                    .ifPresent(first::add);
        }
        List<Integer> out = new ArrayList<>(first);
        for (Integer i : ranked) {
            if (!first.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The outcome. {@code widenedAt} is the best cosine when it was under {@link ToolSelection#widenBelow()} and
     * up to {@link ToolSelection#widenTo()} tools were kept, NaN when the top k were.
     */
    private static Result result(ToolSelection settings, List<ToolSpecification> tools, Set<String> kept,
                                 List<String> protectedNames, int floored, int clauses, double widenedAt,
                                 boolean adapted) {
        List<ToolSpecification> out = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (ToolSpecification t : tools) {
            if (kept.contains(t.name())) {
                out.add(t);
            } else {
                dropped.add(t.name());
            }
        }
        boolean widened = !Double.isNaN(widenedAt);
        StringBuilder why = new StringBuilder("top ").append(widened ? settings.widenTo() : settings.topK())
                .append(" of ").append(tools.size()).append(" tools by relevance to the question");
        if (adapted) {
            why.append(" (through the query adapter)");
        }
        if (widened) {
            why.append(String.format(java.util.Locale.ROOT, "; widened from %d: no tool is similar enough to tell"
                    + " (best cosine %.3f, under %s)", settings.topK(), widenedAt, settings.widenBelow()));
        }
        if (clauses > 1) {
            why.append(settings.clauses() == ToolSelection.Clauses.RESERVE
                    ? "; the best tool of each of its " + clauses + " clauses first"
                    : "; each tool scored by the best of the question and its " + clauses + " clauses");
        }
        if (!protectedNames.isEmpty()) {
            why.append("; never dropped: ").append(String.join(", ", protectedNames));
        }
        if (floored > 0) {
            why.append("; ").append(floored).append(" under min_similarity ").append(settings.minSimilarity());
        }
        return new Result(out, new ToolSelectionOutcome(out.size(), tools.size(), dropped, why.toString(),
                widened ? ToolSelectionOutcome.WIDENED : null));
    }

    /** The embeddings (and words) of the tools' texts, in order: cached ones from the cache, the others in one batch. */
    List<Embedding> embeddings(List<ToolSpecification> tools, ToolSelection.Text mode) {
        return vectors(tools, mode).stream().map(Vector::embedding).toList();
    }

    private List<Vector> vectors(List<ToolSpecification> tools, ToolSelection.Text mode) {
        Vector[] out = new Vector[tools.size()];
        Map<String, String> missing = new LinkedHashMap<>();
        String[] keys = new String[tools.size()];
        for (int i = 0; i < tools.size(); i++) {
            String text = text(tools.get(i), mode);
            keys[i] = sha256(text);
            out[i] = cache.getIfPresent(keys[i]);
            if (out[i] == null) {
                missing.put(keys[i], text);
            }
        }
        if (!missing.isEmpty()) {
            List<String> texts = new ArrayList<>(missing.values());
            List<Embedding> batch = embedder.embedAll(texts);
            Map<String, Vector> fresh = new LinkedHashMap<>();
            int j = 0;
            for (String key : missing.keySet()) {
                fresh.put(key, new Vector(batch.get(j), ToolLexicon.Words.of(texts.get(j))));
                j++;
            }
            cache.putAll(fresh);
            for (int i = 0; i < out.length; i++) {
                if (out[i] == null) {
                    out[i] = fresh.get(keys[i]);
                }
            }
        }
        return List.of(out);
    }

    /**
     * The text a tool is embedded as: its name in words, then (by {@code mode}) its description, then each
     * parameter's name in words and its description, one part a line.
     *
     * @throws NullPointerException if an argument is null
     */
    public static String text(ToolSpecification tool, ToolSelection.Text mode) {
        Objects.requireNonNull(tool, "tool must not be null");
        Objects.requireNonNull(mode, "mode must not be null");
        StringBuilder b = new StringBuilder(words(tool.name()));
        if (mode != ToolSelection.Text.NAME && tool.description() != null && !tool.description().isBlank()) {
            b.append('\n').append(tool.description().strip());
        }
        JsonObjectSchema parameters = tool.parameters();
        if (mode == ToolSelection.Text.NAME_DESCRIPTION_PARAMETERS && parameters != null
                && parameters.properties() != null) {
            for (Map.Entry<String, JsonSchemaElement> p : parameters.properties().entrySet()) {
                b.append('\n').append(words(p.getKey()));
                String d = p.getValue() == null ? null : p.getValue().description();
                if (d != null && !d.isBlank()) {
                    b.append(": ").append(d.strip());
                }
            }
        }
        return b.toString();
    }

    /**
     * A tool or parameter name as lower-case words: {@code get_weather}, {@code getWeather}, {@code get-weather}
     * and {@code GetWeather} all become {@code "get weather"}; {@code parseHTMLPage} becomes
     * {@code "parse html page"}.
     */
    public static String words(String name) {
        String spaced = SEPARATORS.matcher(name).replaceAll(" ");
        spaced = LOWER_UPPER.matcher(spaced).replaceAll("$1 $2");
        spaced = ACRONYM_WORD.matcher(spaced).replaceAll("$1 $2");
        return SPACES.matcher(spaced.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static final Pattern SEPARATORS = Pattern.compile("[_\\-.]+");
    private static final Pattern LOWER_UPPER = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern ACRONYM_WORD = Pattern.compile("([A-Z]+)([A-Z][a-z])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
