package io.semanticrouter;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of tool auto-selection: when a request offers more tools than {@link #topK()}, the model is sent only
 * the {@code topK} tools whose text is most relevant to the question (cosine of the embeddings plus a little word
 * overlap; see {@link ToolSelector}). Some tools are never dropped and do not take one of the {@code topK} places:
 * <ul>
 *   <li>the tools named in {@link #alwaysKeep()};</li>
 *   <li>tools the conversation already called (an assistant turn's tool calls): an agent in the middle of a task
 *       needs them for the next step, and its question may no longer say so;</li>
 *   <li>with a forced tool choice naming one tool, that tool (the gateway sends it as the only tool, so the
 *       list is then never longer than {@code topK}).</li>
 * </ul>
 * A tool less similar than {@link #minSimilarity()} is dropped even within the {@code topK}, but the list is
 * never emptied: when no tool reaches it and none is kept for the reasons above, the single most similar tool
 * is sent, since a request that offered tools (perhaps with {@code tool_choice: required}) must not reach the
 * model without any.
 *
 * <p>Selection stands down, keeping every tool, when it cannot read the question: with the {@linkplain
 * #languageGate() language gate} on (the default), a question that is not written in English (the language of the
 * shipped embedder) keeps all its tools, since the embedder's scores would not say which one it needs.
 *
 * <p>When no tool is similar to the question (the best cosine under {@link #widenBelow()}), the scores do not
 * tell the needed tool from the rest, and up to {@link #widenTo()} tools (twice {@code topK} by default) are kept
 * instead of {@code topK}.
 *
 * <p>With {@link #queryAdapter()} on (the default) and an adapter shipped for the router's embedder
 * ({@link ToolQueryAdapter}, one ships for all-MiniLM-L6-v2), the question's embedding is first moved toward the
 * way tools are described before the tools are ranked; the floor and the widening still read the plain cosine.
 *
 * <p>Off by default ({@link #off()}). Immutable and thread-safe; build with {@link #of(int)} or
 * {@link #builder()}, which check every value at once.
 */
public final class ToolSelection {

    /** The number of tools kept by default, chosen on the tune split of the tool requests (docs/gateway.md). */
    public static final int DEFAULT_TOP_K = 10;

    /** Which parts of a tool its embedded text is made of. */
    public enum Text {
        /** The name, split into words ({@code get_weather}, {@code getWeather}: "get weather"). */
        NAME,
        /** The name in words and the description. */
        NAME_DESCRIPTION,
        /** The name in words, the description, and each parameter's name in words and description. */
        NAME_DESCRIPTION_PARAMETERS
    }

    /** The tool text used by default, chosen on the tune split of the tool requests (docs/gateway.md). */
    public static final Text DEFAULT_TEXT = Text.NAME_DESCRIPTION_PARAMETERS;

    /**
     * The weight of the word overlap (BM25) next to the cosine similarity by default, chosen on the tune split of
     * the tool requests (docs/gateway.md).
     */
    public static final double DEFAULT_LEXICAL_WEIGHT = 0.05;

    /**
     * How a question that asks for several things ("find the invoice and email it to Ana") is scored against the
     * tools: split into its clauses (at punctuation and joining words such as "and", "then"), each embedded, all
     * in one batch and only when the question has more than one clause.
     */
    public enum Clauses {
        /** The whole question alone. */
        OFF,
        /** Each tool scores the best of the whole question's score and each clause's score. */
        MAX,
        /**
         * The best tool of each clause takes one of the {@code topK} places first; the remaining places go by the
         * whole question's score.
         */
        RESERVE
    }

    /** How questions with several clauses are scored by default, chosen on the tune split (docs/gateway.md). */
    public static final Clauses DEFAULT_CLAUSES = Clauses.OFF;

    /**
     * The share of a question's words that must be English for selection to run by default: chosen on the tune
     * split of the tool requests, in the gap between the English requests (0.80 and up) and the others (0.60 and
     * below) (docs/gateway.md).
     */
    public static final double DEFAULT_MIN_ENGLISH_SHARE = 0.7;

    /**
     * The best cosine under which a question is widened by default: chosen on the tune split of the tool
     * requests with cross-validation grouped by request (docs/gateway.md), for all-MiniLM-L6-v2.
     */
    public static final double DEFAULT_WIDEN_BELOW = 0.3;

    /** How many times {@code topK} a widened question keeps by default. */
    public static final int DEFAULT_WIDEN_FACTOR = 2;

    /**
     * Whether the embedder's shipped query adapter is used by default: chosen by cross-validation grouped by the
     * catalogue's domains, on every labelled tool request (docs/gateway.md, "Fourth round").
     */
    public static final boolean DEFAULT_QUERY_ADAPTER = true;

    private static final ToolSelection OFF = new ToolSelection(false, new Builder());

    private final boolean enabled;
    private final int topK;
    private final double minSimilarity;
    private final Set<String> alwaysKeep;
    private final Text text;
    private final double lexicalWeight;
    private final Clauses clauses;
    private final boolean languageGate;
    private final double minEnglishShare;
    private final double widenBelow;
    private final int widenTo;
    private final boolean queryAdapter;

    private ToolSelection(boolean enabled, Builder b) {
        this.enabled = enabled;
        this.topK = b.topK;
        this.minSimilarity = b.minSimilarity;
        this.alwaysKeep = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.alwaysKeep));
        this.text = b.text;
        this.lexicalWeight = b.lexicalWeight;
        this.clauses = b.clauses;
        this.languageGate = b.languageGate;
        this.minEnglishShare = b.minEnglishShare;
        this.widenBelow = b.widenBelow;
        this.widenTo = b.widenTo > 0 ? b.widenTo : DEFAULT_WIDEN_FACTOR * b.topK;
        this.queryAdapter = b.queryAdapter;
    }

    /** No selection: every request keeps all its tools (the default). */
    public static ToolSelection off() {
        return OFF;
    }

    /**
     * Selection keeping the {@code topK} most similar tools, without a similarity floor or always-kept tools.
     *
     * @throws IllegalArgumentException if topK is below 1
     */
    public static ToolSelection of(int topK) {
        return builder().topK(topK).build();
    }

    /** A builder of enabled selection with the defaults: top 10, no floor, nothing always kept. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether selection runs at all. */
    public boolean enabled() {
        return enabled;
    }

    /** How many tools chosen by similarity the model is sent at most (besides the ones never dropped). */
    public int topK() {
        return topK;
    }

    /** The cosine similarity a tool needs to be kept by similarity, in [-1, 1]; -1: no floor. */
    public double minSimilarity() {
        return minSimilarity;
    }

    /** Tool names never dropped (unmodifiable). */
    public Set<String> alwaysKeep() {
        return alwaysKeep;
    }

    /** Which parts of a tool are embedded. */
    public Text text() {
        return text;
    }

    /** How much the word overlap (BM25) adds to the cosine similarity when tools are ranked; 0: none. */
    public double lexicalWeight() {
        return lexicalWeight;
    }

    /** How a question with several clauses is scored. */
    public Clauses clauses() {
        return clauses;
    }

    /**
     * Whether selection stands down (keeps every tool) for a question that is not written in English, the
     * language the shipped embedder reads: on by default; off for an embedder that reads the requests' languages.
     */
    public boolean languageGate() {
        return languageGate;
    }

    /** The share of a question's words that must be English words for the language gate to let selection run. */
    public double minEnglishShare() {
        return minEnglishShare;
    }

    /**
     * The cosine the most similar tool must reach for the question to keep its {@code topK}: below it no tool is
     * similar enough to tell, and up to {@link #widenTo()} tools are kept; -1: never.
     */
    public double widenBelow() {
        return widenBelow;
    }

    /** How many tools chosen by similarity a widened question keeps at most; at least {@link #topK()}. */
    public int widenTo() {
        return widenTo;
    }

    /**
     * Whether the question's embedding goes through the embedder's {@link ToolQueryAdapter} before the tools are
     * ranked (default true); without an adapter for the embedder, the plain embedding is used either way.
     */
    public boolean queryAdapter() {
        return queryAdapter;
    }

    @Override
    public String toString() {
        return enabled ? "ToolSelection[topK=" + topK + ", minSimilarity=" + minSimilarity + ", alwaysKeep=" + alwaysKeep
                + ", text=" + text + ", lexicalWeight=" + lexicalWeight + ", clauses=" + clauses
                + (languageGate ? ", minEnglishShare=" + minEnglishShare : ", languageGate=off")
                + ", widenBelow=" + widenBelow + ", widenTo=" + widenTo + (queryAdapter ? "" : ", queryAdapter=off") + "]"
                : "ToolSelection[off]";
    }

    /** Builder of {@link ToolSelection}; every method checks its argument. Not thread-safe. */
    public static final class Builder {
        private int topK = DEFAULT_TOP_K;
        private double minSimilarity = -1;
        private final Set<String> alwaysKeep = new LinkedHashSet<>();
        private Text text = DEFAULT_TEXT;
        private double lexicalWeight = DEFAULT_LEXICAL_WEIGHT;
        private Clauses clauses = DEFAULT_CLAUSES;
        private boolean languageGate = true;
        private double minEnglishShare = DEFAULT_MIN_ENGLISH_SHARE;
        private double widenBelow = DEFAULT_WIDEN_BELOW;
        private int widenTo;
        private boolean queryAdapter = DEFAULT_QUERY_ADAPTER;

        private Builder() {
        }

        /**
         * How many tools chosen by similarity are kept (default {@link ToolSelection#DEFAULT_TOP_K}).
         *
         * @throws IllegalArgumentException if below 1
         */
        public Builder topK(int topK) {
            if (topK < 1) {
                throw new IllegalArgumentException("topK must be >= 1, was " + topK);
            }
            this.topK = topK;
            return this;
        }

        /**
         * The cosine similarity a tool needs to be kept by similarity (default -1: none).
         *
         * @throws IllegalArgumentException if not in [-1, 1] (NaN included)
         */
        public Builder minSimilarity(double similarity) {
            if (!(similarity >= -1 && similarity <= 1)) {
                throw new IllegalArgumentException("minSimilarity must be in [-1, 1], was " + similarity);
            }
            this.minSimilarity = similarity;
            return this;
        }

        /**
         * Tool names that are never dropped, added to those given before.
         *
         * @throws NullPointerException     if names or one of them is null
         * @throws IllegalArgumentException if a name is blank
         */
        public Builder alwaysKeep(Collection<String> names) {
            Objects.requireNonNull(names, "alwaysKeep names must not be null");
            for (String n : names) {
                Objects.requireNonNull(n, "alwaysKeep must not hold a null name");
                if (n.isBlank()) {
                    throw new IllegalArgumentException("alwaysKeep must not hold a blank name");
                }
                alwaysKeep.add(n);
            }
            return this;
        }

        /** Varargs form of {@link #alwaysKeep(Collection)}. */
        public Builder alwaysKeep(String... names) {
            return alwaysKeep(java.util.Arrays.asList(Objects.requireNonNull(names, "alwaysKeep names must not be null")));
        }

        /**
         * Which parts of a tool are embedded (default {@link ToolSelection#DEFAULT_TEXT}).
         *
         * @throws NullPointerException if text is null
         */
        public Builder text(Text text) {
            this.text = Objects.requireNonNull(text, "text must not be null");
            return this;
        }

        /**
         * How much the word overlap (BM25 of the question's words in the tool's text) adds to the cosine
         * similarity when the tools are ranked (default {@link ToolSelection#DEFAULT_LEXICAL_WEIGHT}; 0: the
         * similarity alone). The floor ({@link #minSimilarity}) applies to the similarity alone.
         *
         * @throws IllegalArgumentException if not in [0, 1]
         */
        public Builder lexicalWeight(double weight) {
            if (!(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException("lexicalWeight must be in [0, 1], was " + weight);
            }
            this.lexicalWeight = weight;
            return this;
        }

        /**
         * How a question with several clauses is scored (default {@link ToolSelection#DEFAULT_CLAUSES}).
         *
         * @throws NullPointerException if clauses is null
         */
        public Builder clauses(Clauses clauses) {
            this.clauses = Objects.requireNonNull(clauses, "clauses must not be null");
            return this;
        }

        /**
         * Whether selection stands down for a question not written in English (default true): every tool is
         * then kept and the outcome's flag is {@code language}. Turn it off for an embedder that reads the
         * languages of the requests (a multilingual model).
         */
        public Builder languageGate(boolean on) {
            this.languageGate = on;
            return this;
        }

        /**
         * The share of a question's words that must be English for selection to run (default
         * {@link ToolSelection#DEFAULT_MIN_ENGLISH_SHARE}); only read while the language gate is on.
         *
         * @throws IllegalArgumentException if not in [0, 1] (NaN included)
         */
        public Builder minEnglishShare(double share) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("minEnglishShare must be in [0, 1], was " + share);
            }
            this.minEnglishShare = share;
            return this;
        }

        /**
         * The cosine the most similar tool must reach for a question to keep only its top k (default
         * {@link ToolSelection#DEFAULT_WIDEN_BELOW}); below it up to {@link #widenTo} tools are kept. -1 never
         * widens.
         *
         * @throws IllegalArgumentException if not in [-1, 1] (NaN included)
         */
        public Builder widenBelow(double cosine) {
            if (!(cosine >= -1 && cosine <= 1)) {
                throw new IllegalArgumentException("widenBelow must be in [-1, 1], was " + cosine);
            }
            this.widenBelow = cosine;
            return this;
        }

        /**
         * Whether the question's embedding is moved by the embedder's shipped {@link ToolQueryAdapter} before the
         * tools are ranked (default {@link ToolSelection#DEFAULT_QUERY_ADAPTER}). It has no effect for an embedder
         * no adapter is trained for.
         */
        public Builder queryAdapter(boolean on) {
            this.queryAdapter = on;
            return this;
        }

        /**
         * How many tools chosen by similarity a widened question keeps at most (default
         * {@link ToolSelection#DEFAULT_WIDEN_FACTOR} times top k); must not be below top k ({@link #build()}
         * checks).
         *
         * @throws IllegalArgumentException if below 1
         */
        public Builder widenTo(int tools) {
            if (tools < 1) {
                throw new IllegalArgumentException("widenTo must be >= 1, was " + tools);
            }
            this.widenTo = tools;
            return this;
        }

        /**
         * The settings.
         *
         * @throws IllegalArgumentException if {@link #widenTo} was set below {@link #topK}
         */
        public ToolSelection build() {
            if (widenTo > 0 && widenTo < topK) {
                throw new IllegalArgumentException("widenTo must be >= topK (" + topK + "), was " + widenTo);
            }
            return new ToolSelection(true, this);
        }
    }
}
