package io.semanticrouter.spring.boot;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;

import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in LangChain4j model for tests: "[name] answer to: question", counting its calls. */
final class StandInChatModel implements ChatModel {

    final String name;
    final AtomicInteger calls = new AtomicInteger();

    StandInChatModel(String name) {
        this.name = name;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        calls.incrementAndGet();
        String question = ((UserMessage) request.messages().get(request.messages().size() - 1)).singleText();
        return ChatResponse.builder().aiMessage(AiMessage.from("[" + name + "] answer to: " + question))
                .finishReason(FinishReason.STOP).build();
    }
}
