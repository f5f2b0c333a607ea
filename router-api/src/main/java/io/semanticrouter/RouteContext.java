package io.semanticrouter;

import dev.langchain4j.data.message.ChatMessage;

import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link ModelSelector} may look at for one request. The embedding is the router's single
 * embedding of {@link #query()}; selectors must not embed again.
 *
 * @param tenant    the caller's tenant scope ({@code ""} for the shared default scope)
 * @param messages  the whole conversation, unmodifiable
 * @param query     the text of the last user message
 * @param embedding the embedding of {@code query}
 */
public record RouteContext(String tenant, List<ChatMessage> messages, String query, Embedding embedding) {
    public RouteContext {
        Objects.requireNonNull(tenant, "tenant");
        messages = List.copyOf(messages);
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(embedding, "embedding");
    }
}
