package io.semanticrouter.spring.boot;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import dev.langchain4j.model.output.FinishReason;
import io.semanticrouter.Embedder;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.SemanticRouter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code models[].reasoning}, {@code decisions[].reasoning}, {@code tool-selection} (top level and per decision)
 * and {@code semantic-cache.chat-verifier}:
 * each mapping reaches the model as the gateway's file would send it, and each bad value fails the start-up at its
 * property.
 */
class ReasoningToolSelectionPropertiesTest {

    /** A stand-in model bean that keeps the parameters of the last request it was sent. */
    static final class RecordingChatModel implements ChatModel {
        final AtomicReference<ChatRequestParameters> last = new AtomicReference<>();

        @Override
        public ChatResponse doChat(ChatRequest request) {
            last.set(request.parameters());
            return ChatResponse.builder().aiMessage(AiMessage.from("recorded")).finishReason(FinishReason.STOP).build();
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SemanticRouterAutoConfiguration.class))
            .withBean("thinker", RecordingChatModel.class, RecordingChatModel::new)
            .withBean("plain", RecordingChatModel.class, RecordingChatModel::new)
            .withBean(Embedder.class, SharedMiniLm::get)
            .withPropertyValues("semantic-router.models[0].bean=thinker", "semantic-router.models[1].bean=plain",
                    "semantic-router.semantic-cache.enabled=false");

    /** One decision that asks both models for a high reasoning effort; only thinker says how to pass it. */
    private static final String[] REASONING = {
            "semantic-router.models[0].reasoning=reasoning-effort",
            "semantic-router.decisions[0].name=deep",
            "semantic-router.decisions[0].when.always=true",
            "semantic-router.decisions[0].models[0]=thinker",
            "semantic-router.decisions[0].reasoning=high"};

    private static String answer(AssertableApplicationContext ctx, String question) {
        assertThat(ctx).hasNotFailed();
        return ctx.getBean(SemanticRouterAutoConfiguration.CHAT_MODEL, ChatModel.class).chat(question);
    }

    @Test
    void aDecisionsReasoningReachesTheParametersOfAModelThatSaysHow() {
        runner.withPropertyValues(REASONING).run(ctx -> {
            assertThat(answer(ctx, "Prove that there are infinitely many primes")).isEqualTo("recorded");
            ChatRequestParameters sent = ctx.getBean("thinker", RecordingChatModel.class).last.get();
            assertThat(sent).isInstanceOf(OpenAiChatRequestParameters.class);
            assertThat(((OpenAiChatRequestParameters) sent).reasoningEffort()).isEqualTo("high");
        });
        runner.withPropertyValues(RuleRoutingPropertiesTest.with(REASONING,
                "semantic-router.models[0].reasoning=enable-thinking", "semantic-router.decisions[0].reasoning=off"))
                .run(ctx -> {
                    answer(ctx, "Hello there");
                    ChatRequestParameters sent = ctx.getBean("thinker", RecordingChatModel.class).last.get();
                    assertThat(((OpenAiChatRequestParameters) sent).customParameters())
                            .containsEntry("chat_template_kwargs", Map.of("enable_thinking", false));
                });
    }

    @Test
    void aDemoModelNamesTheReasoningModeItWasSent() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SemanticRouterAutoConfiguration.class))
                .withBean(Embedder.class, SharedMiniLm::get)
                .withPropertyValues("semantic-router.models[0].name=demo", "semantic-router.models[0].type=demo",
                        "semantic-router.models[0].reasoning=enable-thinking",
                        "semantic-router.decisions[0].name=d", "semantic-router.decisions[0].when.always=true",
                        "semantic-router.decisions[0].models[0]=demo", "semantic-router.decisions[0].reasoning=high",
                        "semantic-router.semantic-cache.enabled=false")
                .run(ctx -> assertThat(answer(ctx, "Why is the sky blue?"))
                        .startsWith("[demo model 'demo', reasoning thinking]"));
    }

    @Test
    void badReasoningFailsAtItsProperty() {
        fails(runner, "semantic-router.decisions[0].reasoning: ", "would have no effect: none of the decision's models"
                + " [plain]", RuleRoutingPropertiesTest.with(REASONING, "semantic-router.decisions[0].models[0]=plain"));
        fails(runner, "semantic-router.decisions[0].reasoning: ", "must not be blank",
                RuleRoutingPropertiesTest.with(REASONING, "semantic-router.decisions[0].reasoning= "));
        runner.withPropertyValues(REASONING).withClassLoader(new FilteredClassLoader(OpenAiChatModel.class))
                .run(ctx -> assertThat(failure(ctx)).hasMessageStartingWith("semantic-router.models[0].reasoning: ")
                        .hasMessageContaining("dev.langchain4j:langchain4j-open-ai"));
        runner.withPropertyValues(RuleRoutingPropertiesTest.with(REASONING,
                        "semantic-router.models[0].reasoning=sideways"))
                .run(ctx -> assertThat(ctx).getFailure().hasStackTraceContaining("semantic-router.models[0].reasoning"));
        for (String key : List.of("semantic-router.decisions[0].reasonning=high",
                "semantic-router.models[0].reasonning=reasoning-effort")) {
            runner.withPropertyValues(RuleRoutingPropertiesTest.with(REASONING, key)).run(ctx -> assertThat(ctx).as(key)
                    .getFailure().rootCause().hasMessageContaining(key.substring(0, key.indexOf('='))));
        }
    }

    private static final List<ToolSpecification> TOOLS = List.of(
            tool("get_weather", "Current weather and forecast for a city"),
            tool("send_email", "Send an email message to a recipient"),
            tool("translate_text", "Translate text into another language"),
            tool("book_flight", "Book a flight between two airports"));

    private static ToolSpecification tool(String name, String description) {
        return ToolSpecification.builder().name(name).description(description).build();
    }

    /** A keyword signal and two decisions: letters go to thinker with selection off, the rest to plain. */
    private static final String[] TOOL_DECISIONS = {
            "semantic-router.tool-selection.top-k=1",
            "semantic-router.tool-selection.always-keep[0]=send_email",
            "semantic-router.keyword-rules[0].name=letter",
            "semantic-router.keyword-rules[0].any-of[0]=letter",
            "semantic-router.decisions[0].name=letters",
            "semantic-router.decisions[0].when.keyword=letter",
            "semantic-router.decisions[0].models[0]=thinker",
            "semantic-router.decisions[0].tool-selection.enabled=false",
            "semantic-router.decisions[1].name=rest",
            "semantic-router.decisions[1].when.always=true",
            "semantic-router.decisions[1].models[0]=plain"};

    private static RoutedResponse ask(AssertableApplicationContext ctx, String question) {
        assertThat(ctx).hasNotFailed();
        return ctx.getBean(SemanticRouter.class).route(RouteRequest.builder().messages(UserMessage.from(question))
                .parameters(ChatRequestParameters.builder().toolSpecifications(TOOLS).build()).build());
    }

    private static List<String> sentTools(AssertableApplicationContext ctx, String model) {
        return ctx.getBean(model, RecordingChatModel.class).last.get().toolSpecifications().stream()
                .map(ToolSpecification::name).toList();
    }

    @Test
    void toolSelectionKeepsTheMostSimilarToolsAndADecisionCanTurnItOff() {
        runner.withPropertyValues(TOOL_DECISIONS).run(ctx -> {
            RoutedResponse r = ask(ctx, "What will the weather be in Paris tomorrow?");
            assertThat(r.model()).isEqualTo("plain");
            assertThat(r.decision().tools().kept()).isEqualTo(2);
            assertThat(r.decision().tools().dropped()).containsExactlyInAnyOrder("translate_text", "book_flight");
            assertThat(sentTools(ctx, "plain")).containsExactlyInAnyOrder("get_weather", "send_email");
            ask(ctx, "Write a letter about the weather in Paris");
            assertThat(sentTools(ctx, "thinker")).hasSize(4);
        });
        runner.withPropertyValues(RuleRoutingPropertiesTest.with(TOOL_DECISIONS,
                "semantic-router.decisions[0].tool-selection.enabled=true",
                "semantic-router.decisions[0].tool-selection.top-k=2")).run(ctx -> {
                    ask(ctx, "Write a letter about the weather in Paris");
                    assertThat(sentTools(ctx, "thinker")).hasSize(2);
                });
        runner.run(ctx -> {
            ask(ctx, "What will the weather be in Paris tomorrow?");
            assertThat(sentTools(ctx, "thinker")).hasSize(4);
        });
    }

    @Test
    void theLanguageGateAndWideningAreSetByProperties() {
        String german = "Wie wird das Wetter morgen in Paris?";
        runner.withPropertyValues(TOOL_DECISIONS).run(ctx -> {
            assertThat(ask(ctx, german).decision().tools().summary()).isEqualTo("4/4; language");
            assertThat(sentTools(ctx, "plain")).hasSize(4);
        });
        runner.withPropertyValues(RuleRoutingPropertiesTest.with(TOOL_DECISIONS,
                "semantic-router.tool-selection.language-gate=false",
                "semantic-router.tool-selection.widen-below=-1")).run(ctx -> {
                    assertThat(ask(ctx, german).decision().tools().summary()).isEqualTo("2/4");
                });
        runner.withPropertyValues(RuleRoutingPropertiesTest.with(TOOL_DECISIONS,
                "semantic-router.tool-selection.widen-below=0.99",
                "semantic-router.tool-selection.widen-to=2")).run(ctx -> {
                    RoutedResponse r = ask(ctx, "What will the weather be in Paris tomorrow?");
                    assertThat(r.decision().tools().summary()).isEqualTo("3/4; widened"); // 2 widened + send_email
                });
    }

    @Test
    void badToolSelectionFailsAtItsProperty() {
        fails(runner, "semantic-router.tool-selection.widen-to: ", "must be >= top-k (1), was 0",
                RuleRoutingPropertiesTest.with(TOOL_DECISIONS, "semantic-router.tool-selection.widen-to=0"));
        fails(runner, "semantic-router.tool-selection.min-english-share: ", "must be in [0, 1], was 2.0",
                RuleRoutingPropertiesTest.with(TOOL_DECISIONS, "semantic-router.tool-selection.min-english-share=2"));
        fails(runner, "semantic-router.decisions[1].tool-selection.widen-below: ", "must be in [-1, 1], was 3.0",
                RuleRoutingPropertiesTest.with(TOOL_DECISIONS, "semantic-router.decisions[1].tool-selection.widen-below=3"));
        fails(runner, "semantic-router.tool-selection.top-k: ", "must be >= 1, was 0",
                RuleRoutingPropertiesTest.with(TOOL_DECISIONS, "semantic-router.tool-selection.top-k=0"));
        fails(runner, "semantic-router.decisions[1].tool-selection.min-similarity: ", "must be in [-1, 1], was 1.5",
                RuleRoutingPropertiesTest.with(TOOL_DECISIONS, "semantic-router.decisions[1].tool-selection.min-similarity=1.5"));
        fails(runner, "semantic-router.tool-selection.always-keep[1]: ", "blank",
                RuleRoutingPropertiesTest.with(TOOL_DECISIONS, "semantic-router.tool-selection.always-keep[1]= "));
        for (String key : List.of("semantic-router.tool-selection.top-kk=3",
                "semantic-router.decisions[0].tool-selection.topk=3",
                "semantic-router.decisions[1].tool-selection.always-keep.x=y")) {
            runner.withPropertyValues(RuleRoutingPropertiesTest.with(TOOL_DECISIONS, key)).run(ctx -> assertThat(ctx)
                    .as(key).getFailure().rootCause().hasMessageContaining(key.substring(0, key.indexOf('='))));
        }
    }

    /** A stand-in judge for the chat verifier: gives one fixed answer and counts the questions it was asked. */
    static final class JudgeChatModel implements ChatModel {
        final String verdict;
        final java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();

        JudgeChatModel(String verdict) {
            this.verdict = verdict;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            asked.incrementAndGet();
            return ChatResponse.builder().aiMessage(AiMessage.from(verdict)).finishReason(FinishReason.STOP).build();
        }
    }

    /** The cache on, every similarity from 0.5 up in the grey zone, and the judge as the verifier's model. */
    private static final String[] VERIFIER = {
            "semantic-router.models[2].bean=judge",
            "semantic-router.default-model=plain",
            "semantic-router.semantic-cache.enabled=true",
            "semantic-router.semantic-cache.similarity-threshold=0.5",
            "semantic-router.semantic-cache.chat-verifier.model=judge",
            "semantic-router.semantic-cache.chat-verifier.grey-zone[0]=0.5",
            "semantic-router.semantic-cache.chat-verifier.grey-zone[1]=1.0",
            "semantic-router.semantic-cache.chat-verifier.timeout-ms=60000"};

    private static RoutedResponse askAgain(AssertableApplicationContext ctx) {
        assertThat(ctx).hasNotFailed();
        SemanticRouter router = ctx.getBean(SemanticRouter.class);
        router.route(RouteRequest.of(List.of(UserMessage.from("How do I reverse a list in Java?"))));
        return router.route(RouteRequest.of(List.of(UserMessage.from("How can I reverse a list in Java?"))));
    }

    @Test
    void theChatVerifiersModelDecidesGreyZoneHits() {
        runner.withBean("judge", ChatModel.class, () -> new JudgeChatModel("No, they differ.")).withPropertyValues(VERIFIER)
                .run(ctx -> {
                    RoutedResponse r = askAgain(ctx);
                    assertThat(ctx.getBean("judge", JudgeChatModel.class).asked.get()).isEqualTo(1);
                    assertThat(r.cache().isHit()).as(r.cache().toString()).isFalse();
                    assertThat(r.response().aiMessage().text()).isEqualTo("recorded");
                });
        runner.withBean("judge", ChatModel.class, () -> new JudgeChatModel("Yes.")).withPropertyValues(VERIFIER)
                .run(ctx -> {
                    RoutedResponse r = askAgain(ctx);
                    assertThat(ctx.getBean("judge", JudgeChatModel.class).asked.get()).isEqualTo(1);
                    assertThat(r.cache().isHit()).as(r.cache().toString()).isTrue();
                });
    }

    @Test
    void badChatVerifierSettingsFailAtTheirProperty() {
        ApplicationContextRunner judged = runner.withBean("judge", ChatModel.class, () -> new JudgeChatModel("yes"));
        fails(judged, "semantic-router.semantic-cache.chat-verifier.model: ", "'nope' is not one of the configured models",
                RuleRoutingPropertiesTest.with(VERIFIER, "semantic-router.semantic-cache.chat-verifier.model=nope"));
        fails(judged, "semantic-router.semantic-cache.chat-verifier.grey-zone: ", "must be two similarities",
                RuleRoutingPropertiesTest.with(VERIFIER, "semantic-router.semantic-cache.chat-verifier.grey-zone[1]=",
                        "semantic-router.semantic-cache.chat-verifier.grey-zone=0.9"));
        fails(judged, "semantic-router.semantic-cache.chat-verifier.grey-zone: ", "must satisfy 0 <= from < to <= 1",
                RuleRoutingPropertiesTest.with(VERIFIER, "semantic-router.semantic-cache.chat-verifier.grey-zone[0]=0.95",
                        "semantic-router.semantic-cache.chat-verifier.grey-zone[1]=0.9"));
        fails(judged, "semantic-router.semantic-cache.chat-verifier.timeout-ms: ", "must be positive",
                RuleRoutingPropertiesTest.with(VERIFIER, "semantic-router.semantic-cache.chat-verifier.timeout-ms=0"));
        String key = "semantic-router.semantic-cache.chat-verifier.modell=judge";
        judged.withPropertyValues(RuleRoutingPropertiesTest.with(VERIFIER, key)).run(ctx -> assertThat(ctx)
                .getFailure().rootCause().hasMessageContaining("semantic-router.semantic-cache.chat-verifier.modell"));
    }

    private static void fails(ApplicationContextRunner on, String property, String message, String... properties) {
        on.withPropertyValues(properties).run(ctx -> assertThat(failure(ctx)).hasMessageStartingWith(property)
                .hasMessageContaining(message));
    }

    private static SemanticRouterConfigurationException failure(AssertableApplicationContext ctx) {
        assertThat(ctx).hasFailed();
        for (Throwable t = ctx.getStartupFailure(); t != null; t = t.getCause()) {
            if (t instanceof SemanticRouterConfigurationException e) {
                return e;
            }
        }
        throw new AssertionError("no SemanticRouterConfigurationException in " + ctx.getStartupFailure());
    }
}
