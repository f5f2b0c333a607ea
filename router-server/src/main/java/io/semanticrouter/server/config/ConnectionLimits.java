package io.semanticrouter.server.config;

import java.time.Duration;
import java.util.Objects;

/**
 * What the gateway's HTTP server allows one connection: how long it may take to send a request's head and body,
 * how long a kept-alive connection may sit idle, how many connections may be open, how large the head may be, and
 * how many unsent bytes a stream may queue for a client that reads slowly. Built with {@link #builder()}; every
 * setter checks its argument at once. The YAML keys under {@code server:} call the same setters.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConnectionLimits {

    /** Default {@link Builder#headerTimeout}: 10 s. */
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    /** Default {@link Builder#bodyTimeout}: 30 s. */
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(30);
    /** Default {@link Builder#idleTimeout}: 60 s. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** Default {@link Builder#maxConnections}. */
    public static final int DEFAULT_MAX_CONNECTIONS = 1024;
    /** Default {@link Builder#maxHeaderBytes}: 16 KiB. */
    public static final int DEFAULT_MAX_HEADER_BYTES = 16 * 1024;
    /** Default {@link Builder#maxHeaders}. */
    public static final int DEFAULT_MAX_HEADERS = 100;
    /** Default {@link Builder#streamBufferBytes}: 64 KiB. */
    public static final int DEFAULT_STREAM_BUFFER_BYTES = 64 * 1024;

    private static final ConnectionLimits DEFAULTS = builder().build();

    private final Duration headerTimeout;
    private final Duration bodyTimeout;
    private final Duration idleTimeout;
    private final int maxConnections;
    private final int maxHeaderBytes;
    private final int maxHeaders;
    private final int streamBufferBytes;

    private ConnectionLimits(Builder b) {
        this.headerTimeout = b.headerTimeout;
        this.bodyTimeout = b.bodyTimeout;
        this.idleTimeout = b.idleTimeout;
        this.maxConnections = b.maxConnections;
        this.maxHeaderBytes = b.maxHeaderBytes;
        this.maxHeaders = b.maxHeaders;
        this.streamBufferBytes = b.streamBufferBytes;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every default. */
    public static ConnectionLimits defaults() {
        return DEFAULTS;
    }

    /** The time from a request's first byte to the end of its head (request line and headers). */
    public Duration headerTimeout() {
        return headerTimeout;
    }

    /** The time from the end of a request's head to the end of its body. */
    public Duration bodyTimeout() {
        return bodyTimeout;
    }

    /** How long an open connection may wait for the first byte of its next request. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** The most connections open at once; further ones get 503 and are closed. */
    public int maxConnections() {
        return maxConnections;
    }

    /** The largest request head (request line plus headers) in bytes; a larger one gets 431. */
    public int maxHeaderBytes() {
        return maxHeaderBytes;
    }

    /** The most header fields a request may carry; more get 431. */
    public int maxHeaders() {
        return maxHeaders;
    }

    /** How many bytes of a stream may wait unsent for a slow client before the gateway stops producing. */
    public int streamBufferBytes() {
        return streamBufferBytes;
    }

    @Override
    public String toString() {
        return "ConnectionLimits[headerTimeout=" + headerTimeout + ", bodyTimeout=" + bodyTimeout + ", idleTimeout="
                + idleTimeout + ", maxConnections=" + maxConnections + ", maxHeaderBytes=" + maxHeaderBytes
                + ", maxHeaders=" + maxHeaders + ", streamBufferBytes=" + streamBufferBytes + "]";
    }

    /** Collects the limits; each setter throws at once on a value out of range, naming it. Not thread-safe. */
    public static final class Builder {
        private Duration headerTimeout = DEFAULT_HEADER_TIMEOUT;
        private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private int maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES;
        private int maxHeaders = DEFAULT_MAX_HEADERS;
        private int streamBufferBytes = DEFAULT_STREAM_BUFFER_BYTES;

        private Builder() {
        }

        /**
         * The time a client has, from the first byte of a request, to send its whole head ({@code
         * server.header_timeout_seconds}). A client past it gets 408 and is disconnected, so that slowly trickled
         * headers cannot keep a connection forever.
         *
         * @throws IllegalArgumentException if not between 1 s and 1 hour
         */
        public Builder headerTimeout(Duration timeout) {
            this.headerTimeout = within("headerTimeout", timeout);
            return this;
        }

        /**
         * The time a client has, from the end of a request's head, to send its body ({@code
         * server.body_timeout_seconds}); past it, 408 and disconnect.
         *
         * @throws IllegalArgumentException if not between 1 s and 1 hour
         */
        public Builder bodyTimeout(Duration timeout) {
            this.bodyTimeout = within("bodyTimeout", timeout);
            return this;
        }

        /**
         * How long a connection may stay open between requests, or before its first one, without sending a byte
         * ({@code server.idle_timeout_seconds}); then it is closed. A request being answered is never idle.
         *
         * @throws IllegalArgumentException if not between 1 s and 1 hour
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = within("idleTimeout", timeout);
            return this;
        }

        /**
         * The most connections open at once ({@code server.max_connections}); one more gets a 503 and is closed.
         *
         * @throws IllegalArgumentException if not between 1 and 1,000,000
         */
        public Builder maxConnections(int max) {
            this.maxConnections = range("maxConnections", max, 1, 1_000_000);
            return this;
        }

        /**
         * The largest request head in bytes, request line included ({@code server.max_header_bytes}); a larger
         * one gets 431.
         *
         * @throws IllegalArgumentException if not between 1 KiB and 1 MiB
         */
        public Builder maxHeaderBytes(int max) {
            this.maxHeaderBytes = range("maxHeaderBytes", max, 1024, 1 << 20);
            return this;
        }

        /**
         * The most header fields one request may carry ({@code server.max_headers}); more get 431.
         *
         * @throws IllegalArgumentException if not between 8 and 10,000
         */
        public Builder maxHeaders(int max) {
            this.maxHeaders = range("maxHeaders", max, 8, 10_000);
            return this;
        }

        /**
         * How many bytes of a server-sent event stream may wait unsent for one client ({@code
         * server.stream_buffer_bytes}), and how many chars of model output may queue behind them. Past the first
         * the gateway waits for the client to read; past the second, or past the request's deadline, it drops the
         * connection and cancels the model's stream: a client that stops reading holds about twice this much
         * memory, and one thread for at most the request timeout.
         *
         * @throws IllegalArgumentException if not between 4 KiB and 16 MiB
         */
        public Builder streamBufferBytes(int bytes) {
            this.streamBufferBytes = range("streamBufferBytes", bytes, 4096, 16 << 20);
            return this;
        }

        /** The limits. */
        public ConnectionLimits build() {
            return new ConnectionLimits(this);
        }

        private static Duration within(String name, Duration d) {
            Objects.requireNonNull(d, name + " must not be null");
            if (d.compareTo(Duration.ofSeconds(1)) < 0 || d.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException(name + " must be between 1 s and 1 hour, was " + d.toMillis() + " ms");
            }
            return d;
        }

        private static int range(String name, int v, int min, int max) {
            if (v < min || v > max) {
                throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + v);
            }
            return v;
        }
    }
}
