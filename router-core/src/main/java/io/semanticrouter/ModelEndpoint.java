package io.semanticrouter;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A registered model name and what answers under it: a {@link ChatModel}, a {@link StreamingChatModel}, or both.
 * Blocking requests prefer the chat model and streamed requests the streaming model; each kind stands in for the
 * missing other (a streaming model is waited for and its stream assembled; a chat model's whole answer becomes
 * one chunk).
 */
final class ModelEndpoint {

    final String name;
    final ChatModel chat;
    final StreamingChatModel streaming;

    ModelEndpoint(String name, ChatModel chat, StreamingChatModel streaming) {
        if (chat == null && streaming == null) {
            throw new IllegalArgumentException("model '" + name + "' has neither a chat nor a streaming model");
        }
        this.name = name;
        this.chat = chat;
        this.streaming = streaming;
    }

    /**
     * Answers {@code request} and waits for the whole answer. A streaming-only model is called in streaming
     * mode and its stream assembled; a failure it reports, before or after partial text, is thrown here.
     *
     * @throws IllegalStateException if the model returned no message
     * @throws RuntimeException      whatever the model threw or reported
     */
    ChatResponse call(ChatRequest request) {
        if (chat != null) {
            ChatResponse response = chat.chat(request);
            if (response == null || response.aiMessage() == null) {
                throw new IllegalStateException("model '" + name + "' returned no message");
            }
            return response;
        }
        Collector collector = new Collector();
        streaming.chat(request, collector);
        return collector.await();
    }

    /**
     * The answer of a stream that completed normally. When text was streamed it is the answer's text (what the
     * consumer saw is what gets stored); the model's final message still supplies tool calls, thinking and
     * metadata.
     *
     * A stream that completed without a finish reason is given {@link FinishReason#OTHER}, so it is never stored.
     *
     * @throws IllegalStateException if the model completed without a response, or without a message and text
     */
    static ChatResponse assemble(String name, ChatResponse upstream, String streamed) {
        if (upstream == null) {
            throw new IllegalStateException("model '" + name + "' completed its stream without a response");
        }
        if (upstream.finishReason() == null) {
            // a stream whose connection closed cleanly mid-answer completes without a finish reason: nothing says
            // the answer is whole, so it is marked OTHER, which the store rules refuse
            upstream = ChatResponse.builder().aiMessage(upstream.aiMessage())
                    .metadata(upstream.metadata().toBuilder().finishReason(FinishReason.OTHER).build()).build();
        }
        AiMessage message = upstream.aiMessage();
        if (streamed.isEmpty()) {
            if (message == null) {
                throw new IllegalStateException("model '" + name + "' returned no message");
            }
            return upstream;
        }
        AiMessage text = message == null ? AiMessage.from(streamed) : message.withText(streamed);
        return upstream.toBuilder().aiMessage(text).build();
    }

    @Override
    public String toString() {
        return name + (chat != null ? " [chat]" : "") + (streaming != null ? " [streaming]" : "");
    }

    /** Collects one stream for a blocking caller. */
    private final class Collector implements StreamingChatResponseHandler {
        private final StringBuilder text = new StringBuilder();
        private final CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        private volatile StreamingHandle upstream;

        @Override
        public void onPartialResponse(String partial) {
            append(partial);
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            if (context != null) {
                upstream = context.streamingHandle();
            }
            append(partial == null ? null : partial.text());
        }

        private void append(String partial) {
            if (partial != null) {
                synchronized (text) {
                    text.append(partial);
                }
            }
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            String streamed;
            synchronized (text) {
                streamed = text.toString();
            }
            try {
                done.complete(assemble(name, response, streamed));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }

        @Override
        public void onError(Throwable error) {
            done.completeExceptionally(error == null
                    ? new IllegalStateException("model '" + name + "' reported an error without a cause") : error);
        }

        ChatResponse await() {
            try {
                return done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                StreamingHandle h = upstream;
                if (h != null) {
                    h.cancel();
                }
                throw new SemanticRouterException("interrupted while waiting for model '" + name + "'", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new SemanticRouterException("model '" + name + "' failed: " + cause, cause);
            }
        }
    }
}
