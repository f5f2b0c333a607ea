package io.semanticrouter;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the conversation signals of a request ({@link ConversationSignals}) from its earlier user turns.
 * Assistant, system and tool messages are not context: only what the user said counts.
 * <ul>
 *   <li><b>Follow-up</b>: when the {@link FollowUpDetector} finds that the query leans on earlier turns and there
 *       is an earlier user turn, the category is decided from that turn and the query together: the text
 *       {@code previous + "\n" + query} is embedded, <em>once</em> (when the previous turn is itself a follow-up,
 *       the turn before it is put in front, up to {@link Builder#contextTurns} turns). The cache read uses the same
 *       embedding for its follow-up lookup instead of making its own. A context longer than the embedder's window
 *       is not used (truncation would cut the query off).</li>
 *   <li><b>Re-ask</b>: the query is compared with each of the last {@link Builder#reaskTurns} user turns (by
 *       cosine of their embeddings); the nearest at or above {@link Builder#reaskThreshold} makes it a re-ask.
 *       Each earlier turn is embedded by text; those turns were the queries of earlier requests, so an embedder
 *       with a text cache (the ONNX embedder's default) answers them without running the model. Messages of fewer
 *       than {@value #REASK_MIN_WORDS} words ("thanks", "ok") are never re-asks.</li>
 * </ul>
 * Only the last few user turns are read, however long the history. Immutable and thread-safe.
 */
public final class ConversationAnalyzer {

    /** Messages with fewer words are never re-asks. */
    public static final int REASK_MIN_WORDS = 3;

    private static final ConversationAnalyzer OFF = builder().detector(null).reaskTurns(0).build();

    private final FollowUpDetector detector;
    private final int contextTurns;
    private final double reaskThreshold;
    private final int reaskTurns;

    private ConversationAnalyzer(Builder b) {
        this.detector = b.detector;
        this.contextTurns = b.contextTurns;
        this.reaskThreshold = b.reaskThreshold;
        this.reaskTurns = b.reaskTurns;
    }

    /** The analyzer with its default settings (see {@link Builder}). */
    public static ConversationAnalyzer defaults() {
        return builder().build();
    }

    /** An analyzer that reads nothing: every request gets {@link ConversationSignals#NONE}. */
    public static ConversationAnalyzer off() {
        return OFF;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The cosine similarity to an earlier user turn that makes the query a re-ask. */
    public double reaskThreshold() {
        return reaskThreshold;
    }

    /** Whether this analyzer can find a re-ask: false when it compares no earlier turn ({@code reaskTurns(0)}, off). */
    public boolean findsReasks() {
        return reaskTurns > 0;
    }

    /** Whether this analyzer can find anything at all. */
    boolean active() {
        return detector != null || reaskTurns > 0;
    }

    /**
     * The signals of a conversation whose last user message is the query.
     *
     * @param messages       the conversation; messages after the last user message are ignored
     * @param queryEmbedding the embedding of the query, or {@code null} (then there is no re-ask check and no
     *                       context embedding, but a follow-up is still reported)
     * @param embedder       embeds the context and the earlier turns
     * @throws NullPointerException     if messages, one of them or embedder is null
     * @throws IllegalArgumentException if there is no user message with text
     */
    public ConversationSignals read(List<ChatMessage> messages, Embedding queryEmbedding, Embedder embedder) {
        Objects.requireNonNull(messages, "messages must not be null");
        Objects.requireNonNull(embedder, "embedder must not be null");
        int last = lastUser(messages, messages.size());
        if (last < 0) {
            throw new IllegalArgumentException("no user message with text among " + messages.size() + " message(s)");
        }
        String query = ConversationKey.textOf((UserMessage) messages.get(last));
        List<String> earlier = earlierUserTexts(messages, last, Math.max(contextTurns, reaskTurns));
        if (earlier.isEmpty()) {
            return ConversationSignals.NONE;
        }
        String cue = detector == null ? null : detector.cue(query);
        String contextText = null;
        Embedding context = null;
        if (cue != null) {
            contextText = contextText(earlier, query);
            context = embedContext(contextText, embedder);
        }
        double best = Double.NaN;
        int turnsAgo = 0;
        if (queryEmbedding != null && reaskTurns > 0 && FollowUpDetector.words(query).size() >= REASK_MIN_WORDS) {
            for (int i = 0; i < Math.min(reaskTurns, earlier.size()); i++) {
                double s = similarity(queryEmbedding, earlier.get(i), embedder);
                if (Double.isNaN(s)) {
                    break;
                }
                if (Double.isNaN(best) || s > best) {
                    best = s;
                    turnsAgo = s >= reaskThreshold ? i + 1 : turnsAgo;
                }
            }
        }
        return new ConversationSignals(cue, contextText, context, best, turnsAgo);
    }

    /** The earlier turns the context needs (the previous, and older ones while each is itself a follow-up), then the query. */
    private String contextText(List<String> earlier, String query) {
        int used = 1;
        while (used < Math.min(contextTurns, earlier.size()) && detector.cue(earlier.get(used - 1)) != null) {
            used++;
        }
        StringBuilder text = new StringBuilder();
        for (int i = used - 1; i >= 0; i--) {
            text.append(earlier.get(i)).append('\n');
        }
        return text.append(query).toString();
    }

    private static Embedding embedContext(String text, Embedder embedder) {
        try {
            Embedding e = embedder.embed(text);
            return e.truncated() ? null : e;
        } catch (EmbeddingException e) {
            return null;
        }
    }

    private static double similarity(Embedding query, String turn, Embedder embedder) {
        try {
            Embedding e = embedder.embed(turn);
            return e.dimension() == query.dimension() ? query.cosine(e) : Double.NaN;
        } catch (EmbeddingException e) {
            return Double.NaN;
        }
    }

    /** Index of the last user message with text before {@code end}, or -1. */
    private static int lastUser(List<ChatMessage> messages, int end) {
        for (int i = end - 1; i >= 0; i--) {
            ChatMessage m = Objects.requireNonNull(messages.get(i), "messages[" + i + "] must not be null");
            if (m instanceof UserMessage u && !ConversationKey.textOf(u).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Up to {@code max} user texts before index {@code query}, the most recent first. */
    private static List<String> earlierUserTexts(List<ChatMessage> messages, int query, int max) {
        List<String> texts = new ArrayList<>();
        int i = query;
        while (texts.size() < max && (i = lastUser(messages, i)) >= 0) {
            texts.add(ConversationKey.textOf((UserMessage) messages.get(i)));
        }
        return texts;
    }

    @Override
    public String toString() {
        return "ConversationAnalyzer[detector=" + detector + ", contextTurns=" + contextTurns + ", reaskThreshold="
                + reaskThreshold + ", reaskTurns=" + reaskTurns + "]";
    }

    /** Builder of {@link ConversationAnalyzer}; every setting is checked at once. */
    public static final class Builder {
        private FollowUpDetector detector = FollowUpDetector.defaults();
        private int contextTurns = 2;
        private double reaskThreshold = 0.75;
        private int reaskTurns = 3;

        private Builder() {
        }

        /** The follow-up detector, or {@code null} to never decide the category from earlier turns. */
        public Builder detector(FollowUpDetector detector) {
            this.detector = detector;
            return this;
        }

        /**
         * How many earlier user turns a follow-up's context may hold, in [1, 3]. Default 2.
         *
         * @throws IllegalArgumentException if outside [1, 3]
         */
        public Builder contextTurns(int turns) {
            if (turns < 1 || turns > 3) {
                throw new IllegalArgumentException("contextTurns must be in [1, 3], was " + turns);
            }
            this.contextTurns = turns;
            return this;
        }

        /**
         * The cosine similarity to an earlier user turn that makes the query a re-ask, in (0, 1]. Default 0.75,
         * chosen on the tune half of {@code conversation-routing.jsonl} with all-MiniLM-L6-v2 (every threshold from
         * 0.68 to 0.78 found all ten re-asks there without a false one; the upper side, because a false re-ask sends
         * a turn to a costlier model). Another embedder needs its own threshold.
         *
         * @throws IllegalArgumentException if outside (0, 1]
         */
        public Builder reaskThreshold(double threshold) {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("reaskThreshold must be in (0, 1], was " + threshold);
            }
            this.reaskThreshold = threshold;
            return this;
        }

        /**
         * How many earlier user turns are compared with the query, in [0, 3]; 0 turns the re-ask signal off.
         * Default 3.
         *
         * @throws IllegalArgumentException if outside [0, 3]
         */
        public Builder reaskTurns(int turns) {
            if (turns < 0 || turns > 3) {
                throw new IllegalArgumentException("reaskTurns must be in [0, 3], was " + turns);
            }
            this.reaskTurns = turns;
            return this;
        }

        /** The analyzer. */
        public ConversationAnalyzer build() {
            return new ConversationAnalyzer(this);
        }
    }
}
