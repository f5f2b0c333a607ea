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
 */
public record RequestContext(String tenant, List<ChatMessage> messages, String query, Embedding embedding) {
    /**
     * @throws NullPointerException if tenant, messages, query or a message is null
     */
    public RequestContext {
        Objects.requireNonNull(tenant, "tenant");
        messages = List.copyOf(messages);
        Objects.requireNonNull(query, "query");
    }
}
