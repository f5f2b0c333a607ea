package io.semanticrouter.eval;

import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Embeddings of texts kept in a local file, so that repeated runs over the same prompts (e.g. cost-quality with
 * other settings) embed each text once. Records are appended: SHA-256 of {@code modelId + "\n" + text}, the
 * dimension, then the float vector; a record of another embedder never matches. Not thread-safe: one command
 * uses it at a time.
 */
final class EmbeddingCache {

    private final Path file;
    private final Map<String, float[]> vectors = new HashMap<>();

    private EmbeddingCache(Path file) {
        this.file = file;
    }

    /** Opens (or starts) the cache file; a truncated last record (an interrupted run) is ignored. */
    static EmbeddingCache open(Path file) {
        EmbeddingCache c = new EmbeddingCache(file);
        if (Files.isRegularFile(file)) {
            try (InputStream raw = Files.newInputStream(file);
                 DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
                c.readAll(in);
            } catch (IOException e) {
                throw new DataException(file + ": cannot read the embedding cache: " + e.getMessage(), e);
            }
        }
        return c;
    }

    private void readAll(DataInputStream in) throws IOException {
        byte[] key = new byte[32];
        while (true) {
            try {
                in.readFully(key);
                float[] v = new float[in.readInt()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = in.readFloat();
                }
                vectors.put(HexFormat.of().formatHex(key), v);
            } catch (EOFException end) {
                return;
            }
        }
    }

    /**
     * The embeddings of {@code texts} in order: from the file where present; the rest are embedded shortest first
     * (so a batch pads little) and appended every 256 texts, so an interrupted run keeps what it did.
     */
    List<Embedding> embed(Embedder embedder, List<String> texts, Progress progress) {
        List<String> missing = texts.stream().filter(t -> !vectors.containsKey(key(embedder, t))).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length)).toList();
        int done = texts.size() - missing.size();
        for (int i = 0; i < missing.size(); i += 256) {
            List<String> part = missing.subList(i, Math.min(missing.size(), i + 256));
            List<Embedding> vs = new ArrayList<>(part.size());
            for (int j = 0; j < part.size(); j += 32) {
                vs.addAll(embedder.embedAll(part.subList(j, Math.min(part.size(), j + 32))));
            }
            append(embedder, part, vs);
            progress.update(Math.min(texts.size(), done + i + part.size()));
        }
        progress.done();
        List<Embedding> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(Embedding.of(vectors.get(key(embedder, t))));
        }
        return out;
    }

    private void append(Embedder embedder, List<String> texts, List<Embedding> embeddings) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
            for (int i = 0; i < texts.size(); i++) {
                String k = key(embedder, texts.get(i));
                float[] v = embeddings.get(i).vector();
                out.write(HexFormat.of().parseHex(k));
                out.writeInt(v.length);
                for (float f : v) {
                    out.writeFloat(f);
                }
                vectors.put(k, v);
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot write the embedding cache: " + e.getMessage(), e);
        }
    }

    private static String key(Embedder embedder, String text) {
        return HexFormat.of().formatHex(HashSplit.sha256(embedder.modelId() + "\n" + text));
    }
}
