package io.semanticrouter.examples;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import io.semanticrouter.AllModelsFailedException;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.cache.memory.EvictionPolicy;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.embeddings.OnnxEmbedder;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quickstart: routes a handful of questions, then serves paraphrases from the semantic cache.
 * Runs offline with demo stand-in models; set {@code ROUTER_BASE_URL} (see {@link DemoModels}) to use a real
 * OpenAI-compatible endpoint instead.
 *
 * <p>Run it with {@code mvn -q -pl examples -am compile exec:java}.
 */
public final class Quickstart {

    /**
     * The questions the demo asks, in order: four first-time questions, two paraphrases (served from the
     * cache), then a question and its negation, which embeds almost identically (similarity above 0.9) and is
     * refused by hit verification.
     */
    public static final List<String> QUESTIONS = List.of(
            "How do I sort a map by its values in Java?",
            "What is the integral of 2x from 0 to 3?",
            "I want a refund, my order arrived broken",
            "What are the main renewable energy sources?",
            "Which renewable energy sources matter most?",
            "In Java, how can I sort a map by value?",
            "Should I plan a 3-day trip to Lisbon with a rental car?",
            "Should I plan a 3-day trip to Lisbon without a rental car?");

    private Quickstart() {
    }

    public static void main(String[] args) {
        try {
            run(System.out, DemoModels.fromEnvironment(Duration.ofMillis(300)));
        } catch (AllModelsFailedException e) {
            if (!DemoModels.usingRealEndpoint()) {
                throw e; // the stand-ins do not fail: this is a bug, so keep the stack trace
            }
            System.err.println("The model endpoint at " + System.getenv("ROUTER_BASE_URL") + " did not answer: "
                    + e.getMessage() + "\nIs the server running, and are ROUTER_BASE_URL and the model names right?"
                    + " Unset ROUTER_BASE_URL to run on the offline stand-ins.");
            System.exit(1);
        }
    }

    /** Runs the demo, printing to {@code out}; returns the routed responses in question order. */
    public static List<RoutedResponse> run(PrintStream out, Map<String, ChatModel> models) {
        out.println("Semantic Router for Java - quickstart");
        out.println(DemoModels.usingRealEndpoint()
                ? "Models: real OpenAI-compatible endpoint at " + System.getenv("ROUTER_BASE_URL")
                : "Models: offline demo stand-ins (they echo the question after a simulated 300-900 ms latency)");
        long t0 = System.nanoTime();
        try (OnnxEmbedder embedder = OnnxEmbedder.allMiniLmL6V2();
             InMemorySemanticCache cache = InMemorySemanticCache.builder()
                     .similarityThreshold(0.8)
                     .maxEntries(10_000)
                     .ttl(Duration.ofHours(1))
                     .evictionPolicy(EvictionPolicy.LRU)
                     .build()) {
            SemanticRouter router = DemoRouter.build(embedder, cache, models);
            out.printf(Locale.ROOT, "Loaded all-MiniLM-L6-v2 and trained the classifier in %d ms%n%n",
                    (System.nanoTime() - t0) / 1_000_000);

            List<RoutedResponse> responses = new java.util.ArrayList<>();
            for (String q : QUESTIONS) {
                RoutedResponse r = router.route(List.of(UserMessage.from(q)));
                responses.add(r);
                print(out, q, r);
            }
            RoutedResponse miss = responses.get(3);
            RoutedResponse hit = responses.get(4);
            if (hit.cacheHit()) {
                out.printf(Locale.ROOT, "%nThe paraphrase was answered from the cache in %.1f ms instead of %.1f ms.%n",
                        ms(hit.timings().total()), ms(miss.timings().total()));
            }
            return responses;
        }
    }

    private static void print(PrintStream out, String q, RoutedResponse r) {
        String category = r.decision().category() == null ? "-" : r.decision().category();
        out.printf(Locale.ROOT, "Q: %s%n", q);
        out.printf(Locale.ROOT, "   category=%s (confidence %.2f)  model=%s%n", category, r.decision().confidence(), r.model());
        out.printf(Locale.ROOT, "   why: %s%n", r.decision().reason());
        if (r.cacheHit()) {
            out.printf(Locale.ROOT, "   cache: HIT similarity=%.3f, matched \"%s\"%n", r.cache().similarity(), r.cache().matchedQuery());
        } else if (r.cache().rejectedBy() != null) {
            out.printf(Locale.ROOT, "   cache: REJECTED \"%s\" (%s)%n", r.cache().matchedQuery(), r.cache().reason());
        } else {
            out.printf(Locale.ROOT, "   cache: %s (%s)%n", r.cache().status(), r.cache().reason());
        }
        out.printf(Locale.ROOT, "   time: %.1f ms total, %.1f ms routing overhead%n",
                ms(r.timings().total()), ms(r.timings().routingOverhead()));
        out.printf(Locale.ROOT, "   A: %s%n%n", r.text());
    }

    private static double ms(Duration d) {
        return d.toNanos() / 1e6;
    }
}
