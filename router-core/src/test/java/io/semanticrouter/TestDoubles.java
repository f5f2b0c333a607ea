package io.semanticrouter;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
        public List<CacheResult> search(CacheQuery query, int limit) {
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
            return List.of(best != null && bestSim >= query.threshold(threshold) ? CacheResult.hit(best, bestSim)
                    : CacheResult.miss(bestSim));
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
    /** The words embedder under all-MiniLM-L6-v2's model id, with another dimension: it must not get MiniLM's heads. */
    static final class MiniLmNamed implements Embedder {
        private final WordsEmbedder words = new WordsEmbedder();

        @Override
        public Embedding embed(String text) {
            return words.embed(text);
        }

        @Override
        public int dimension() {
            return words.dimension();
        }

        @Override
        public int maxTokens() {
            return words.maxTokens();
        }

        @Override
        public String modelId() {
            return "all-minilm-l6-v2";
        }
    }

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

    /** A selector that always ranks {@code models} in this order, category "cat". */
    static ModelSelector fixed(String... models) {
        return new ModelSelector() {
            @Override
            public RouteDecision select(RequestContext context) {
                return new RouteDecision("cat", 0.9, List.of(models), "fixed");
            }

            @Override
            public Set<String> modelNames() {
                return Set.of(models);
            }
        };
    }

    static ChatResponse reply(String text) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).modelName("upstream-name")
                .finishReason(FinishReason.STOP).build();
    }

    static String lastUser(List<ChatMessage> messages) {
        return UserMessage.findLast(messages).map(u -> u.hasSingleText() ? u.singleText() : u.contents().size() + " parts")
                .orElse("?");
    }

    /**
     * A streaming model that runs a script on a thread of its own for each call, as HTTP-backed models deliver
     * their events on a client thread. It records its calls, whether the router cancelled it, and when each
     * call's script has finished.
     */
    static final class ScriptedStreamingModel implements StreamingChatModel {
        final String name;
        final List<ChatRequest> calls = new CopyOnWriteArrayList<>();
        final AtomicBoolean cancelled = new AtomicBoolean();
        final CountDownLatch finished = new CountDownLatch(1);
        final Script script;

        /** What one call does. */
        interface Script {
            void run(ChatRequest request, Emitter out) throws Exception;
        }

        ScriptedStreamingModel(String name, Script script) {
            this.name = name;
            this.script = script;
        }

        /** Streams "NAME answers: QUESTION" a word at a time, then completes with STOP. */
        static ScriptedStreamingModel echo(String name) {
            return new ScriptedStreamingModel(name, (r, out) -> out.words(name + " answers: " + lastUser(r.messages()),
                    FinishReason.STOP));
        }

        /** Reports {@code e} before sending any text. */
        static ScriptedStreamingModel failing(String name, Exception e) {
            return new ScriptedStreamingModel(name, (r, out) -> out.error(e));
        }

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            calls.add(request);
            Emitter out = new Emitter(handler, cancelled);
            Thread t = new Thread(() -> {
                try {
                    script.run(request, out);
                } catch (Exception e) {
                    out.error(e);
                } finally {
                    finished.countDown();
                }
            }, name + "-stream");
            t.setDaemon(true);
            t.start();
        }

        boolean awaitFinished() throws InterruptedException {
            return finished.await(30, TimeUnit.SECONDS);
        }
    }

    /** Sends one call's events to the router, each partial with a handle that records cancellation. */
    static final class Emitter {
        private final StreamingChatResponseHandler handler;
        private final PartialResponseContext context;

        Emitter(StreamingChatResponseHandler handler, AtomicBoolean cancelled) {
            this.handler = handler;
            this.context = new PartialResponseContext(new StreamingHandle() {
                @Override
                public void cancel() {
                    cancelled.set(true);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }
            });
        }

        void partial(String text) {
            handler.onPartialResponse(new PartialResponse(text), context);
        }

        void complete(String text, FinishReason finish) {
            complete(ChatResponse.builder().aiMessage(AiMessage.from(text)).modelName("upstream-name")
                    .finishReason(finish).build());
        }

        void complete(ChatResponse response) {
            handler.onCompleteResponse(response);
        }

        /** Streams {@code text} a word (with its following space) at a time, then completes with it. */
        void words(String text, FinishReason finish) {
            for (String w : text.split("(?<= )")) {
                partial(w);
            }
            complete(text, finish);
        }

        void error(Throwable e) {
            handler.onError(e);
        }
    }

    static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
