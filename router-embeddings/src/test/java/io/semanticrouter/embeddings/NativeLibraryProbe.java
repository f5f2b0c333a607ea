package io.semanticrouter.embeddings;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by {@link NativeLibraryCacheTest}: builds the MiniLM embedder with the cache directory given as
 * the argument, embeds one text, and prints the dimension, the {@code onnxruntime.native.path} property and the
 * file ONNX Runtime's library was mapped from (Linux {@code /proc/self/maps}).
 */
public final class NativeLibraryProbe {

    private NativeLibraryProbe() {
    }

    /**
     * @param args the cache directory
     * @throws Exception when anything fails (the test reads the output)
     */
    public static void main(String[] args) throws Exception {
        try (OnnxEmbedder e = OnnxEmbedder.builder().modelCacheDirectory(Path.of(args[0])).build()) {
            System.out.println("dimension=" + e.embed("How do I reverse a list in Java?").dimension());
        } catch (RuntimeException | Error err) {
            System.out.println("failed=" + err);
        }
        System.out.println("property=" + System.getProperty(NativeLibraryCache.NATIVE_PATH));
        String lib = System.mapLibraryName("onnxruntime");
        Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .filter(f -> f.endsWith("/" + lib)).distinct()
                .forEach(f -> System.out.println("loaded=" + f));
    }
}
