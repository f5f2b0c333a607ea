package io.semanticrouter.embeddings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class NativeLibraryCacheTest {

    private static final ClassLoader LOADER = NativeLibraryCacheTest.class.getClassLoader();

    private static String platform() {
        String p = NativeLibraryCache.platform();
        assumeThat(p).as("a platform ONNX Runtime's jar has libraries for").isNotNull();
        return p;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /** The jar entry's size and CRC-32 of one of ONNX Runtime's libraries. */
    private static long[] entry(String platform, String library) throws IOException {
        URL url = LOADER.getResource(NativeLibraryCache.resource(platform, library));
        JarURLConnection jar = ModelFileCache.jarEntry(url);
        return new long[]{jar.getJarEntry().getSize(), jar.getJarEntry().getCrc()};
    }

    @Test
    void extractsBothLibrariesOnceUnderTheirOwnNamesThenUsesTheCheckedCopies(@TempDir Path dir) throws IOException {
        String platform = platform();
        Path libs = NativeLibraryCache.extract(LOADER, platform, dir);
        assertThat(libs).isNotNull();
        assertThat(libs.getParent()).isEqualTo(dir);
        assertThat(libs.getFileName().toString()).matches("onnxruntime-" + platform + "-[0-9a-f]{8}-[0-9a-f]{8}");
        for (String lib : NativeLibraryCache.LIBRARIES) {
            Path file = libs.resolve(System.mapLibraryName(lib));
            long[] e = entry(platform, lib);
            assertThat(ModelFileCache.matches(file, e[0], e[1])).as(lib).isTrue();
        }
        assertThat(list(libs)).hasSize(2);

        // valid copies are used as they are: not written again
        FileTime marked = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Path runtime = libs.resolve(System.mapLibraryName("onnxruntime"));
        Files.setLastModifiedTime(runtime, marked);
        assertThat(NativeLibraryCache.extract(LOADER, platform, dir)).isEqualTo(libs);
        assertThat(Files.getLastModifiedTime(runtime)).isEqualTo(marked);
        assertThat(list(libs)).as("no temporary files left behind").hasSize(2);
    }

    @Test
    void aDamagedOrMissingLibraryIsWrittenAgain(@TempDir Path dir) throws IOException {
        String platform = platform();
        Path libs = NativeLibraryCache.extract(LOADER, platform, dir);
        Path runtime = libs.resolve(System.mapLibraryName("onnxruntime"));
        Path jni = libs.resolve(System.mapLibraryName("onnxruntime4j_jni"));
        long[] e = entry(platform, "onnxruntime");
        try (var ch = Files.newByteChannel(runtime, StandardOpenOption.WRITE)) {
            ch.position(e[0] / 2).write(ByteBuffer.wrap(new byte[]{1, 2, 3, 4, 5, 6, 7, 8}));
        }
        Files.delete(jni);
        assertThat(ModelFileCache.matches(runtime, e[0], e[1])).isFalse();

        assertThat(NativeLibraryCache.extract(LOADER, platform, dir)).isEqualTo(libs);
        assertThat(ModelFileCache.matches(runtime, e[0], e[1])).as("rewritten from the jar").isTrue();
        long[] j = entry(platform, "onnxruntime4j_jni");
        assertThat(ModelFileCache.matches(jni, j[0], j[1])).as("extracted again").isTrue();
    }

    @Test
    void offersNothingWhenTheDirectoryIsUnusableOrThereAreNoLibraries(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        assertThat(NativeLibraryCache.extract(LOADER, platform(), notADirectory.resolve("cache"))).isNull();
        assertThat(NativeLibraryCache.extract(LOADER, "linux-riscv128", dir)).as("no such resources").isNull();
        assertThat(NativeLibraryCache.extract(LOADER, null, dir)).as("unknown platform").isNull();
        assertThat(Files.readString(notADirectory)).isEqualTo("x");
        assertThat(list(dir)).containsExactly(notADirectory);
    }

    @Test
    void namesPlatformsAsOnnxRuntimesJarDoes() {
        assertThat(NativeLibraryCache.platform("Linux", "amd64")).isEqualTo("linux-x64");
        assertThat(NativeLibraryCache.platform("Linux", "aarch64")).isEqualTo("linux-aarch64");
        assertThat(NativeLibraryCache.platform("Mac OS X", "aarch64")).isEqualTo("osx-aarch64");
        assertThat(NativeLibraryCache.platform("Mac OS X", "x86_64")).isEqualTo("osx-x64");
        assertThat(NativeLibraryCache.platform("Windows 11", "amd64")).isEqualTo("win-x64");
        assertThat(NativeLibraryCache.platform("Linux", "ppc64le")).isNull();
        assertThat(NativeLibraryCache.platform("SunOS", "amd64")).isNull();
    }

    /**
     * In a fresh JVM (ONNX Runtime is initialised once per JVM): an embedder with a cache directory makes ONNX
     * Runtime load its libraries from there, and embeds; a second JVM finds a damaged copy, writes it again and
     * loads that; a JVM whose user set {@code onnxruntime.native.path} keeps the user's choice.
     */
    @Test
    void aFreshJvmLoadsOnnxRuntimeFromTheCacheAndRepairsADamagedCopy(@TempDir Path dir) throws Exception {
        assumeThat(Files.isReadable(Path.of("/proc/self/maps"))).as("Linux, to see which file was loaded").isTrue();
        String first = runProbe(dir);
        assertThat(first).contains("dimension=384");
        Path libs = NativeLibraryCache.extract(LOADER, platform(), dir);
        Path runtime = libs.resolve(System.mapLibraryName("onnxruntime"));
        assertThat(first).contains("property=" + libs).contains("loaded=" + runtime);

        long[] e = entry(platform(), "onnxruntime");
        try (var ch = Files.newByteChannel(runtime, StandardOpenOption.WRITE)) {
            ch.position(e[0] / 3).write(ByteBuffer.wrap(new byte[]{9, 9, 9, 9}));
        }
        String second = runProbe(dir);
        assertThat(second).contains("dimension=384").contains("loaded=" + runtime);
        assertThat(ModelFileCache.matches(runtime, e[0], e[1])).isTrue();

        Path elsewhere = Files.createDirectory(dir.resolve("user-choice"));
        String user = runProbe(dir, "-D" + NativeLibraryCache.NATIVE_PATH + "=" + elsewhere);
        assertThat(user).as("the user's property is kept (ONNX Runtime then fails to find the libraries there)")
                .contains("property=" + elsewhere).doesNotContain("loaded=" + runtime);
    }

    private static String runProbe(Path dir, String... jvmArgs) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(jvmArgs));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), NativeLibraryProbe.class.getName(),
                dir.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("probe finished: " + out).isTrue();
        return out;
    }
}
