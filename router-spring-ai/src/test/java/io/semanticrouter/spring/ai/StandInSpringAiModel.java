package io.semanticrouter.spring.ai;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.publisher.Flux;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small Spring AI model for tests: answers "[name] answer to: question" with a chosen finish reason, streams
 * the same answer word by word, and records every prompt it gets.
 */
final class StandInSpringAiModel implements ChatModel {

    final String name;
    final List<Prompt> prompts = new CopyOnWriteArrayList<>();
    volatile String finishReason = "STOP";
    volatile RuntimeException failure;

    StandInSpringAiModel(String name) {
        this.name = name;
    }

    String answer(Prompt p) {
        return "[" + name + "] answer to: " + p.getUserMessage().getText();
    }

    @Override
    public ChatResponse call(Prompt prompt) {
        prompts.add(prompt);
        if (failure != null) {
            throw failure;
        }
        return new ChatResponse(List.of(new Generation(AssistantMessage.builder().content(answer(prompt)).build(),
                ChatGenerationMetadata.builder().finishReason(finishReason).build())),
                ChatResponseMetadata.builder().id("id-1").model(name + "-upstream").usage(new DefaultUsage(7, 5)).build());
    }

    @Override
    public Flux<ChatResponse> stream(Prompt prompt) {
        prompts.add(prompt);
        if (failure != null) {
            return Flux.error(failure);
        }
        String[] words = answer(prompt).split("(?<= )");
        Flux<ChatResponse> chunks = Flux.fromArray(words).map(w ->
                new ChatResponse(List.of(new Generation(AssistantMessage.builder().content(w).build()))));
        ChatResponse last = new ChatResponse(List.of(new Generation(AssistantMessage.builder().content("").build(),
                ChatGenerationMetadata.builder().finishReason(finishReason).build())),
                ChatResponseMetadata.builder().model(name + "-upstream").usage(new DefaultUsage(7, words.length)).build());
        return chunks.concatWith(Flux.just(last));
    }
}
