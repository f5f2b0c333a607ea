package io.semanticrouter.examples.ask;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.semanticrouter.demo.DemoChatModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two LangChain4j {@link ChatModel} beans that {@code semantic-router.models} names: {@code smallModel} and
 * {@code strongModel}. The starter wraps them in the router; they stay injectable by name.
 */
@Configuration(proxyBeanMethods = false)
public class AskModels {

    /** Created by Spring. */
    public AskModels() {
    }

    /**
     * The cheap model that answers whatever routing sends nowhere else.
     *
     * @param props where the models come from
     * @return a stand-in, or the server's {@code ask.small-model}
     */
    @Bean
    public ChatModel smallModel(AskProperties props) {
        return model(props, "small", props.smallModel());
    }

    /**
     * The model for coding and maths questions.
     *
     * @param props where the models come from
     * @return a stand-in, or the server's {@code ask.strong-model} (the small one when unset)
     */
    @Bean
    public ChatModel strongModel(AskProperties props) {
        String name = props.strongModel() == null || props.strongModel().isBlank() ? props.smallModel() : props.strongModel();
        return model(props, "strong", name);
    }

    private static ChatModel model(AskProperties props, String standInName, String serverModel) {
        if (!props.usesServer()) {
            return new DemoChatModel(standInName, props.demoLatency());
        }
        return OpenAiChatModel.builder()
                .baseUrl(props.baseUrl())
                .apiKey(props.apiKey() == null || props.apiKey().isBlank() ? "not-needed" : props.apiKey())
                .modelName(serverModel)
                .timeout(props.timeout())
                .maxRetries(0)
                .build();
    }
}
