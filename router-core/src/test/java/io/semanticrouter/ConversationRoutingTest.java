package io.semanticrouter;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import io.semanticrouter.TestDoubles.RecordingCache;
import io.semanticrouter.TestDoubles.ScriptedModel;
import io.semanticrouter.TestDoubles.WordsEmbedder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The conversation stage inside the router: what the selector sees, what the trace says, how often it embeds. */
class ConversationRoutingTest {

    private final WordsEmbedder embedder = new WordsEmbedder();
    private final List<RequestContext> seen = Collections.synchronizedList(new ArrayList<>());
    private final ModelSelector selector = context -> {
        seen.add(context);
        String model = context.conversation().reask() ? "strong" : "small";
        return new RouteDecision(null, 0, List.of(model), "test selector");
    };

    private SemanticRouterBuilder base() {
        return SemanticRouter.builder().embedder(embedder).selector(selector)
                .model("small", ScriptedModel.echo("small")).model("strong", ScriptedModel.echo("strong"))
                .defaultModel("small");
    }

    private static List<ChatMessage> followUp() {
        return List.of(UserMessage.from("How do I reverse a list in Python?"), AiMessage.from("Use reversed()."),
                UserMessage.from("And in Java?"));
    }

    @Test
    void aSelectorThatTestsReasksNeedsAnAnalyzerThatCanFindThem() {
        ModelSelector readsReasks = new ModelSelector() {
            @Override
            public RouteDecision select(RequestContext context) {
                return selector.select(context);
            }

            @Override
            public boolean readsReasks() {
                return true;
            }
        };
        assertThatThrownBy(() -> base().selector(readsReasks).conversation(ConversationAnalyzer.off()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the selector tests the re-ask signal, but the conversation analyzer never finds"
                        + " a re-ask").hasMessageContaining("reaskTurns=0");
        assertThatThrownBy(() -> base().selector(readsReasks)
                .conversation(ConversationAnalyzer.builder().reaskTurns(0).build()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never finds a re-ask");
        assertThat(base().selector(readsReasks).conversation(ConversationAnalyzer.builder().reaskTurns(1).build())
                .build()).isNotNull();
        assertThat(base().conversation(ConversationAnalyzer.off()).build()).as("a selector that does not test reasks")
                .isNotNull();
    }

    @Test
    void theSelectorSeesAFollowUpWithItsContextAndTheTraceSaysSo() {
        RoutedResponse r = base().build().route(followUp());

        RequestContext context = seen.get(0);
        assertThat(context.query()).isEqualTo("And in Java?");
        assertThat(context.categoryText()).isEqualTo("How do I reverse a list in Python?\nAnd in Java?");
        assertThat(context.categoryEmbedding()).isSameAs(context.conversation().contextEmbedding());
        assertThat(r.conversation().followUp()).isTrue();
        assertThat(r.conversation().describe()).contains("follow-up (starts with 'and'), category from context");
    }

    @Test
    void theCacheReadReusesTheContextEmbeddingOfTheSameText() {
        SemanticRouter router = base().cache(new RecordingCache(0.8)).conversation(
                ConversationAnalyzer.builder().reaskTurns(0).build()).build();
        embedder.seen.clear();

        // no answer between the turns: routing and the cache read embed the same text, once
        RoutedResponse r = router.route(List.of(UserMessage.from("How do I reverse a list in Python?"),
                UserMessage.from("And in Java?")));

        assertThat(embedder.seen).containsExactly("And in Java?", "How do I reverse a list in Python?\nAnd in Java?");
        assertThat(r.cache().status()).isEqualTo(CacheOutcome.Status.MISS);

        // with an answer between them the cache read looks the follow-up up with the answer's start: its own text
        embedder.seen.clear();
        router.route(followUp());
        assertThat(embedder.seen).containsExactly("And in Java?", "How do I reverse a list in Python?\nAnd in Java?",
                "How do I reverse a list in Python?\nUse reversed().\nAnd in Java?");
    }

    @Test
    void aReaskReachesTheSelectorAndTheTrace() {
        RoutedResponse r = base().build().route(List.of(UserMessage.from("How do I reverse a list in Python?"),
                AiMessage.from("Use reversed()."), UserMessage.from("How do I reverse a list in Python?")));

        assertThat(r.model()).isEqualTo("strong");
        assertThat(r.conversation().reaskTurnsAgo()).isEqualTo(1);
        assertThat(seen.get(0).conversation().reask()).isTrue();
    }

    @Test
    void aStreamAnnouncesTheReaskBeforeItsFirstChunk() {
        StreamingRouterTest.Recorder r = new StreamingRouterTest.Recorder();
        base().build().routeStreaming(RouteRequest.of(List.of(UserMessage.from("How do I reverse a list in Python?"),
                AiMessage.from("Use reversed()."), UserMessage.from("How do I reverse a list in Python?"))), r);
        r.awaitEnd();

        assertThat(r.events.get(0)).isEqualTo("routed");
        assertThat(r.start.model()).isEqualTo("strong");
        assertThat(r.start.conversation().reaskTurnsAgo()).isEqualTo(1);
        assertThat(r.start.conversation()).isEqualTo(r.response.conversation());
    }

    @Test
    void nothingIsReadForASingleTurnANamedModelOrWhenSwitchedOff() {
        assertThat(base().build().route(List.of(UserMessage.from("And in Java?"))).conversation())
                .isEqualTo(ConversationSignals.NONE);

        embedder.seen.clear();
        RoutedResponse named = base().build().route(RouteRequest.builder().messages(followUp())
                .parameters(ChatRequestParameters.builder().modelName("strong").build()).build());
        assertThat(named.conversation()).isEqualTo(ConversationSignals.NONE);
        assertThat(embedder.seen).containsExactly("And in Java?");

        RoutedResponse off = base().conversation(ConversationAnalyzer.off()).build().route(followUp());
        assertThat(off.conversation()).isEqualTo(ConversationSignals.NONE);
        assertThat(seen.get(seen.size() - 1).categoryText()).isEqualTo("And in Java?");
    }

    @Test
    void aFailedQueryEmbeddingSkipsTheConversation() {
        embedder.failure = new EmbeddingException("down");
        RoutedResponse r = base().build().route(followUp());
        assertThat(r.conversation()).isEqualTo(ConversationSignals.NONE);
        assertThat(r.model()).isEqualTo("small");
    }
}
