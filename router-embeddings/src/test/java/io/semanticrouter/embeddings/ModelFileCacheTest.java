package io.semanticrouter.embeddings;

import io.semanticrouter.Embedding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ModelFileCacheTest {

    private static final String TEXT = "How do I reverse a linked list in Java?";

    private static List<Path> onnxFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".onnx")).toList();
        }
    }

    @Test
    void extractsTheJarModelOnceThenLoadsTheCheckedCopy(@TempDir Path dir) throws IOException {
        Embedding fromJar;
        try (OnnxEmbedder plain = OnnxEmbedder.builder().build()) {
            fromJar = plain.embed(TEXT);
        }
        try (OnnxEmbedder first = OnnxEmbedder.builder().modelCacheDirectory(dir).build()) {
            assertThat(first.embed(TEXT).cosine(fromJar)).isGreaterThan(0.9999);
        }
        List<Path> copies = onnxFiles(dir);
        assertThat(copies).hasSize(1);
        Path copy = copies.get(0);
        assertThat(copy.getFileName().toString()).matches("all-minilm-l6-v2-[0-9a-f]{8}-90387606\\.onnx");
        assertThat(Files.size(copy)).isEqualTo(90_387_606L);

        // a valid copy is used as it is: not written again
        FileTime marked = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copy, marked);
        try (OnnxEmbedder second = OnnxEmbedder.builder().modelCacheDirectory(dir).build()) {
            assertThat(second.embed(TEXT).cosine(fromJar)).isGreaterThan(0.9999);
        }
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(marked);
        try (Stream<Path> files = Files.list(dir)) {
            // (beside it, ONNX Runtime's native libraries when this was the JVM's first ONNX Runtime use)
            assertThat(files.filter(f -> !f.getFileName().toString().startsWith("onnxruntime-")))
                    .as("no temporary files left behind").containsExactly(copy);
        }
    }

    @Test
    void aDamagedCopyIsNotLoadedButWrittenAgain(@TempDir Path dir) throws IOException {
        try (OnnxEmbedder first = OnnxEmbedder.builder().modelCacheDirectory(dir).build()) {
            first.embed(TEXT);
        }
        Path copy = onnxFiles(dir).get(0);
        long size = Files.size(copy);
        long crc = Long.parseLong(copy.getFileName().toString().split("-")[4], 16);
        assertThat(ModelFileCache.matches(copy, size, crc)).isTrue();
        try (var ch = Files.newByteChannel(copy, StandardOpenOption.WRITE)) {
            ch.position(size / 2).write(java.nio.ByteBuffer.wrap(new byte[]{1, 2, 3, 4, 5, 6, 7, 8}));
        }
        assertThat(Files.size(copy)).isEqualTo(size);
        assertThat(ModelFileCache.matches(copy, size, crc)).isFalse();

        try (OnnxEmbedder again = OnnxEmbedder.builder().modelCacheDirectory(dir).build()) {
            assertThat(again.embed(TEXT).dimension()).isEqualTo(384);
        }
        assertThat(ModelFileCache.matches(copy, size, crc)).as("rewritten from the jar").isTrue();
    }

    @Test
    void anUnusableDirectoryFallsBackToTheJar(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        try (OnnxEmbedder e = OnnxEmbedder.builder().modelCacheDirectory(notADirectory.resolve("models")).build()) {
            assertThat(e.embed(TEXT).dimension()).isEqualTo(384);
        }
        assertThat(Files.readString(notADirectory)).isEqualTo("x");
    }

    @Test
    void namesCarryTheEntrysIdentity() {
        assertThat(ModelFileCache.fileName("all-minilm-l6-v2.onnx", 0xd89d07a7L, 90387606L))
                .isEqualTo("all-minilm-l6-v2-d89d07a7-90387606.onnx");
        assertThat(ModelFileCache.fileName("models/x.onnx", 0x1L, 5L)).isEqualTo("x-00000001-5.onnx");
    }
}
