package io.semanticrouter.spring.ai;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Spring AI {@link org.springframework.ai.chat.model.ChatModel} (OpenAI, Ollama, Anthropic... as Spring AI
 * configures them) as a LangChain4j {@link ChatModel}, so that the router can route to it:
 *
 * <pre>{@code
 * SemanticRouter router = SemanticRouter.builder()
 *         .model("small", new SpringAiChatModelAdapter(ollamaChatModel))
 *         .streamingModel("small", new SpringAiStreamingChatModelAdapter(ollamaChatModel))
 *         ...
 * }</pre>
 *
 * <p>The conversation is passed as Spring AI messages (system, user text, assistant with tool calls, tool
 * results); the request parameters the router passes on (temperature, top-p, top-k, penalties, max tokens, stop
 * sequences) become Spring AI {@code ChatOptions}, merged by the Spring AI model with its own defaults. The
 * router's model name is not sent: it is the name the router knows the model by, not the upstream's. Tool
 * specifications are refused with an {@link IllegalArgumentException} (Spring AI models get their tools from
 * their own options). The finish reason is translated ({@code stop}, {@code length}, {@code tool_calls},
 * {@code content_filter}), so the router still refuses to cache a cut-short answer.
 *
 * <p>Thread-safe when the Spring AI model is (Spring AI's are).
 */
public final class SpringAiChatModelAdapter implements ChatModel {

    private final org.springframework.ai.chat.model.ChatModel model;

    /**
     * Wraps a Spring AI model.
     *
     * @throws NullPointerException if model is null
     */
    public SpringAiChatModelAdapter(org.springframework.ai.chat.model.ChatModel model) {
        this.model = Objects.requireNonNull(model, "model must not be null");
    }

    /**
     * Calls the Spring AI model with the request.
     *
     * @throws IllegalArgumentException if the request carries tool specifications or non-text user messages
     * @throws IllegalStateException    if the Spring AI model returns no answer
     */
    @Override
    public ChatResponse doChat(ChatRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        Prompt prompt = new Prompt(SpringAiMessages.toSpringAi(request.messages()),
                SpringAiMessages.toOptions(request.parameters()));
        org.springframework.ai.chat.model.ChatResponse response = model.call(prompt);
        if (response == null || response.getResult() == null || response.getResult().getOutput() == null) {
            throw new IllegalStateException("the Spring AI model " + model.getClass().getSimpleName()
                    + " returned no answer");
        }
        return toLangChain4j(response);
    }

    static ChatResponse toLangChain4j(org.springframework.ai.chat.model.ChatResponse response) {
        Generation g = response.getResult();
        AssistantMessage out = g.getOutput();
        List<ToolExecutionRequest> calls = new ArrayList<>();
        for (AssistantMessage.ToolCall c : out.getToolCalls()) {
            calls.add(ToolExecutionRequest.builder().id(c.id()).name(c.name()).arguments(c.arguments()).build());
        }
        String text = out.getText();
        AiMessage ai = calls.isEmpty() ? AiMessage.from(text == null ? "" : text)
                : text == null || text.isEmpty() ? AiMessage.from(calls) : AiMessage.from(text, calls);
        ChatResponseMetadata.Builder<?> meta = ChatResponseMetadata.builder()
                .finishReason(SpringAiMessages.finishReason(g.getMetadata() == null ? null : g.getMetadata().getFinishReason()));
        if (response.getMetadata() != null) {
            String id = response.getMetadata().getId();
            String name = response.getMetadata().getModel();
            meta.id(id == null || id.isEmpty() ? null : id)
                    .modelName(name == null || name.isEmpty() ? null : name)
                    .tokenUsage(SpringAiMessages.tokenUsage(response.getMetadata().getUsage()));
        }
        return ChatResponse.builder().aiMessage(ai).metadata(meta.build()).build();
    }

    /** The wrapped Spring AI model. */
    public org.springframework.ai.chat.model.ChatModel model() {
        return model;
    }

    @Override
    public String toString() {
        return "SpringAiChatModelAdapter[" + model.getClass().getSimpleName() + "]";
    }
}
