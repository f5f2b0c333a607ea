package io.semanticrouter.spring.boot;

import io.semanticrouter.SemanticRouterBuilder;
import io.semanticrouter.spring.ai.SpringAiChatModelAdapter;
import io.semanticrouter.spring.ai.SpringAiStreamingChatModelAdapter;
import org.springframework.ai.chat.model.ChatModel;

/**
 * Spring AI chat model beans as routed models. Loaded only when router-spring-ai (and so Spring AI) is on the
 * class path, so that the starter runs without them.
 */
final class SpringAiModels {

    private SpringAiModels() {
    }

    static boolean isSpringAiModel(Object bean) {
        return bean instanceof ChatModel;
    }

    /** Registers a Spring AI model for blocking and streamed requests (every Spring AI ChatModel streams); returns the blocking face. */
    static dev.langchain4j.model.chat.ChatModel register(SemanticRouterBuilder b, String name, Object bean) {
        ChatModel model = (ChatModel) bean;
        SpringAiChatModelAdapter chat = new SpringAiChatModelAdapter(model);
        b.model(name, chat).streamingModel(name, new SpringAiStreamingChatModelAdapter(model));
        return chat;
    }
}
