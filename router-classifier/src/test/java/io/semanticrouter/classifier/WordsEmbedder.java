package io.semanticrouter.classifier;

import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.VectorMath;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Unit-test double: hashed bag of lower-cased words, 256 dims, normalised. Counts its calls. */
final class WordsEmbedder implements Embedder {
    final AtomicInteger calls = new AtomicInteger();
    private final String modelId;

    /** The embedder named {@code words}. */
    WordsEmbedder() {
        this("words");
    }

    /** The same vectors under another model id (a file checked against the embedder's name sees another one). */
    WordsEmbedder(String modelId) {
        this.modelId = modelId;
    }

    @Override
    public Embedding embed(String text) {
        calls.incrementAndGet();
        return vector(text);
    }

    @Override
    public List<Embedding> embedAll(List<String> texts) {
        calls.incrementAndGet();
        return texts.stream().map(WordsEmbedder::vector).toList();
    }

    static Embedding vector(String text) {
        float[] v = new float[256];
        for (String w : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!w.isEmpty()) {
                v[Math.floorMod(w.hashCode(), 256)] += 1;
            }
        }
        v[255] += 0.01f;
        VectorMath.normalize(v);
        return Embedding.of(v);
    }

    @Override
    public int dimension() {
        return 256;
    }

    @Override
    public int maxTokens() {
        return 512;
    }

    @Override
    public String modelId() {
        return modelId;
    }
}
