package io.semanticrouter;

import dev.langchain4j.data.message.ChatMessage;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link RequestGuard} may look at.
 *
 * @param tenant    the caller's tenant scope ({@code ""} for the shared scope)
 * @param messages  the whole conversation, unmodifiable
 * @param query     the text of the last user message
 * @param embedding the router's embedding of {@code query}, or {@code null} when embedding failed
 */
public record GuardContext(String tenant, List<ChatMessage> messages, String query, Embedding embedding) {
    public GuardContext {
        Objects.requireNonNull(tenant, "tenant");
        messages = List.copyOf(messages);
        Objects.requireNonNull(query, "query");
    }
}
