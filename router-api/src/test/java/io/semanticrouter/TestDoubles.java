package io.semanticrouter;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Unit-test doubles for the router's collaborators. The real parts are tested in their own modules. */
final class TestDoubles {

    private TestDoubles() {
    }

    /** Hashed bag of words, normalised: identical word sets give cosine 1. */
    static final class WordsEmbedder implements Embedder {
        final List<String> seen = new CopyOnWriteArrayList<>();
        int window = 64;
        RuntimeException failure;

        @Override
        public Embedding embed(String text) {
            seen.add(text);
            if (failure != null) {
                throw failure;
            }
            float[] v = new float[64];
            String[] words = text.toLowerCase(Locale.ROOT).split("\\W+");
            for (String w : words) {
                if (!w.isEmpty()) {
                    v[Math.floorMod(w.hashCode(), 64)] += 1;
                }
            }
            v[0] += 0.01f;
            VectorMath.normalize(v);
            return new Embedding(v, words.length, words.length > window);
        }

        @Override
        public int dimension() {
            return 64;
        }

        @Override
        public int maxTokens() {
            return window;
        }

        @Override
        public String modelId() {
            return "words";
        }
    }

    /** A map-backed cache that records calls; optionally fails. */
    static class RecordingCache implements SemanticCache {
        final List<CacheEntry> entries = Collections.synchronizedList(new ArrayList<>());
        final List<CacheQuery> lookups = new CopyOnWriteArrayList<>();
        volatile RuntimeException failure;
        final double threshold;

        RecordingCache(double threshold) {
            this.threshold = threshold;
        }

        @Override
        public CacheResult lookup(CacheQuery query) {
            lookups.add(query);
            if (failure != null) {
                throw failure;
            }
            CacheEntry best = null;
            double bestSim = Double.NaN;
            synchronized (entries) {
                for (CacheEntry e : entries) {
                    if (e.partition().equals(query.partition())) {
                        double s = e.embedding().cosine(query.embedding());
                        if (best == null || s > bestSim) {
                            best = e;
                            bestSim = s;
                        }
                    }
                }
            }
            return best != null && bestSim >= threshold ? CacheResult.hit(best, bestSim) : CacheResult.miss(bestSim);
        }

        @Override
        public void store(CacheEntry entry) {
            if (failure != null) {
                throw failure;
            }
            entries.add(entry);
        }

        @Override
        public long size() {
            return entries.size();
        }

        @Override
        public void clear() {
            entries.clear();
        }

        @Override
        public double similarityThreshold() {
            return threshold;
        }
    }

    /** A chat model that answers through a function of the last user text and records its calls. */
    static final class ScriptedModel implements ChatModel {
        final String name;
        final List<ChatRequest> calls = new CopyOnWriteArrayList<>();
        final Function<ChatRequest, ChatResponse> behaviour;

        ScriptedModel(String name, Function<ChatRequest, ChatResponse> behaviour) {
            this.name = name;
            this.behaviour = behaviour;
        }

        static ScriptedModel echo(String name) {
            return new ScriptedModel(name, r -> reply(name + " answers: " + lastUser(r.messages())));
        }

        static ScriptedModel failing(String name, RuntimeException e) {
            return new ScriptedModel(name, r -> {
                throw e;
            });
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            calls.add(request);
            return behaviour.apply(request);
        }
    }

    static ChatResponse reply(String text) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).modelName("upstream-name")
                .finishReason(FinishReason.STOP).build();
    }

    static String lastUser(List<ChatMessage> messages) {
        return UserMessage.findLast(messages).map(u -> u.hasSingleText() ? u.singleText() : u.contents().size() + " parts")
                .orElse("?");
    }
}
