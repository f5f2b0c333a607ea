package io.semanticrouter.examples;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.CacheOutcome;
import io.semanticrouter.Embedder;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import io.semanticrouter.verify.Rule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The router's cache behaviour end to end: real MiniLM embeddings, the real in-memory cache, the demo routing. */
class CacheEndToEndTest {

    private static Embedder embedder;
    private final AtomicLong now = new AtomicLong();
    private InMemorySemanticCache cache;
    private SemanticRouter router;

    @BeforeAll
    static void loadModel() {
        embedder = SharedEmbedder.get();
    }

    @BeforeEach
    void newRouter() {
        cache = InMemorySemanticCache.builder().similarityThreshold(0.8).maxEntries(1000)
                .ttl(Duration.ofMinutes(10)).ticker(now::get).build();
        router = DemoRouter.build(embedder, cache, DemoModels.standIns(Duration.ZERO));
    }

    private RoutedResponse ask(List<ChatMessage> messages) {
        return router.route(messages);
    }

    private RoutedResponse ask(String question) {
        return ask(List.of(UserMessage.from(question)));
    }

    @Test
    void paraphraseIsServedFromCacheAndUnrelatedQuestionIsNot() {
        RoutedResponse first = ask("What are the main renewable energy sources?");
        RoutedResponse paraphrase = ask("Which renewable energy sources matter most?");
        RoutedResponse unrelated = ask("How do I bake sourdough bread at home?");

        assertThat(first.cache().status()).isEqualTo(CacheOutcome.Status.MISS);
        assertThat(first.cache().stored()).isTrue();
        assertThat(paraphrase.cacheHit()).isTrue();
        assertThat(paraphrase.text()).isEqualTo(first.text());
        assertThat(paraphrase.cache().similarity()).isBetween(0.8, 1.0);
        assertThat(paraphrase.cache().matchedQuery()).isEqualTo("What are the main renewable energy sources?");
        assertThat(unrelated.cacheHit()).isFalse();
        assertThat(unrelated.cache().similarity()).isLessThan(0.5);
        assertThat(unrelated.text()).contains("sourdough");
    }

    /**
     * Plain cosine on MiniLM scores a negated question almost like the original (above 0.9, higher than many
     * true paraphrases); the router's hit verification refuses it and says why.
     */
    @Test
    void negatedQuestionIsRefusedByHitVerification() {
        RoutedResponse with = ask("Should I plan a 3-day trip to Lisbon with a rental car?");
        RoutedResponse without = ask("Should I plan a 3-day trip to Lisbon without a rental car?");
        RoutedResponse longer = ask("Should I plan a 7-day trip to Lisbon with a rental car?");
        RoutedResponse again = ask("should i plan a 3 day trip to lisbon with a rental car");

        assertThat(with.cacheHit()).isFalse();
        assertThat(without.cache().similarity()).isGreaterThan(0.9);
        assertThat(without.cacheHit()).isFalse();
        assertThat(without.cache().status()).isEqualTo(CacheOutcome.Status.REJECTED);
        assertThat(without.cache().rejectedBy()).isEqualTo(Rule.NEGATION);
        assertThat(longer.cache().rejectedBy()).isEqualTo(Rule.NUMBER);
        assertThat(again.cacheHit()).isTrue();
        assertThat(again.text()).isEqualTo(with.text());
    }

    @Test
    void sameQuestionInAnotherContextNeverHits() {
        UserMessage q = UserMessage.from("How long should it rest before serving?");
        ask(List.of(SystemMessage.from("You are a bread baker."), q));

        assertThat(ask(List.of(SystemMessage.from("You are a barbecue pit master."), q)).cacheHit()).isFalse();
        assertThat(ask(List.of(q)).cacheHit()).isFalse();
        assertThat(ask(List.of(SystemMessage.from("You are a bread baker."), q)).cacheHit()).isTrue();

        UserMessage followUp = UserMessage.from("And how do I do it in Java?");
        ask(List.of(UserMessage.from("How do I read a file line by line in Python?"), AiMessage.from("Use open()."), followUp));
        RoutedResponse other = ask(List.of(UserMessage.from("How do I parse JSON in Python?"), AiMessage.from("Use json."), followUp));
        assertThat(other.cacheHit()).isFalse();
        assertThat(other.cache().reason()).contains("nothing cached in this partition");
    }

    @Test
    void anotherTenantNeverHits() {
        String q = "What is your refund policy for damaged items?";
        router.route(RouteRequest.builder().messages(UserMessage.from(q)).tenant("acme").build());

        RoutedResponse otherTenant = router.route(RouteRequest.builder().messages(UserMessage.from(q)).tenant("globex").build());
        RoutedResponse sameTenant = router.route(RouteRequest.builder().messages(UserMessage.from(q)).tenant("acme").build());

        assertThat(otherTenant.cacheHit()).isFalse();
        assertThat(sameTenant.cacheHit()).isTrue();
    }

    @Test
    void expiredAnswerIsNotServed() {
        ask("What are the main renewable energy sources?");
        now.addAndGet(Duration.ofMinutes(9).toNanos());
        assertThat(ask("Which renewable energy sources matter most?").cacheHit()).isTrue();
        now.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(ask("Which renewable energy sources matter most?").cacheHit()).isFalse();
    }

    @Test
    void promptLongerThanTheEmbedderWindowIsNeverServedFromCache() {
        String essay = "Please review this long design document. " + "The service reads events and writes them to storage. ".repeat(200);
        ask(essay);
        RoutedResponse again = ask(essay);
        assertThat(again.cacheHit()).isFalse();
        assertThat(again.cache().status()).isEqualTo(CacheOutcome.Status.BYPASS);
        assertThat(again.cache().reason()).contains("window");
        assertThat(cache.size()).isZero();
    }
}
