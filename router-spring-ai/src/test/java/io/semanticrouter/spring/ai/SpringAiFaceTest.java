package io.semanticrouter.spring.ai;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.output.FinishReason;
import io.semanticrouter.AllModelsFailedException;
import io.semanticrouter.InvalidRequestException;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.embeddings.OnnxEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The router as a Spring AI model, in front of stand-in Spring AI models, on the real MiniLM embedder. */
class SpringAiFaceTest {

    private static OnnxEmbedder minilm;

    private StandInSpringAiModel small;
    private StandInSpringAiModel strong;
    private SemanticRouter router;
    private RouterSpringAiChatModel face;

    @BeforeAll
    static void load() {
        minilm = OnnxEmbedder.allMiniLmL6V2();
    }

    @AfterAll
    static void close() {
        minilm.close();
    }

    @BeforeEach
    void build() {
        small = new StandInSpringAiModel("small");
        strong = new StandInSpringAiModel("strong");
        router = SemanticRouter.builder()
                .embedder(new NonClosing(minilm))
                .cache(InMemorySemanticCache.builder().similarityThreshold(0.8).dimension(384).build())
                .model("small", new SpringAiChatModelAdapter(small))
                .streamingModel("small", new SpringAiStreamingChatModelAdapter(small))
                .model("strong", new SpringAiChatModelAdapter(strong))
                .streamingModel("strong", new SpringAiStreamingChatModelAdapter(strong))
                .defaultModel("small")
                .build();
        face = new RouterSpringAiChatModel(router, "team-a");
    }

    @Test
    void callRoutesToASpringAiModelAndServesTheRepeatFromTheCache() {
        ChatResponse first = face.call(new Prompt("What are the main renewable energy sources?"));
        assertThat(first.getResult().getOutput().getText()).isEqualTo("[small] answer to: What are the main renewable energy sources?");
        assertThat(first.getMetadata().getModel()).isEqualTo("small");
        assertThat((String) first.getMetadata().get(RouterSpringAiChatModel.CACHE)).isEqualTo("MISS");
        assertThat(first.getResult().getMetadata().getFinishReason()).isEqualTo("stop");
        assertThat(first.getMetadata().getUsage().getPromptTokens()).isEqualTo(7);

        ChatResponse again = face.call(new Prompt("Which renewable energy sources are the main ones?"));
        assertThat((String) again.getMetadata().get(RouterSpringAiChatModel.CACHE)).isEqualTo("HIT");
        assertThat((Double) again.getMetadata().get(RouterSpringAiChatModel.SIMILARITY)).isGreaterThan(0.8);
        assertThat(again.getResult().getOutput().getText()).isEqualTo(first.getResult().getOutput().getText());
        assertThat(small.prompts).hasSize(1);
    }

    @Test
    void optionsReachTheModelAndAModelNameBypassesRouting() {
        ChatResponse r = face.call(new Prompt("Explain TCP in one sentence.",
                ChatOptions.builder().model("strong").temperature(0.3).maxTokens(50).build()));
        assertThat(r.getMetadata().getModel()).isEqualTo("strong");
        assertThat(small.prompts).isEmpty();
        Prompt seen = strong.prompts.get(0);
        assertThat(seen.getOptions().getTemperature()).isEqualTo(0.3);
        assertThat(seen.getOptions().getMaxTokens()).isEqualTo(50);
        assertThat(seen.getOptions().getModel()).as("the router's name is not an upstream name").isNull();
    }

    @Test
    void conversationsKeepTheirSystemAndEarlierTurns() {
        face.call(new Prompt(List.of(new SystemMessage("Answer like a pirate."),
                new org.springframework.ai.chat.messages.UserMessage("Hi"),
                new AssistantMessage("Ahoy!"),
                new org.springframework.ai.chat.messages.UserMessage("Where is the treasure?"))));
        Prompt seen = small.prompts.get(0);
        assertThat(seen.getInstructions()).extracting(m -> m.getMessageType().name())
                .containsExactly("SYSTEM", "USER", "ASSISTANT", "USER");
        assertThat(seen.getInstructions().get(2).getText()).isEqualTo("Ahoy!");
    }

    @Test
    void aCutShortAnswerIsPassedOnButNotCached() {
        small.finishReason = "length";
        ChatResponse r = face.call(new Prompt("Write a long essay about the history of Rome."));
        assertThat(r.getResult().getMetadata().getFinishReason()).isEqualTo("length");
        assertThat((String) face.call(new Prompt("Write a long essay about the history of Rome."))
                .getMetadata().get(RouterSpringAiChatModel.CACHE)).isEqualTo("MISS");
        assertThat(small.prompts).hasSize(2);
    }

    @Test
    void streamGivesTheAnswerInPiecesThenTheTrace() {
        List<ChatResponse> chunks = face.stream(new Prompt("How do I reverse a list in Python?")).collectList()
                .block(Duration.ofSeconds(60));
        assertThat(chunks).hasSizeGreaterThan(2);
        StringBuilder text = new StringBuilder();
        chunks.forEach(c -> text.append(c.getResult().getOutput().getText()));
        assertThat(text).hasToString("[small] answer to: How do I reverse a list in Python?");
        ChatResponse last = chunks.get(chunks.size() - 1);
        assertThat(last.getResult().getMetadata().getFinishReason()).isEqualTo("stop");
        assertThat(last.getMetadata().getModel()).isEqualTo("small");
        assertThat((String) last.getMetadata().get(RouterSpringAiChatModel.CACHE)).isEqualTo("MISS");

        // the streamed answer was stored: the blocking face now serves it without a model call
        ChatResponse hit = face.call(new Prompt("How do I reverse a list in Python?"));
        assertThat((String) hit.getMetadata().get(RouterSpringAiChatModel.CACHE)).isEqualTo("HIT");
        assertThat(small.prompts).hasSize(1);
    }

    @Test
    void failuresArriveAsTypedErrors() {
        small.failure = new IllegalStateException("upstream down");
        strong.failure = new IllegalStateException("upstream down too");
        assertThatThrownBy(() -> face.call(new Prompt("Tell me a joke"))).isInstanceOf(AllModelsFailedException.class);
        assertThatThrownBy(() -> face.stream(new Prompt("Tell me a joke")).blockLast(Duration.ofSeconds(60)))
                .isInstanceOf(AllModelsFailedException.class);
        assertThatThrownBy(() -> face.call((Prompt) null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> face.call(new Prompt(List.of(new SystemMessage("only a system prompt")))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new RouterSpringAiChatModel(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theLangChain4jSideTranslatesFinishReasonsAndRefusesTools() {
        SpringAiChatModelAdapter adapter = new SpringAiChatModelAdapter(small);
        small.finishReason = "TOOL_CALLS";
        var r = adapter.chat(ChatRequest.builder().messages(UserMessage.from("Hi")).build());
        assertThat(r.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
        assertThat(r.metadata().modelName()).isEqualTo("small-upstream");
        assertThat(r.tokenUsage().outputTokenCount()).isEqualTo(5);
        ChatRequest withTools = ChatRequest.builder().messages(UserMessage.from("Hi"))
                .parameters(ChatRequestParameters.builder()
                        .toolSpecifications(ToolSpecification.builder().name("weather").build()).build())
                .build();
        assertThatThrownBy(() -> adapter.chat(withTools)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tool specifications");
        assertThatThrownBy(() -> new SpringAiChatModelAdapter(null)).isInstanceOf(NullPointerException.class);
    }

    /** Lets each test's router close without closing the embedder the class shares. */
    private record NonClosing(io.semanticrouter.Embedder e) implements io.semanticrouter.Embedder {
        @Override
        public io.semanticrouter.Embedding embed(String text) {
            return e.embed(text);
        }

        @Override
        public List<io.semanticrouter.Embedding> embedAll(List<String> texts) {
            return e.embedAll(texts);
        }

        @Override
        public int dimension() {
            return e.dimension();
        }

        @Override
        public int maxTokens() {
            return e.maxTokens();
        }

        @Override
        public String modelId() {
            return e.modelId();
        }
    }
}
