package io.semanticrouter;

import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.semanticrouter.verify.Rule;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RouterStats} on a Micrometer registry: pass {@code new MicrometerRouterStats(registry)} to
 * {@link SemanticRouterBuilder#stats}. Micrometer is an optional dependency of router-core; an application that
 * uses this class brings {@code micrometer-core} itself.
 *
 * <p>The meters: cache outcomes by status and verification rejections by rule.
 * Meter names: {@code semantic_router.cache.lookups{outcome}} and
 * {@code semantic_router.cache.rejections{rule}}, requests blocked by guards:
 * {@code semantic_router.requests.blocked{guard}}, answered requests
 * {@code semantic_router.requests{model, category, cache}}, failed model attempts that led to a fallback or an
 * error {@code semantic_router.model.failures{model}}, and the time of each stage
 * {@code semantic_router.stage.duration{stage}} (embedding, selection, cache_lookup, model, cache_store, total;
 * with a percentile histogram, so Prometheus can compute quantiles), requests that waited for an identical one in
 * flight by how the wait ended {@code semantic_router.coalesced{result}} (served, released, timed_out, cancelled)
 * and the gauge of those waiting now {@code semantic_router.coalesced.waiting}.
 */
public final class MicrometerRouterStats implements RouterStats {

    private final Map<CacheOutcome.Status, Counter> outcomes = new EnumMap<>(CacheOutcome.Status.class);
    private final Map<Rule, Counter> rejections = new EnumMap<>(Rule.class);
    private final MeterRegistry registry;
    private final Map<String, io.micrometer.core.instrument.Timer> stages = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<CoalesceEnd, Counter> coalesced = new EnumMap<>(CoalesceEnd.class);
    private final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Registers the lookup and rejection counters in {@code registry}; the others are registered on first use.
     *
     * @throws NullPointerException if registry is null
     */
    public MicrometerRouterStats(MeterRegistry registry) {
        this.registry = java.util.Objects.requireNonNull(registry, "registry must not be null");
        for (CacheOutcome.Status s : CacheOutcome.Status.values()) {
            outcomes.put(s, Counter.builder("semantic_router.cache.lookups")
                    .description("Requests by what the semantic cache did for them")
                    .tag("outcome", s.name().toLowerCase(java.util.Locale.ROOT))
                    .register(registry));
        }
        for (Rule r : Rule.values()) {
            rejections.put(r, Counter.builder("semantic_router.cache.rejections")
                    .description("Similar cache entries refused by the hit verifier, by rule")
                    .tag("rule", r.key())
                    .register(registry));
        }
        for (CoalesceEnd e : CoalesceEnd.values()) {
            coalesced.put(e, Counter.builder("semantic_router.coalesced")
                    .description("Requests that waited for an identical request in flight, by how the wait ended")
                    .tag("result", e.name().toLowerCase(java.util.Locale.ROOT))
                    .register(registry));
        }
        io.micrometer.core.instrument.Gauge.builder("semantic_router.coalesced.waiting", waiting, Number::doubleValue)
                .description("Requests waiting now for an identical request in flight").register(registry);
    }

    /** A request began waiting for an identical one in flight ({@code semantic_router.coalesced.waiting} + 1). */
    @Override
    public void coalesceStarted() {
        waiting.incrementAndGet();
    }

    /** A wait ended: counted in {@code semantic_router.coalesced{result}}, the gauge goes down by one. */
    @Override
    public void coalesceEnded(CoalesceEnd reason) {
        waiting.decrementAndGet();
        coalesced.get(reason).increment();
    }

    @Override
    public void cacheOutcome(CacheOutcome outcome) {
        outcomes.get(outcome.status()).increment();
    }

    /** A request blocked by a guard ({@code semantic_router.requests.blocked{guard}}). */
    @Override
    public void blocked(String guard) {
        Counter.builder("semantic_router.requests.blocked").description("Requests blocked by a guard")
                .tag("guard", guard).register(registry).increment();
    }

    /** An answered request: counts it by model, category and cache outcome, its failed attempts, its stage times. */
    @Override
    public void answered(RoutedResponse r) {
        String category = r.decision().category() == null ? "none" : r.decision().category();
        Counter.builder("semantic_router.requests").description("Answered requests by model, category and cache outcome")
                .tag("model", r.model()).tag("category", category)
                .tag("cache", r.cache().status().name().toLowerCase(java.util.Locale.ROOT))
                .register(registry).increment();
        unanswered(r.failures());
        spend(r);
        StageTimings t = r.timings();
        stage("embedding", t.embedding());
        stage("selection", t.selection());
        stage("cache_lookup", t.cacheLookup());
        stage("model", t.model());
        stage("cache_store", t.cacheStore());
        stage("total", t.total());
    }

    /**
     * Tokens and cost of a model's answer, by model ({@code semantic_router.tokens{model, kind=prompt|completion}},
     * {@code semantic_router.cost{model}}), and the cost a cache hit saved ({@code semantic_router.cost.saved{model}}).
     * Costs are in the currency of the prices; unknown costs (no price, no usage) are not counted.
     */
    private void spend(RoutedResponse r) {
        TokenUsage usage = r.response().tokenUsage();
        if (!r.cacheHit() && !r.coalesced() && usage != null) {
            tokens(r.model(), "prompt", usage.inputTokenCount());
            tokens(r.model(), "completion", usage.outputTokenCount());
        }
        if (r.cost() > 0) {
            Counter.builder("semantic_router.cost").description("What answers cost at the models' prices")
                    .tag("model", r.model()).register(registry).increment(r.cost());
        }
        if (r.costSaved() > 0) {
            Counter.builder("semantic_router.cost.saved")
                    .description("Estimated cost saved by cache hits: the stored answer's tokens at the model's price")
                    .tag("model", r.model()).register(registry).increment(r.costSaved());
        }
    }

    private void tokens(String model, String kind, Integer count) {
        if (count != null && count > 0) {
            Counter.builder("semantic_router.tokens").description("Tokens of model calls, by model and kind")
                    .tag("model", model).tag("kind", kind).register(registry).increment(count);
        }
    }

    /** Time to first token and time per output token of streamed answers, by model. */
    @Override
    public void streamed(String model, java.time.Duration timeToFirstToken, java.time.Duration timePerOutputToken) {
        io.micrometer.core.instrument.Timer.builder("semantic_router.stream.time_to_first_token")
                .description("Time from the model call to the first streamed text").tag("model", model)
                .publishPercentileHistogram().register(registry).record(timeToFirstToken);
        if (!timePerOutputToken.isZero()) {
            io.micrometer.core.instrument.Timer.builder("semantic_router.stream.time_per_output_token")
                    .description("Mean time per output token after the first, per streamed answer").tag("model", model)
                    .publishPercentileHistogram().register(registry).record(timePerOutputToken);
        }
    }

    /** Failed model calls: fallbacks before an answer, or all the attempts of a request that got none. */
    @Override
    public void unanswered(List<ModelFailure> failures) {
        for (ModelFailure f : failures) {
            Counter.builder("semantic_router.model.failures")
                    .description("Failed model calls (each one fell back to the next candidate or failed the request)")
                    .tag("model", f.model()).register(registry).increment();
        }
    }

    private void stage(String name, java.time.Duration d) {
        if (!d.isZero()) {
            // registered on first use, then looked up without building a meter id on every request
            stages.computeIfAbsent(name, n -> io.micrometer.core.instrument.Timer.builder("semantic_router.stage.duration")
                    .description("Time spent in each stage of a routed request").tag("stage", n)
                    .publishPercentileHistogram().register(registry)).record(d);
        }
    }

    /** One candidate refused by the verifier (a request can refuse several before a hit or a miss). */
    @Override
    public void rejected(Rule rule) {
        rejections.get(rule).increment();
    }
}
