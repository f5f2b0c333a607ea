package io.semanticrouter;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.semanticrouter.TestDoubles.RecordingCache;
import io.semanticrouter.TestDoubles.ScriptedModel;
import io.semanticrouter.TestDoubles.WordsEmbedder;

import static io.semanticrouter.TestDoubles.fixed;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SemanticRouterTest {

    private final WordsEmbedder embedder = new WordsEmbedder();
    private final RecordingCache cache = new RecordingCache(0.9);
    private final ScriptedModel small = ScriptedModel.echo("small");
    private final ScriptedModel strong = ScriptedModel.echo("strong");

    private SemanticRouterBuilder base() {
        return SemanticRouter.builder().embedder(embedder).cache(cache)
                .model("small", small).model("strong", strong).defaultModel("small");
    }

    @Test
    void aDecisionsReasoningModeIsMappedPerModel() {
        ModelSelector thinking = new ModelSelector() {
            @Override
            public RouteDecision select(RequestContext context) {
                return new RouteDecision("math", 0.9, List.of("strong", "small"), "hard math", "high");
            }

            @Override
            public Set<String> modelNames() {
                return Set.of("strong", "small");
            }
        };
        SemanticRouter router = base().selector(thinking)
                .reasoning("strong", (mode, p) -> dev.langchain4j.model.chat.request.DefaultChatRequestParameters.builder()
                        .overrideWith(p).maxOutputTokens("high".equals(mode) ? 8000 : 500).build())
                .build();

        router.route(List.of(UserMessage.from("prove it")));

        assertThat(strong.calls).hasSize(1);
        assertThat(strong.calls.get(0).parameters().maxOutputTokens()).isEqualTo(8000);
        assertThatThrownBy(() -> base().reasoning("nope", (m, p) -> p).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'nope'");
    }

    @Test
    void missCallsChosenModelThenRepeatIsServedFromCache() {
        SemanticRouter router = base().selector(fixed("strong")).build();

        RoutedResponse first = router.route(List.of(UserMessage.from("What is a monad?")));
        RoutedResponse second = router.route(List.of(UserMessage.from("what is a monad")));

        assertThat(first.cache().status()).isEqualTo(CacheOutcome.Status.MISS);
        assertThat(first.cache().stored()).isTrue();
        assertThat(first.model()).isEqualTo("strong");
        assertThat(first.decision().candidates()).containsExactly("strong", "small");
        assertThat(first.response().metadata().modelName()).isEqualTo("strong");
        assertThat(second.cacheHit()).isTrue();
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.cache().matchedQuery()).isEqualTo("What is a monad?");
        assertThat(second.cache().similarity()).isGreaterThanOrEqualTo(0.9);
        assertThat(second.timings().model()).isZero();
        assertThat(strong.calls).hasSize(1);
        assertThat(embedder.seen).containsExactly("What is a monad?", "what is a monad");
    }

    @Test
    void fallsBackToNextCandidateWhenFirstModelFails() {
        ScriptedModel broken = ScriptedModel.failing("broken", new IllegalStateException("503 from upstream"));
        SemanticRouter router = SemanticRouter.builder().embedder(embedder)
                .model("broken", broken).model("small", small).defaultModel("small")
                .selector(fixed("broken")).build();

        RoutedResponse r = router.route(List.of(UserMessage.from("hello there")));

        assertThat(r.model()).isEqualTo("small");
        assertThat(r.text()).isEqualTo("small answers: hello there");
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.model()).isEqualTo("broken");
            assertThat(f.error()).hasMessage("503 from upstream");
        });
        assertThat(broken.calls).hasSize(1);
    }

    @Test
    void fallbackAnswerIsFiledUnderTheModelThatProducedIt() {
        ScriptedModel broken = ScriptedModel.failing("broken", new IllegalStateException("down"));
        SemanticRouter viaBroken = SemanticRouter.builder().embedder(embedder).cache(cache)
                .model("broken", broken).model("small", small).defaultModel("small").selector(fixed("broken")).build();
        SemanticRouter viaSmall = SemanticRouter.builder().embedder(embedder).cache(cache)
                .model("broken", broken).model("small", small).defaultModel("small").build();

        RoutedResponse first = viaBroken.route(List.of(UserMessage.from("what is a fjord")));
        assertThat(first.cache().stored()).isTrue();
        assertThat(cache.lookups.get(0).partition()).isNotEqualTo(cache.entries.get(0).partition());
        assertThat(viaSmall.route(List.of(UserMessage.from("what is a fjord"))).cacheHit()).isTrue();
        assertThat(viaBroken.route(List.of(UserMessage.from("what is a fjord"))).cacheHit()).isFalse();
    }

    @Test
    void allCandidatesFailingRaisesTypedExceptionWithEveryCause() {
        RuntimeException e1 = new IllegalStateException("first down");
        RuntimeException e2 = new UncheckedIOException(new IOException("second timed out"));
        SemanticRouter router = SemanticRouter.builder().embedder(embedder).cache(cache)
                .model("a", ScriptedModel.failing("a", e1)).model("b", ScriptedModel.failing("b", e2))
                .defaultModel("b").selector(fixed("a")).build();

        assertThatThrownBy(() -> router.chat(UserMessage.from("anything")))
                .isInstanceOfSatisfying(AllModelsFailedException.class, ex -> {
                    assertThat(ex.failures()).extracting(ModelFailure::model).containsExactly("a", "b");
                    assertThat(ex.failures()).extracting(ModelFailure::error).containsExactly(e1, e2);
                    assertThat(ex.getCause()).isSameAs(e1);
                    assertThat(ex.getSuppressed()).containsExactly(e2);
                    assertThat(ex.getMessage()).contains("first down").contains("second timed out");
                    assertThat(ex.decision().candidates()).containsExactly("a", "b");
                });
        assertThat(cache.entries).isEmpty();
    }

    @Test
    void noSelectorUsesDefaultModel() {
        SemanticRouter router = base().build();
        RoutedResponse r = router.route(List.of(UserMessage.from("hi")));
        assertThat(r.model()).isEqualTo("small");
        assertThat(r.decision().reason()).contains("no selector").contains("default small");
    }

    @Test
    void selectorFailureAndEmbedderFailureFailOpenToDefaultModel() {
        ModelSelector exploding = ctx -> {
            throw new IllegalStateException("boom");
        };
        RoutedResponse r = base().selector(exploding).build().route(List.of(UserMessage.from("hi")));
        assertThat(r.model()).isEqualTo("small");
        assertThat(r.decision().reason()).contains("selector failed").contains("boom");

        embedder.failure = new EmbeddingException("native crash");
        RoutedResponse r2 = base().selector(fixed("strong")).build().route(List.of(UserMessage.from("hi")));
        assertThat(r2.model()).isEqualTo("small");
        assertThat(r2.cache().status()).isEqualTo(CacheOutcome.Status.BYPASS);
        assertThat(r2.cache().reason()).contains("native crash");
    }

    @Test
    void cacheFailureFailsOpen() {
        cache.failure = new CacheException("connection refused");
        SemanticRouter router = base().build();

        RoutedResponse r = router.route(List.of(UserMessage.from("hi")));

        assertThat(r.text()).isEqualTo("small answers: hi");
        assertThat(r.cache().status()).isEqualTo(CacheOutcome.Status.ERROR);
        assertThat(r.cache().stored()).isFalse();
        assertThat(r.cache().reason()).contains("connection refused").contains("store failed");

        cache.failure = null;
        assertThat(router.route(List.of(UserMessage.from("hi"))).cache().stored()).isTrue();
        assertThat(router.route(List.of(UserMessage.from("hi"))).cacheHit()).isTrue();
    }

    @Test
    void partitionCoversTenantSystemPromptEarlierTurnsAndModel() {
        SemanticRouter router = base().build();
        UserMessage q = UserMessage.from("How long should it take?");
        router.route(RouteRequest.of(List.of(q)));
        router.route(RouteRequest.builder().messages(q).tenant("acme").build());
        router.route(List.of(SystemMessage.from("You are a baker."), q));
        router.route(List.of(SystemMessage.from("You are a mechanic."), q));
        router.route(List.of(UserMessage.from("I bake bread."), AiMessage.from("Nice."), q));
        router.route(List.of(UserMessage.from("I fix cars."), AiMessage.from("Nice."), q));
        router.route(RouteRequest.builder().messages(q)
                .parameters(ChatRequestParameters.builder().temperature(1.5).build()).build());

        assertThat(cache.lookups).extracting(CacheQuery::partition).doesNotHaveDuplicates().hasSize(7);
        assertThat(small.calls).hasSize(7);

        // the same context again shares its partition and hits
        RoutedResponse again = router.route(List.of(SystemMessage.from("You are a baker."), q));
        assertThat(again.cacheHit()).isTrue();
        assertThat(again.text()).isEqualTo("small answers: How long should it take?");
    }

    @Test
    void earlierTurnsOutsideTheWindowDoNotChangeThePartition() {
        SemanticRouter router = base().contextWindow(2).build();
        UserMessage q = UserMessage.from("and in Java?");
        router.route(List.of(UserMessage.from("old topic A"), AiMessage.from("x"),
                UserMessage.from("sort a list"), AiMessage.from("use sorted()"), q));
        RoutedResponse r = router.route(List.of(UserMessage.from("old topic B"), AiMessage.from("y"),
                UserMessage.from("sort a list"), AiMessage.from("use sorted()"), q));
        assertThat(r.cacheHit()).isTrue();
        RoutedResponse other = router.route(List.of(UserMessage.from("parse json"), AiMessage.from("use json"), q));
        assertThat(other.cacheHit()).isFalse();
    }

    @Test
    void noStoreNoCacheAndUnsafeAnswersAreNotStored() {
        SemanticRouter router = base().build();
        UserMessage q = UserMessage.from("tell me a fact");

        RoutedResponse noStore = router.route(RouteRequest.builder().messages(q).noStore().build());
        assertThat(noStore.cache().stored()).isFalse();
        assertThat(noStore.cache().reason()).contains("no-store");
        assertThat(cache.entries).isEmpty();

        router.route(List.of(q));
        RoutedResponse noCache = router.route(RouteRequest.builder().messages(q).noCache().build());
        assertThat(noCache.cacheHit()).isFalse();
        assertThat(noCache.cache().reason()).contains("no-cache");
        assertThat(small.calls).hasSize(3);

        ScriptedModel truncating = new ScriptedModel("t", r -> ChatResponse.builder()
                .aiMessage(AiMessage.from("half an ans")).finishReason(FinishReason.LENGTH).build());
        ScriptedModel toolCalling = new ScriptedModel("tc", r -> ChatResponse.builder()
                .aiMessage(AiMessage.from(List.of(ToolExecutionRequest.builder().name("lookup").arguments("{}").build())))
                .finishReason(FinishReason.TOOL_EXECUTION).build());
        RecordingCache c2 = new RecordingCache(0.9);
        SemanticRouter r2 = SemanticRouter.builder().embedder(embedder).cache(c2)
                .model("t", truncating).model("tc", toolCalling).defaultModel("t").build();
        assertThat(r2.route(List.of(UserMessage.from("long essay"))).cache().reason()).contains("finish reason LENGTH");
        RoutedResponse tool = r2.route(RouteRequest.builder().messages(UserMessage.from("find my order"))
                .parameters(ChatRequestParameters.builder().modelName("tc").build()).build());
        assertThat(tool.cache().reason()).contains("tool call");
        assertThat(c2.entries).isEmpty();
    }

    @Test
    void promptBeyondEmbedderWindowIsNeverServedFromCache() {
        embedder.window = 5;
        SemanticRouter router = base().build();
        String longPrompt = "one two three four five six seven eight";
        router.route(List.of(UserMessage.from(longPrompt)));
        RoutedResponse r = router.route(List.of(UserMessage.from(longPrompt)));
        assertThat(r.cache().status()).isEqualTo(CacheOutcome.Status.BYPASS);
        assertThat(r.cache().reason()).contains("window");
        assertThat(cache.entries).isEmpty();
        assertThat(cache.lookups).isEmpty();
    }

    @Test
    void conversationsThatAreNotPlainQuestionsBypassTheCache() {
        SemanticRouter router = base().build();
        UserMessage withImage = UserMessage.from(TextContent.from("what is this?"),
                ImageContent.from("https://example.invalid/cat.png"));
        assertThat(router.route(List.of(withImage)).cache().reason()).contains("non-text");
        assertThat(router.route(List.of(UserMessage.from("q"), AiMessage.from("a"))).cache().reason())
                .contains("continues after the last user message");
        assertThat(cache.lookups).isEmpty();
    }

    @Test
    void callerCanBypassRoutingByNamingAModel() {
        SemanticRouter router = base().selector(fixed("small")).build();
        RoutedResponse r = router.route(RouteRequest.builder().messages(UserMessage.from("hi"))
                .parameters(ChatRequestParameters.builder().modelName("strong").build()).build());
        assertThat(r.model()).isEqualTo("strong");
        assertThat(r.decision().reason()).contains("requested by caller");
        ChatRequest sent = strong.calls.get(0);
        assertThat(sent.parameters().modelName()).isNull();

        assertThatThrownBy(() -> router.route(RouteRequest.builder().messages(UserMessage.from("hi"))
                .parameters(ChatRequestParameters.builder().modelName("gpt-9").build()).build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("parameters.modelName").hasMessageContaining("gpt-9");
    }

    @Test
    void badRequestsFailWithFieldAndValue() {
        SemanticRouter router = base().build();
        assertThatThrownBy(() -> router.chat((List<ChatMessage>) null))
                .isInstanceOf(InvalidRequestException.class).hasMessage("messages: must not be null");
        assertThatThrownBy(() -> router.chat(List.of()))
                .isInstanceOf(InvalidRequestException.class).hasMessage("messages: must not be empty");
        assertThatThrownBy(() -> router.chat(Arrays.asList(UserMessage.from("a"), null)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("messages[1]"));
        assertThatThrownBy(() -> router.chat(SystemMessage.from("be nice"), AiMessage.from("ok")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("no user message")
                .hasMessageContaining("SYSTEM");
        assertThatThrownBy(() -> router.chat(UserMessage.from("   ")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("messages[0]")
                .hasMessageContaining("no text");
        assertThatThrownBy(() -> router.route((RouteRequest) null)).isInstanceOf(InvalidRequestException.class);
        assertThat(small.calls).isEmpty();
        assertThat(embedder.seen).isEmpty();
        assertThat(cache.entries).isEmpty();
    }

    @Test
    void builderChecksConfigurationEagerly() {
        assertThatThrownBy(() -> SemanticRouter.builder().model("a", small).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("embedder");
        assertThatThrownBy(() -> SemanticRouter.builder().embedder(embedder).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least one model");
        assertThatThrownBy(() -> SemanticRouter.builder().embedder(embedder).model("a", small).model("b", strong).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("defaultModel is required");
        assertThatThrownBy(() -> SemanticRouter.builder().embedder(embedder).model("a", small).defaultModel("z").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'z'");
        assertThatThrownBy(() -> base().selector(fixed("small", "nope")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'nope'").hasMessageContaining("[small, strong]");
        assertThatThrownBy(() -> SemanticRouter.builder().model("a", small).model("a", strong))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already registered");
        assertThatThrownBy(() -> SemanticRouter.builder().model(" ", small))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> SemanticRouter.builder().model("auto", small))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserved");
        assertThatThrownBy(() -> SemanticRouter.builder().model("x", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("'x'");
        assertThatThrownBy(() -> SemanticRouter.builder().contextWindow(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("contextWindow must be >= 0, was -1");
        // a single model needs no explicit default
        assertThat(SemanticRouter.builder().embedder(embedder).model("only", small).build().defaultModel()).isEqualTo("only");
    }

    @Test
    void stageTimingsComeFromTheInjectedTicker() {
        long[] now = {0};
        SemanticRouter router = base().ticker(() -> now[0] += 1_000_000).build();
        RoutedResponse r = router.route(List.of(UserMessage.from("hi")));
        assertThat(r.timings().embedding().toMillis()).isEqualTo(1);
        assertThat(r.timings().total().toMillis()).isGreaterThanOrEqualTo(5);
        assertThat(r.timings().routingOverhead()).isEqualTo(r.timings().total().minus(r.timings().model()));
    }

    @Test
    void parametersArePassedToTheModel() {
        SemanticRouter router = base().build();
        router.route(RouteRequest.builder().messages(UserMessage.from("hi"))
                .parameters(ChatRequestParameters.builder().temperature(0.1).maxOutputTokens(42).build()).build());
        ChatRequest sent = small.calls.get(0);
        assertThat(sent.temperature()).isEqualTo(0.1);
        assertThat(sent.maxOutputTokens()).isEqualTo(42);
        assertThat(sent.messages()).hasSize(1);
    }

    private static final String[] TOPICS = {"apples", "volcanoes", "jazz", "bridges", "comets", "tides", "bees",
        "glaciers", "printing", "chess"};

    @Test
    void concurrentCallsAreAnsweredCorrectly() throws Exception {
        SemanticRouter router = base().selector(fixed("strong")).build();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < 8; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    String q = "tell me about " + TOPICS[i % TOPICS.length] + " for " + (id % 2 == 0 ? "kids" : "experts");
                    try {
                        assertThat(router.chat(UserMessage.from(q)).aiMessage().text()).isEqualTo("strong answers: " + q);
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void adapterIsAChatModelReportingTheRoutedModel() {
        SemanticRouter router = base().selector(fixed("strong")).build();
        ChatModel model = router.asChatModel("tenant-1");
        ChatResponse r = model.chat(ChatRequest.builder().messages(UserMessage.from("ping")).build());
        assertThat(r.metadata().modelName()).isEqualTo("strong");
        assertThat(r.aiMessage().text()).isEqualTo("strong answers: ping");
        assertThat(model.chat("ping")).isEqualTo("strong answers: ping");
        assertThat(strong.calls).hasSize(1); // the second call was a cache hit in tenant-1's scope
        assertThatThrownBy(() -> router.asChatModel(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aRequestThroughTheAdapterSharesTheCacheOfTheSameRequestMadeDirectly() {
        SemanticRouter router = base().build();

        router.chat(UserMessage.from("What is a monad?"));
        ChatResponse viaAdapter = router.asChatModel().chat(UserMessage.from("what is a monad"));

        assertThat(viaAdapter.aiMessage().text()).isEqualTo("small answers: What is a monad?");
        assertThat(small.calls).hasSize(1);

        // parameters that do shape the answer still get their own partition
        RoutedResponse hot = router.route(RouteRequest.builder().messages(UserMessage.from("what is a monad"))
                .parameters(ChatRequestParameters.builder().temperature(1.2).build()).build());
        assertThat(hot.cacheHit()).isFalse();
    }
}
