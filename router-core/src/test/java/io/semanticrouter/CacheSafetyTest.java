package io.semanticrouter;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.semanticrouter.TestDoubles.RecordingCache;
import io.semanticrouter.TestDoubles.ScriptedModel;
import io.semanticrouter.TestDoubles.WordsEmbedder;
import io.semanticrouter.verify.HitVerifier;
import io.semanticrouter.verify.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the router refuses to serve from, or write to, the cache. */
class CacheSafetyTest {

    private final WordsEmbedder embedder = new WordsEmbedder();
    private final RecordingCache cache = new RecordingCache(0.8);
    private final ScriptedModel model = ScriptedModel.echo("m");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private SemanticRouterBuilder base() {
        return SemanticRouter.builder().embedder(embedder).cache(cache).model("m", model).stats(new MicrometerRouterStats(registry));
    }

    private double counter(String name, String tag, String value) {
        return registry.get(name).tag(tag, value).counter().count();
    }

    @Test
    void nearDuplicateWithOppositeMeaningIsRejectedCountedAndTraced() {
        SemanticRouter router = base().build();
        router.route(List.of(UserMessage.from("How do I enable dark mode on my phone")));

        RoutedResponse r = router.route(List.of(UserMessage.from("How do I disable dark mode on my phone")));

        assertThat(r.cache().similarity()).isGreaterThanOrEqualTo(0.8); // the cache alone would have served it
        assertThat(r.cacheHit()).isFalse();
        assertThat(r.cache().status()).isEqualTo(CacheOutcome.Status.REJECTED);
        assertThat(r.cache().rejectedBy()).isEqualTo(Rule.NEGATION);
        assertThat(r.cache().matchedQuery()).isEqualTo("How do I enable dark mode on my phone");
        assertThat(r.cache().reason()).contains("enabl").contains("disabl");
        assertThat(r.cache().stored()).isTrue(); // the new answer is cached under its own question
        assertThat(model.calls).hasSize(2);
        assertThat(counter("semantic_router.cache.rejections", "rule", "negation")).isEqualTo(1);
        assertThat(counter("semantic_router.cache.lookups", "outcome", "rejected")).isEqualTo(1);
        assertThat(counter("semantic_router.cache.lookups", "outcome", "miss")).isEqualTo(1);

        RoutedResponse paraphrase = router.route(List.of(UserMessage.from("how do i enable dark mode on my phone?")));
        assertThat(paraphrase.cacheHit()).isTrue();
        assertThat(paraphrase.cache().reason()).contains("verified");
        assertThat(counter("semantic_router.cache.lookups", "outcome", "hit")).isEqualTo(1);
    }

    @Test
    void answeredRequestsFallbacksAndStageTimesAreMetered() {
        SemanticRouterBuilder b = SemanticRouter.builder().embedder(embedder).cache(cache).stats(new MicrometerRouterStats(registry))
                .model("broken", ScriptedModel.failing("broken", new IllegalStateException("down")))
                .model("m", model).defaultModel("m");
        SemanticRouter fallingBack = b.selector(ctx -> new RouteDecision("cooking", 0.9, List.of("broken", "m"), "t")).build();
        fallingBack.route(List.of(UserMessage.from("How long do I boil an egg")));
        assertThat(registry.get("semantic_router.requests").tag("model", "m").tag("category", "cooking")
                .tag("cache", "miss").counter().count()).isEqualTo(1);
        assertThat(counter("semantic_router.model.failures", "model", "broken")).isEqualTo(1);

        // the fallback's answer is filed under "m": a request routed to "m" is served it
        SemanticRouter direct = b.selector(ctx -> new RouteDecision("cooking", 0.9, List.of("m"), "t")).build();
        direct.route(List.of(UserMessage.from("How long do I boil an egg")));
        assertThat(registry.get("semantic_router.requests").tag("model", "m").tag("cache", "hit").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("semantic_router.stage.duration").tag("stage", "total").timer().count()).isEqualTo(2);
        assertThat(registry.get("semantic_router.stage.duration").tag("stage", "model").timer().count())
                .as("the hit called no model").isEqualTo(1);

        SemanticRouter allBroken = SemanticRouter.builder().embedder(embedder).stats(new MicrometerRouterStats(registry))
                .model("broken", ScriptedModel.failing("broken", new IllegalStateException("down"))).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> allBroken.route(List.of(UserMessage.from("hi there"))))
                .isInstanceOf(AllModelsFailedException.class);
        assertThat(counter("semantic_router.model.failures", "model", "broken")).isEqualTo(2);
    }

    @Test
    void aTrueParaphraseBehindARefusedNeighbourIsStillServed() {
        InMemoryLikeCache many = new InMemoryLikeCache(0.5);
        SemanticRouter router = SemanticRouter.builder().embedder(embedder).cache(many).model("m", model)
                .stats(new MicrometerRouterStats(registry)).build();
        router.route(List.of(UserMessage.from("How do I disable dark mode on my phone")));
        router.route(List.of(UserMessage.from("How do I enable the dark mode of my phone")));

        RoutedResponse r = router.route(List.of(UserMessage.from("How do I enable dark mode on my phone")));

        assertThat(r.cacheHit()).isTrue();
        assertThat(r.cache().matchedQuery()).isEqualTo("How do I enable the dark mode of my phone");
        assertThat(r.cache().reason()).contains("after refusing 'How do I disable dark mode on my phone': negation");
        // the second request refused the "disable" entry too, before it was answered and stored
        assertThat(counter("semantic_router.cache.rejections", "rule", "negation")).isEqualTo(2);

        SemanticRouter nearestOnly = SemanticRouter.builder().embedder(embedder).cache(many).model("m", model)
                .verificationCandidates(1).build();
        assertThat(nearestOnly.route(List.of(UserMessage.from("How do I enable dark mode on my phone"))).cache().status())
                .isEqualTo(CacheOutcome.Status.REJECTED);
    }

    @Test
    void aMisspeltQuestionIsCachedAndLookedUpAsCorrected() {
        SemanticRouter router = base().build();
        String typed = "how do i calcualte the diffrence";
        router.route(List.of(UserMessage.from(typed)));
        assertThat(embedder.seen).containsExactly(typed, "how do i calculate the difference"); // one more embedding
        assertThat(cache.entries.get(0).queryText()).isEqualTo(typed); // filed under the question as asked

        RoutedResponse correct = router.route(List.of(UserMessage.from("How do I calculate the difference")));

        // as written the two share four words of six: the typos alone keep them apart
        assertThat(embedder.embed(typed).cosine(embedder.embed("How do I calculate the difference"))).isLessThan(0.8);
        assertThat(correct.cacheHit()).as(correct.cache().reason()).isTrue();
        assertThat(correct.cache().matchedQuery()).isEqualTo(typed);
        assertThat(embedder.seen).hasSize(5); // a correct question is embedded once

        SemanticRouter off = SemanticRouter.builder().embedder(embedder).cache(new RecordingCache(0.8))
                .model("m", model).cacheSpelling(false).build();
        off.route(List.of(UserMessage.from(typed)));
        assertThat(off.route(List.of(UserMessage.from("How do I calculate the difference"))).cacheHit()).isFalse();
    }

    @Test
    void aCorrectionDoesNotHideAnOppositeFromTheVerifier() {
        SemanticRouter router = base().build();
        router.route(List.of(UserMessage.from("How do I enable dark mode on my phone")));

        RoutedResponse r = router.route(List.of(UserMessage.from("How do I disabel dark mode on my phone")));

        assertThat(r.cacheHit()).isFalse();
        assertThat(r.cache().rejectedBy()).isEqualTo(Rule.NEGATION);
    }

    @Test
    void aShortFollowUpIsLookedUpWithThePreviousUserTurn() {
        SemanticRouter router = base().build();
        String context = "We are adopting a retired racing greyhound from the shelter next month and want advice";
        List<dev.langchain4j.data.message.ChatMessage> first = List.of(UserMessage.from(context),
                AiMessage.from("Greyhounds are calm."), UserMessage.from("Can I bring my dog?"));
        List<dev.langchain4j.data.message.ChatMessage> second = List.of(UserMessage.from(context),
                AiMessage.from("Greyhounds are calm."), UserMessage.from("Is bringing my dog allowed?"));
        router.route(first);

        RoutedResponse paraphrase = router.route(second);

        // alone the two follow-ups stay under the threshold: only the context brings them together
        assertThat(embedder.embed("Can I bring my dog?").cosine(embedder.embed("Is bringing my dog allowed?"))).isLessThan(0.8);
        assertThat(paraphrase.cacheHit()).as(paraphrase.cache().reason()).isTrue();
        assertThat(paraphrase.cache().matchedQuery()).isEqualTo("Can I bring my dog?");
        assertThat(cache.entries.get(0).queryText()).isEqualTo("Can I bring my dog?");

        RoutedResponse other = router.route(List.of(UserMessage.from(context), AiMessage.from("Greyhounds are calm."),
                UserMessage.from("Can I bring my cat?")));
        assertThat(other.cacheHit()).as("the verifier still compares the questions themselves").isFalse();
        assertThat(other.cache().status()).isEqualTo(CacheOutcome.Status.REJECTED);

        SemanticRouter plain = SemanticRouter.builder().embedder(embedder).cache(new RecordingCache(0.8))
                .model("m", model).followUpContext(false).build();
        plain.route(first);
        assertThat(plain.route(second).cacheHit()).as("switched off, the follow-up is embedded alone").isFalse();
    }

    @Test
    void aShortFollowUpIsEmbeddedWithTheStartOfTheAnswerBeforeIt() {
        SemanticRouter router = base().build();
        String context = "We are adopting a retired racing greyhound";
        router.route(List.of(UserMessage.from(context), AiMessage.from("Greyhounds are calm."),
                UserMessage.from("Can I bring my dog?")));
        assertThat(embedder.seen).contains(context + "\nGreyhounds are calm.\nCan I bring my dog?");

        String longAnswer = "Greyhounds are calm dogs that sleep a lot. ".repeat(12).trim();
        embedder.seen.clear();
        embedder.window = 40; // context, answer and question do not fit; context and question do
        router.route(List.of(UserMessage.from(context), AiMessage.from(longAnswer), UserMessage.from("Can they swim?")));
        String lead = CacheReadStage.lead(longAnswer);
        assertThat(lead.length()).isLessThanOrEqualTo(CacheReadStage.ANSWER_CHARS);
        assertThat(longAnswer).startsWith(lead);
        assertThat(longAnswer.charAt(lead.length())).as("cut at a space").isEqualTo(' ');
        assertThat(embedder.seen).as("too long for the model: the answer is left out")
                .containsSubsequence(context + "\n" + lead + "\nCan they swim?", context + "\nCan they swim?");
    }

    /** A recording cache that returns every entry above its threshold, best first. */
    private static final class InMemoryLikeCache extends RecordingCache {
        InMemoryLikeCache(double threshold) {
            super(threshold);
        }

        @Override
        public List<CacheResult> search(CacheQuery query, int limit) {
            List<CacheResult> hits = new java.util.ArrayList<>();
            synchronized (entries) {
                for (CacheEntry e : entries) {
                    double s = e.embedding().cosine(query.embedding());
                    if (e.partition().equals(query.partition()) && s >= threshold) {
                        hits.add(CacheResult.hit(e, s));
                    }
                }
            }
            hits.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
            return hits.isEmpty() ? super.search(query, 1) : hits.subList(0, Math.min(limit, hits.size()));
        }
    }

    @Test
    void acceptAllVerifierServesWhatTheCacheFinds() {
        SemanticRouter router = base().hitVerifier(HitVerifier.acceptAll()).build();
        router.route(List.of(UserMessage.from("How do I enable dark mode on my phone")));
        assertThat(router.route(List.of(UserMessage.from("How do I disable dark mode on my phone"))).cacheHit()).isTrue();
    }

    @Test
    void verifierThatThrowsRefusesTheHit() {
        SemanticRouter router = base().hitVerifier((a, b) -> {
            throw new IllegalStateException("boom");
        }).build();
        router.route(List.of(UserMessage.from("what is a monad")));
        RoutedResponse r = router.route(List.of(UserMessage.from("what is a monad")));
        assertThat(r.cacheHit()).isFalse();
        assertThat(r.cache().status()).isEqualTo(CacheOutcome.Status.REJECTED);
        assertThat(r.cache().reason()).contains("verifier failed").contains("boom");
    }

    @Test
    void aHigherCategoryThresholdRefusesWhatTheCacheThresholdWouldServe() {
        SemanticRouter router = base().selector(fixed("math")).categoryThreshold("math", 0.99).build();
        router.route(List.of(UserMessage.from("integral of x squared over the unit interval")));
        RoutedResponse near = router.route(List.of(UserMessage.from("integral of x squared over the unit interval please")));
        assertThat(near.cache().similarity()).isBetween(0.8, 0.99);
        assertThat(near.cacheHit()).isFalse();
        assertThat(near.cache().reason()).contains("for category math");
    }

    /** Routes every request to {@code category}. */
    private static ModelSelector fixed(String category) {
        return new ModelSelector() {
            @Override
            public RouteDecision select(RequestContext context) {
                return new RouteDecision(category, 0.9, List.of("m"), "fixed");
            }

            @Override
            public Set<String> modelNames() {
                return Set.of("m");
            }
        };
    }

    @Test
    void aLowerCategoryThresholdServesWhatTheCacheThresholdWouldMiss() {
        String stored = "integral of x squared over the unit interval";
        String asked = "integral of x squared over the unit interval with all steps shown clearly please";
        SemanticRouter strictCache = base().selector(fixed("math")).hitVerifier(HitVerifier.acceptAll()).build();
        strictCache.route(List.of(UserMessage.from(stored)));
        RouteRequest askedNoStore = RouteRequest.builder().messages(UserMessage.from(asked)).noStore().build();
        RoutedResponse missed = strictCache.route(askedNoStore);
        assertThat(missed.cache().similarity()).isBetween(0.6, 0.8);
        assertThat(missed.cacheHit()).isFalse();

        SemanticRouter lowered = base().selector(fixed("math")).hitVerifier(HitVerifier.acceptAll())
                .categoryThreshold("math", 0.6).build();
        RoutedResponse served = lowered.route(List.of(UserMessage.from(asked)));
        assertThat(served.cacheHit()).as(served.cache().reason()).isTrue();
        assertThat(served.cache().reason()).contains(">= 0.600");
        assertThat(cache.lookups.get(cache.lookups.size() - 1).minSimilarity()).isEqualTo(0.6);

        SemanticRouter otherCategory = base().selector(fixed("history")).hitVerifier(HitVerifier.acceptAll())
                .categoryThreshold("math", 0.6).build();
        assertThat(otherCategory.route(askedNoStore).cacheHit()).isFalse();
    }

    @Test
    void aCategorysTimeToLiveIsStoredWithTheAnswerUnlessTheRequestSetsItsOwn() {
        SemanticRouter router = base().selector(fixed("news")).categoryTtl("news", java.time.Duration.ofMinutes(5)).build();
        router.route(List.of(UserMessage.from("who won the cup final")));
        router.route(RouteRequest.builder().messages(UserMessage.from("who scored the first goal"))
                .cacheTtl(java.time.Duration.ofSeconds(30)).build());
        SemanticRouter other = base().selector(fixed("sport")).categoryTtl("news", java.time.Duration.ofMinutes(5)).build();
        other.route(List.of(UserMessage.from("how long is a rugby match")));

        assertThat(cache.entries).extracting(CacheEntry::ttl).containsExactly(java.time.Duration.ofMinutes(5),
                java.time.Duration.ofSeconds(30), null);
    }

    @Test
    void aCategoryWithCachingOffNeitherReadsNorStores() {
        SemanticRouter router = base().selector(fixed("stocks")).categoryCaching("stocks", false).build();
        router.route(List.of(UserMessage.from("price of the index fund")));
        RoutedResponse again = router.route(List.of(UserMessage.from("price of the index fund")));

        assertThat(again.cacheHit()).isFalse();
        assertThat(again.cache().status()).isEqualTo(CacheOutcome.Status.BYPASS);
        assertThat(again.cache().reason()).isEqualTo("caching is off for category 'stocks'");
        assertThat(cache.entries).isEmpty();
        assertThat(cache.lookups).isEmpty();
        assertThat(model.calls).hasSize(2);

        SemanticRouter turnedBackOn = base().selector(fixed("stocks")).categoryCaching("stocks", false)
                .categoryCaching("stocks", true).build();
        turnedBackOn.route(List.of(UserMessage.from("price of the index fund")));
        assertThat(cache.entries).hasSize(1);
    }

    @Test
    void categorySettingsRefuseBadArguments() {
        SemanticRouterBuilder b = base();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.categoryTtl("news", java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl must be positive");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.categoryTtl("news", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("ttl");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.categoryCaching(" ", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category must not be blank");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.categoryThreshold("math", 0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.categoryThreshold(null, 0.9))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("category");
    }

    @Test
    void timeSensitiveQuestionsBypassTheCacheUnlessAllowed() {
        SemanticRouter router = base().build();
        router.route(List.of(UserMessage.from("what is the weather in Oslo today")));
        RoutedResponse again = router.route(List.of(UserMessage.from("what is the weather in Oslo today")));
        assertThat(again.cacheHit()).isFalse();
        assertThat(again.cache().status()).isEqualTo(CacheOutcome.Status.BYPASS);
        assertThat(again.cache().reason()).contains("time-sensitive").contains("weather");
        assertThat(cache.entries).isEmpty();

        SemanticRouter allowing = base().cacheTimeSensitive(true).build();
        allowing.route(List.of(UserMessage.from("latest LTS release of Java")));
        assertThat(allowing.route(List.of(UserMessage.from("latest LTS release of Java"))).cacheHit()).isTrue();
    }

    @Test
    void personalDataIsKeptOutOfTheSharedScopeButNotOutOfATenantScope() {
        SemanticRouter router = base().build();
        RoutedResponse shared = router.route(List.of(UserMessage.from("write to jane.doe@example.com about the invoice")));
        assertThat(shared.cache().stored()).isFalse();
        assertThat(shared.cache().reason()).contains("personal data ([EMAIL])").contains("shared scope");

        RoutedResponse tenant = router.route(RouteRequest.builder().tenant("acme")
                .messages(UserMessage.from("write to jane.doe@example.com about the invoice")).build());
        assertThat(tenant.cache().stored()).isTrue();

        ScriptedModel leaky = new ScriptedModel("leaky", q -> TestDoubles.reply("call me on +44 20 7946 0958"));
        SemanticRouter answers = SemanticRouter.builder().embedder(embedder).cache(new RecordingCache(0.8))
                .model("leaky", leaky).build();
        RoutedResponse r = answers.route(List.of(UserMessage.from("who handles refunds")));
        assertThat(r.cache().stored()).isFalse();
        assertThat(r.cache().reason()).contains("PHONE");

        SemanticRouter off = base().storePiiInSharedScope().build();
        assertThat(off.route(List.of(UserMessage.from("mail bob@example.org a summary"))).cache().stored()).isTrue();
    }

    @Test
    void toolCallAnswersAreStoredAndReplayedOnlyWhenAllowed() {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("call_1").name("lookupOrder")
                .arguments("{\"order\":\"A-17\"}").build();
        ScriptedModel tools = new ScriptedModel("tools", q -> ChatResponse.builder()
                .aiMessage(AiMessage.from(List.of(call))).finishReason(FinishReason.TOOL_EXECUTION).build());
        SemanticRouter router = SemanticRouter.builder().embedder(embedder).cache(cache).model("tools", tools)
                .cacheToolCalls(true).build();

        RoutedResponse first = router.route(List.of(UserMessage.from("where is order A-17")));
        RoutedResponse second = router.route(List.of(UserMessage.from("where is order A-17")));

        assertThat(first.cache().stored()).isTrue();
        assertThat(second.cacheHit()).isTrue();
        AiMessage replay = second.response().aiMessage();
        assertThat(replay.toolExecutionRequests()).containsExactly(call);
        assertThat(second.response().finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
        assertThat(tools.calls).hasSize(1);
    }

    @Test
    void unreadableStoredToolCallIsAMissNotACrash() {
        SemanticRouter router = base().build();
        Embedding e = embedder.embed("broken entry");
        String partition = ConversationKey.read(List.of(UserMessage.from("broken entry"))).partition("", 16, null, "m");
        cache.store(new CacheEntry(partition, "broken entry", e, "\u0000tool-calls:{not json", "m", null));

        RoutedResponse r = router.route(List.of(UserMessage.from("broken entry")));

        assertThat(r.cacheHit()).isFalse();
        assertThat(r.cache().status()).isEqualTo(CacheOutcome.Status.ERROR);
        assertThat(r.text()).isEqualTo("m answers: broken entry");
    }
}
