package io.semanticrouter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.semanticrouter.verify.Rule;

import java.util.EnumMap;
import java.util.Map;

/**
 * The router's Micrometer meters: cache outcomes by status and verification rejections by rule.
 * Meter names: {@code semantic_router.cache.lookups{outcome}} and
 * {@code semantic_router.cache.rejections{rule}}, and requests blocked by guards:
 * {@code semantic_router.requests.blocked{guard}}.
 */
final class RouterMetrics {

    private final Map<CacheOutcome.Status, Counter> outcomes = new EnumMap<>(CacheOutcome.Status.class);
    private final Map<Rule, Counter> rejections = new EnumMap<>(Rule.class);
    private final MeterRegistry registry;

    RouterMetrics(MeterRegistry registry) {
        this.registry = registry;
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
    }

    void outcome(CacheOutcome outcome) {
        outcomes.get(outcome.status()).increment();
    }

    /** A request blocked by a guard ({@code semantic_router.requests.blocked{guard}}). */
    void blocked(String guard) {
        Counter.builder("semantic_router.requests.blocked").description("Requests blocked by a guard")
                .tag("guard", guard).register(registry).increment();
    }

    /** One candidate refused by the verifier (a request can refuse several before a hit or a miss). */
    void rejected(Rule rule) {
        rejections.get(rule).increment();
    }
}
