package io.semanticrouter.eval;

import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Embeddings of many texts, kept in a file between runs so that training runs over thousands of prompts embed
 * each text once. The file is keyed by the embedder's model id; a file of another model is ignored.
 */
final class EmbeddingStore {

    private final Path file;
    private final Embedder embedder;
    private final Map<String, float[]> vectors = new HashMap<>();

    EmbeddingStore(Path file, Embedder embedder) {
        this.file = file;
        this.embedder = embedder;
        if (file != null && Files.isRegularFile(file)) {
            load();
        }
    }

    /** The vectors of the texts, embedding (in batches, with progress) those not yet stored, then saving. */
    float[][] vectors(List<String> texts) {
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts));
        missing.removeIf(vectors::containsKey);
        if (!missing.isEmpty()) {
            Progress progress = new Progress(System.err, "embedding", missing.size());
            for (int from = 0; from < missing.size(); from += 256) {
                List<String> batch = missing.subList(from, Math.min(missing.size(), from + 256));
                List<Embedding> es = embedder.embedAll(batch);
                for (int i = 0; i < batch.size(); i++) {
                    vectors.put(batch.get(i), es.get(i).vector());
                }
                progress.update(from + batch.size());
            }
            progress.done();
            save();
        }
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            out[i] = vectors.get(texts.get(i));
        }
        return out;
    }

    private void load() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            String model = in.readUTF();
            int n = in.readInt();
            int dim = in.readInt();
            if (!model.equals(embedder.modelId()) || dim != embedder.dimension()) {
                return;
            }
            for (int i = 0; i < n; i++) {
                String text = in.readUTF();
                float[] v = new float[dim];
                for (int d = 0; d < dim; d++) {
                    v[d] = in.readFloat();
                }
                vectors.put(text, v);
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot read the embedding store: " + e.getMessage(), e);
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeUTF(embedder.modelId());
                out.writeInt(vectors.size());
                out.writeInt(embedder.dimension());
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot write the embedding store: " + e.getMessage(), e);
        }
    }
}
