package io.semanticrouter;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.FinishReason;
import io.semanticrouter.verify.QuestionTraits;
import io.semanticrouter.verify.SpellingNormalizer;

import java.util.List;

/**
 * Stage 5, cache read: decides whether the cache may be used at all (the bypass rules), looks in the request's
 * partition, lets {@link HitSelection} pick a verified entry and decodes it. A verified hit answers the request;
 * anything else (miss, refusal, back-end error, unreadable entry) lets it go on to the models. The outcome is
 * counted once per request.
 */
final class CacheReadStage implements RouterStage {

    private final CacheAccess cache;
    private final HitSelection selection;
    private final Embedder embedder;
    private final int contextWindow;
    private final boolean followUpContext;
    private final int verificationCandidates;
    private final boolean cacheTimeSensitive;
    private final CategoryCachePolicy categories;
    private final RouterStats stats;
    /** Corrects misspelt words in the text the cache embeds, or null when spelling correction is off. */
    private final SpellingNormalizer speller;
    /** Questions of at most this many words, after an earlier user turn, are looked up with that turn. */
    static final int FOLLOW_UP_WORDS = 12;
    /** How much of the answer before a follow-up goes into its embedding: its start says what it is about. */
    static final int ANSWER_CHARS = 300;

    CacheReadStage(CacheAccess cache, HitSelection selection, Embedder embedder, int contextWindow,
                   boolean followUpContext, int verificationCandidates, boolean cacheTimeSensitive,
                   CategoryCachePolicy categories, RouterStats stats, SpellingNormalizer speller) {
        this.cache = cache;
        this.selection = selection;
        this.embedder = embedder;
        this.contextWindow = contextWindow;
        this.followUpContext = followUpContext;
        this.verificationCandidates = verificationCandidates;
        this.cacheTimeSensitive = cacheTimeSensitive;
        this.categories = categories;
        this.stats = stats;
        this.speller = speller;
    }

    @Override
    public void apply(RequestState state) {
        String bypass = bypassReason(state);
        if (bypass != null) {
            state.cacheOutcome(new CacheOutcome(CacheOutcome.Status.BYPASS, Double.NaN, null, bypass, false), null);
        } else {
            RouteRequest request = state.request();
            String partition = state.conversation().partition(request.tenant(), contextWindow, state.parameters(),
                    state.decision().model());
            String text = speller == null ? state.query() : speller.normalize(state.query());
            if (!embedFollowUp(state, text) && !text.equals(state.query())) {
                embedCorrected(state, text);
            }
            String category = state.decision().category();
            HitSelection.Found found = request.cacheRead()
                    ? lookup(new CacheQuery(partition, state.query(), state.cacheEmbedding(),
                    selection.categoryThreshold(category)), category)
                    : new HitSelection.Found(new CacheOutcome(CacheOutcome.Status.MISS, Double.NaN, null,
                    "no-cache requested", false), null);
            state.cacheOutcome(found.outcome(), partition);
            if (found.entry() != null) {
                serve(state, found);
            }
        }
        stats.cacheOutcome(state.cacheOutcome());
    }

    /**
     * A short follow-up ("Is it safe for dogs?") says little on its own: two ways of asking it embed far apart.
     * Its cache embedding is that of the previous user turn, the start of the answer to it and the question
     * together (without the answer when the three do not fit the model's input). The partition already holds
     * those turns, so only questions asked after the same turns are compared, and the hit verifier still
     * compares the questions themselves. When the embedding fails, the query's own embedding is kept. When routing
     * already embedded the same text for a follow-up ({@link ConversationSignals#contextText()}), that embedding is
     * used instead of embedding it again. {@code query} is the question as the cache embeds it (spelling corrected
     * when that is on). Returns whether it set the cache embedding.
     */
    private boolean embedFollowUp(RequestState state, String query) {
        if (!followUpContext || moreWordsThan(query, FOLLOW_UP_WORDS)) {
            return false;
        }
        String previous = state.conversation().previousUserText(contextWindow);
        if (previous == null) {
            return false;
        }
        String answer = state.conversation().assistantTextBeforeQuery(contextWindow);
        List<String> texts = answer == null ? List.of(previous + "\n" + query)
                : List.of(previous + "\n" + lead(answer) + "\n" + query, previous + "\n" + query);
        try {
            ConversationSignals signals = state.conversationSignals();
            for (String text : texts) {
                Embedding e = signals.categoryFromContext() && text.equals(signals.contextText())
                        ? signals.contextEmbedding() : embedder.embed(text);
                if (!e.truncated()) {
                    state.cacheEmbedding(e);
                    return true;
                }
            }
        } catch (EmbeddingException e) {
            // keep the query's own embedding
        }
        return false;
    }

    /**
     * Whether splitting {@code text} at runs of regex whitespace ({@code \\s+}: space, tab, line feed, vertical
     * tab, form feed, carriage return) gives more than {@code words} parts, counted without splitting: the words,
     * plus the empty part before leading whitespace. (Splitting text made only of whitespace gives no part at all
     * where this counts one; for a comparison with a limit of at least one word the answer is the same.)
     */
    static boolean moreWordsThan(String text, int words) {
        int parts = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (i == 0 && space || !space && !inWord) {
                if (++parts > words) {
                    return true;
                }
            }
            inWord = !space;
        }
        return false;
    }

    /**
     * The cache embedding of a question whose spelling was corrected: the corrected text, so that the stored and
     * the new question are embedded after the same correction. One more embedding, only when a word was
     * corrected; when it fails or is truncated, the query's own embedding is kept.
     */
    private void embedCorrected(RequestState state, String corrected) {
        try {
            Embedding e = embedder.embed(corrected);
            if (!e.truncated()) {
                state.cacheEmbedding(e);
            }
        } catch (EmbeddingException e) {
            // keep the query's own embedding
        }
    }

    /** The first {@link #ANSWER_CHARS} characters of an answer, cut at a space. */
    static String lead(String answer) {
        if (answer.length() <= ANSWER_CHARS) {
            return answer;
        }
        int cut = answer.lastIndexOf(' ', ANSWER_CHARS);
        return answer.substring(0, cut > 0 ? cut : ANSWER_CHARS);
    }

    private HitSelection.Found lookup(CacheQuery query, String category) {
        List<CacheResult> found;
        try {
            found = cache.search(query, verificationCandidates);
        } catch (RuntimeException e) {
            return new HitSelection.Found(new CacheOutcome(CacheOutcome.Status.ERROR, Double.NaN, null,
                    "cache lookup failed: " + e, false), null);
        }
        return selection.select(found, query, category, cache.cache().similarityThreshold());
    }

    /** Answers the request with the entry, or records an error outcome when the stored answer is unreadable. */
    private void serve(RequestState state, HitSelection.Found found) {
        CacheEntry entry = found.entry();
        AiMessage message;
        try {
            message = StoredAnswer.decode(entry.response());
        } catch (CacheException e) {
            cache.failed("decode", e);
            state.cacheOutcome(new CacheOutcome(CacheOutcome.Status.ERROR, found.outcome().similarity(), null,
                    e.getMessage(), false), state.partition());
            return;
        }
        ChatResponse response = ChatResponse.builder()
                .aiMessage(message)
                .metadata(ChatResponseMetadata.builder().modelName(entry.model())
                        .finishReason(message.hasToolExecutionRequests() ? FinishReason.TOOL_EXECUTION : FinishReason.STOP)
                        .build())
                .build();
        state.setAnswer(response, entry.model(), RequestState.Source.CACHE);
    }

    /** Why this request may not use the cache, or {@code null} when it may. */
    private String bypassReason(RequestState state) {
        RouteRequest request = state.request();
        ConversationKey conversation = state.conversation();
        if (cache == null) {
            return "no cache configured";
        }
        if (state.answered()) {
            return "answered by a stage before the cache read";
        }
        if (state.embedding() == null) {
            return state.embeddingFailure();
        }
        if (state.embedding().truncated()) {
            return "prompt longer than the embedder window (" + embedder.maxTokens() + " tokens)";
        }
        if (conversation.uncacheableReason != null) {
            return conversation.uncacheableReason;
        }
        if (!request.cacheRead() && !request.cacheWrite()) {
            return "no-cache and no-store requested";
        }
        String category = state.decision().category();
        if (!categories.enabled(category)) {
            return "caching is off for category '" + category + "'";
        }
        if (!cacheTimeSensitive) {
            String word = QuestionTraits.timeSensitiveWord(conversation.query);
            if (word != null) {
                return "time-sensitive question ('" + word + "')";
            }
        }
        return null;
    }
}
