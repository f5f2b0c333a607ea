package io.semanticrouter.examples;

import io.semanticrouter.embeddings.OnnxEmbedder;

/** One real all-MiniLM-L6-v2 embedder per test JVM: loading it takes a second or two. */
final class SharedEmbedder {

    private static OnnxEmbedder instance;

    private SharedEmbedder() {
    }

    static synchronized OnnxEmbedder get() {
        if (instance == null) {
            instance = OnnxEmbedder.allMiniLmL6V2();
        }
        return instance;
    }
}
