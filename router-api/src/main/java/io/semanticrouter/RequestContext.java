package io.semanticrouter;

import dev.langchain4j.data.message.ChatMessage;

import java.util.List;
import java.util.Objects;

/**
 * What the router knows about one request once it has read and embedded it: the context every
 * {@link RequestGuard} and {@link ModelSelector} looks at. The embedding is the router's single embedding of
 * {@link #query()}; guards and selectors must not embed again.
 *
 * @param tenant    the caller's tenant scope ({@code ""} for the shared scope)
 * @param messages  the whole conversation, unmodifiable
 * @param query     the text of the last user message
 * @param embedding the embedding of {@code query}; {@code null} only for guards, when embedding failed (a
 *                  selector is never called without one)
 * @param conversation what the router read from the earlier turns (follow-up, re-ask); {@link ConversationSignals#NONE}
 *                  when it read nothing (guards run before it does)
 */
public record RequestContext(String tenant, List<ChatMessage> messages, String query, Embedding embedding,
                             ConversationSignals conversation) {
    /**
     * @throws NullPointerException if tenant, messages, query, a message or conversation is null
     */
    public RequestContext {
        Objects.requireNonNull(tenant, "tenant");
        messages = List.copyOf(messages);
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(conversation, "conversation");
    }

    /** A context without conversation signals. */
    public RequestContext(String tenant, List<ChatMessage> messages, String query, Embedding embedding) {
        this(tenant, messages, query, embedding, ConversationSignals.NONE);
    }

    /**
     * The text a category classifier should read: the earlier user turn(s) and the query when the query is a
     * follow-up and the router embedded them together ({@link ConversationSignals#categoryFromContext()}), the
     * query otherwise.
     */
    public String categoryText() {
        return conversation.categoryFromContext() ? conversation.contextText() : query;
    }

    /** The embedding that goes with {@link #categoryText()}. */
    public Embedding categoryEmbedding() {
        return conversation.categoryFromContext() ? conversation.contextEmbedding() : embedding;
    }
}
