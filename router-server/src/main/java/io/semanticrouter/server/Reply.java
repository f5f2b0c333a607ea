package io.semanticrouter.server;

import java.io.IOException;

/**
 * The answer side of one request, given by the transport to the handling code. Exactly one of
 * {@link #send} or {@link #stream} is called once per request. Headers are set before either.
 */
interface Reply {

    /** Sets a response header (replacing an earlier value of the same name). */
    void header(String name, String value);

    /** Sends a whole response with a body and its {@code Content-Type}. */
    void send(int status, String contentType, byte[] body);

    /**
     * Starts a {@code 200 text/event-stream} response whose events follow.
     *
     * @param deadlineNanos a {@link System#nanoTime()} instant past which a write that waits for a slow client
     *                      gives up and drops the connection
     */
    EventStream stream(long deadlineNanos);

    /** Drops the connection at once (a stream whose client does not keep up); safe from any thread. */
    void abort();

    /** The status sent, or 0 when nothing was sent (for metrics). */
    int status();

    /** Server-sent events of one response, written with backpressure. */
    interface EventStream {

        /**
         * Queues one event's bytes. Waits while the client's unsent bytes exceed {@code server.stream_buffer_bytes},
         * at most until the stream's deadline.
         *
         * @throws IOException when the client went away, or did not read before the deadline (the connection is
         *                     then closed)
         */
        void write(byte[] event) throws IOException;

        /** Ends the response (the connection stays open for the next request unless it was to be closed). */
        void end();
    }
}
