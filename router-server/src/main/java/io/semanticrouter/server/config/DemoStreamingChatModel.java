package io.semanticrouter.server.config;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

import java.time.Duration;

/**
 * The streaming side of a {@code type: demo} model: the same answer as {@link DemoChatModel}, delivered word
 * by word on the caller's thread (after the simulated latency), then completed.
 */
final class DemoStreamingChatModel implements StreamingChatModel {

    private final String name;
    private final Duration latency;

    DemoStreamingChatModel(String name, Duration latency) {
        this.name = name;
        this.latency = latency;
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        ChatResponse response;
        try {
            DemoChatModel.pause(latency);
            response = DemoChatModel.answer(name, request);
        } catch (RuntimeException e) {
            handler.onError(e);
            return;
        }
        String text = response.aiMessage().text();
        int start = 0;
        while (start < text.length()) {
            int space = text.indexOf(' ', start);
            int end = space < 0 ? text.length() : space + 1;
            handler.onPartialResponse(text.substring(start, end));
            start = end;
        }
        handler.onCompleteResponse(response);
    }

    @Override
    public String toString() {
        return "DemoStreamingChatModel[" + name + "]";
    }
}
