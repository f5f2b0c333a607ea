package io.semanticrouter.server;

import dev.langchain4j.model.chat.response.ChatResponse;

import java.io.IOException;

/**
 * How one wire protocol writes a streamed answer as server-sent events: OpenAI's chunks ({@link OpenAiStream}) or
 * Anthropic's typed events ({@link AnthropicStream}). The gateway's stream loop decides when (route known, text
 * arrived, answer complete, failure) and ends the response afterwards; a format only writes events. One instance
 * serves one stream, from one thread at a time.
 */
interface StreamFormat {

    /** The first events, once the route is known and the headers are out. */
    void start(Reply.EventStream out, String model) throws IOException;

    /** A piece of the answer's text. */
    void text(Reply.EventStream out, String text) throws IOException;

    /** The end of a whole answer: its tool calls, finish reason and usage, and the protocol's end marker. */
    void finish(Reply.EventStream out, ChatResponse response) throws IOException;

    /** An error after the headers went out: the last event of the stream. */
    void error(Reply.EventStream out, ApiError error) throws IOException;
}
