package io.semanticrouter.verify;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.semanticrouter.Embedding;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An optional second opinion for hits in a grey zone: after a first verifier accepted a pair whose embedding
 * similarity lies in {@code [greyFrom, greyTo)}, a configured (small) chat model is asked whether the two
 * questions ask the same thing. Only a clear "yes" serves the hit. Any other answer, an error or no answer
 * within the timeout refuses it ({@link Rule#SCORER}): a wrong cached answer is worse than a miss. Pairs
 * outside the grey zone, or without embeddings, get the first verifier's verdict and cost no model call.
 *
 * <p>Off by default: nothing in the router builds one unless asked. Thread-safe; the model calls run on a
 * small daemon pool so a slow model cannot hold the request past the timeout.
 */
public final class ChatModelHitVerifier implements HitVerifier {

    static final String INSTRUCTION = "You compare two questions a user asked. Answer with one word: YES if one "
            + "answer correctly answers both questions, NO otherwise (different quantity, object, direction, "
            + "polarity, condition or detail).";

    private final HitVerifier first;
    private final ChatModel model;
    private final double greyFrom;
    private final double greyTo;
    private final Duration timeout;
    private final ExecutorService pool;

    private ChatModelHitVerifier(Builder b) {
        this.first = b.first;
        this.model = b.model;
        this.greyFrom = b.greyFrom;
        this.greyTo = b.greyTo;
        this.timeout = b.timeout;
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "chat-model-hit-verifier");
            t.setDaemon(true);
            return t;
        });
    }

    /** A builder; {@link Builder#model} is required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Verdict verify(String cachedQuestion, String newQuestion) {
        return first.verify(cachedQuestion, newQuestion);
    }

    @Override
    public Verdict verify(String cachedQuestion, Embedding cachedEmbedding, String newQuestion, Embedding newEmbedding) {
        Verdict verdict = first.verify(cachedQuestion, cachedEmbedding, newQuestion, newEmbedding);
        if (!verdict.accepted() || cachedEmbedding == null || newEmbedding == null) {
            return verdict;
        }
        double similarity = cachedEmbedding.cosine(newEmbedding);
        if (similarity < greyFrom || similarity >= greyTo) {
            return verdict;
        }
        return ask(cachedQuestion, newQuestion);
    }

    private Verdict ask(String cachedQuestion, String newQuestion) {
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(INSTRUCTION),
                        UserMessage.from("Question 1: " + cachedQuestion + "\nQuestion 2: " + newQuestion))
                .build();
        String answer;
        try {
            ChatResponse response = CompletableFuture.supplyAsync(() -> model.chat(request), pool)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            answer = response.aiMessage() == null ? null : response.aiMessage().text();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdict.reject(Rule.SCORER, "chat model check interrupted");
        } catch (Exception e) {
            return Verdict.reject(Rule.SCORER, "chat model check failed: " + e);
        }
        String word = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z].*$", "");
        return word.equals("yes") ? Verdict.accept()
                : Verdict.reject(Rule.SCORER, "chat model says not the same question ('" + answer + "')");
    }

    /** Builder of {@link ChatModelHitVerifier}: grey zone [0.80, 0.90), timeout 2 s, first verifier the defaults. */
    public static final class Builder {
        private HitVerifier first = LexicalHitVerifier.defaults();
        private ChatModel model;
        private double greyFrom = 0.80;
        private double greyTo = 0.90;
        private Duration timeout = Duration.ofSeconds(2);

        private Builder() {
        }

        /** The model asked about grey-zone pairs. @throws NullPointerException if null */
        public Builder model(ChatModel model) {
            this.model = Objects.requireNonNull(model, "model must not be null");
            return this;
        }

        /** The verifier that runs first; the model is asked only about pairs it accepts. */
        public Builder first(HitVerifier first) {
            this.first = Objects.requireNonNull(first, "first must not be null");
            return this;
        }

        /**
         * The similarity range [from, to) in which the model is asked.
         *
         * @throws IllegalArgumentException unless {@code 0 <= from < to <= 1}
         */
        public Builder greyZone(double from, double to) {
            if (!(from >= 0 && from < to && to <= 1)) {
                throw new IllegalArgumentException("greyZone must satisfy 0 <= from < to <= 1, was [" + from + ", " + to + ")");
            }
            this.greyFrom = from;
            this.greyTo = to;
            return this;
        }

        /**
         * The grey zone as a configuration lists it ({@code grey_zone: [0.80, 0.90]}): two similarities
         * {@code [from, to]}, checked as {@link #greyZone(double, double)} checks them.
         *
         * @param zone the two similarities
         * @return this builder
         * @throws NullPointerException     if zone is null
         * @throws IllegalArgumentException unless two numbers with {@code 0 <= from < to <= 1}
         */
        public Builder greyZone(java.util.List<Double> zone) {
            Objects.requireNonNull(zone, "greyZone must not be null");
            if (zone.size() != 2 || zone.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("greyZone must be two similarities [from, to], e.g. [0.80, 0.90], was "
                        + zone);
            }
            return greyZone(zone.get(0), zone.get(1));
        }

        /** How long to wait for the model; no answer in time refuses the hit. @throws IllegalArgumentException unless positive */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout must not be null");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** @throws IllegalStateException if no model was given */
        public ChatModelHitVerifier build() {
            if (model == null) {
                throw new IllegalStateException("model is required");
            }
            return new ChatModelHitVerifier(this);
        }
    }
}
