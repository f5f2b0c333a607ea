package io.semanticrouter;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ChatRequestParameters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One request to the router: the conversation plus who asks and how the cache may be used.
 * Immutable; derive variants with {@link #newBuilder()}.
 *
 * <p>The messages are validated by the router, not here, so that a bad request is reported through one
 * path ({@link InvalidRequestException}) whichever way it was built.
 */
public final class RouteRequest {

    private final List<ChatMessage> messages;
    private final String tenant;
    private final ChatRequestParameters parameters;
    private final boolean cacheRead;
    private final boolean cacheWrite;
    private final Duration cacheTtl;

    private RouteRequest(Builder b) {
        this.messages = b.messages == null ? null : Collections.unmodifiableList(new ArrayList<>(b.messages));
        this.tenant = b.tenant;
        this.parameters = b.parameters;
        this.cacheRead = b.cacheRead;
        this.cacheWrite = b.cacheWrite;
        this.cacheTtl = b.cacheTtl;
    }

    /** A request for {@code messages} in the default tenant scope, cache fully enabled. */
    public static RouteRequest of(List<ChatMessage> messages) {
        return builder().messages(messages).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder newBuilder() {
        Builder b = new Builder();
        b.messages = messages;
        b.tenant = tenant;
        b.parameters = parameters;
        b.cacheRead = cacheRead;
        b.cacheWrite = cacheWrite;
        b.cacheTtl = cacheTtl;
        return b;
    }

    /** The conversation, oldest first (may be null or malformed; the router validates it). */
    public List<ChatMessage> messages() {
        return messages;
    }

    /** The tenant scope; cache entries never cross tenants. {@code ""} is the shared default scope. */
    public String tenant() {
        return tenant;
    }

    /** Model parameters to pass on (temperature, tools, response format...), or {@code null}. */
    public ChatRequestParameters parameters() {
        return parameters;
    }

    /** Whether a cached answer may be served ({@code false} for a {@code no-cache} request). */
    public boolean cacheRead() {
        return cacheRead;
    }

    /** Whether the answer may be stored ({@code false} for a {@code no-store} request). */
    public boolean cacheWrite() {
        return cacheWrite;
    }

    /** Time to live for the stored answer, or {@code null} for the cache's default. */
    public Duration cacheTtl() {
        return cacheTtl;
    }

    /** Builder of {@link RouteRequest}. */
    public static final class Builder {
        private List<ChatMessage> messages;
        private String tenant = "";
        private ChatRequestParameters parameters;
        private boolean cacheRead = true;
        private boolean cacheWrite = true;
        private Duration cacheTtl;

        private Builder() {
        }

        /** The conversation, oldest first. Validated by the router. */
        public Builder messages(List<ChatMessage> messages) {
            this.messages = messages;
            return this;
        }

        /** The conversation, oldest first. Validated by the router. */
        public Builder messages(ChatMessage... messages) {
            this.messages = messages == null ? null : java.util.Arrays.asList(messages);
            return this;
        }

        /**
         * The tenant scope. Cache entries of one tenant are never served to another.
         *
         * @throws NullPointerException if tenant is null (use {@code ""} for the shared scope)
         */
        public Builder tenant(String tenant) {
            this.tenant = Objects.requireNonNull(tenant, "tenant must not be null; use \"\" for the shared scope");
            return this;
        }

        /** Parameters passed on to the chosen model; they also partition the cache. */
        public Builder parameters(ChatRequestParameters parameters) {
            this.parameters = parameters;
            return this;
        }

        /** Do not serve a cached answer for this request (it may still be stored). */
        public Builder noCache() {
            this.cacheRead = false;
            return this;
        }

        /** Do not store the answer to this request. */
        public Builder noStore() {
            this.cacheWrite = false;
            return this;
        }

        /**
         * Time to live of the stored answer, overriding the cache default.
         *
         * @throws IllegalArgumentException if ttl is zero or negative
         */
        public Builder cacheTtl(Duration ttl) {
            if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
                throw new IllegalArgumentException("cacheTtl must be positive, was " + ttl);
            }
            this.cacheTtl = ttl;
            return this;
        }

        public RouteRequest build() {
            return new RouteRequest(this);
        }
    }
}
