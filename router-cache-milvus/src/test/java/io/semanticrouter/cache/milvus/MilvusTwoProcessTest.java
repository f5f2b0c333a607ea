package io.semanticrouter.cache.milvus;

import io.semanticrouter.CacheEntry;
import io.semanticrouter.testing.MilvusTestServer;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two JVMs on one collection. The SDK's Session consistency remembers the last write's timestamp inside one
 * JVM only, so a second process reading with Session gets no guarantee about the first one's writes: it sees
 * them once the server has applied them. A Strong read in the second process sees every write the first one
 * had acknowledged. This test writes in this JVM, reads in another, and prints how long the other process
 * took to see each entry (the README's figures come from it).
 */
class MilvusTwoProcessTest {

    private static final int DIM = 8;
    private static final int ROUNDS = 5;

    @Test
    void aSecondProcessSeesAcknowledgedWritesAtOnceWithStrongAndSoonWithSession() throws Exception {
        String uri = MilvusTestServer.uri();
        String collection = "two_jvm_" + UUID.randomUUID().toString().replace("-", "");
        MilvusSemanticCache writer = MilvusSemanticCache.builder()
                .config(TestConfig.builder().uri(uri).collection(collection).dimension(DIM)
                        .writeMaxDelay(Duration.ofMillis(5)).requestTimeout(Duration.ofSeconds(10)).build())
                .build();
        writer.initialize();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OtherProcessReader.class.getName(),
                uri, collection, Integer.toString(DIM))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (writer) {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter in = new PrintWriter(other.getOutputStream(), true, StandardCharsets.UTF_8);
            assertThat(readAnswer(out)).isEqualTo("READY");

            List<Long> sessionMillis = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                // Session in the other process: it polls from the moment this one's write was acknowledged
                store(writer, round, "session " + round);
                in.println("SESSION " + round);
                String seen = readAnswer(out);
                assertThat(seen).as("the other process sees entry %d", round).startsWith("SEEN ");
                sessionMillis.add(Long.parseLong(seen.split(" ")[1]));
            }
            for (int round = ROUNDS; round < DIM; round++) {
                // Strong in the other process: its first lookup after the acknowledgement is a hit
                store(writer, round, "strong " + round);
                in.println("STRONG " + round);
                assertThat(readAnswer(out)).as("Strong lookup of entry %d in the other process", round).isEqualTo("HIT");
            }
            in.println("QUIT");
            System.out.printf("Milvus %s, second process with Session saw acknowledged writes after %s ms%n",
                    MilvusTestServer.kind(), sessionMillis);
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).isZero();
        } finally {
            other.destroyForcibly();
            writer.dropCollection();
        }
    }

    private static void store(MilvusSemanticCache writer, int axis, String answer) {
        writer.store(new CacheEntry("shared", "question " + axis, OtherProcessReader.unit(DIM, axis), answer, "m", null));
        assertThat(writer.awaitPendingWrites(Duration.ofSeconds(30))).isTrue();
    }

    /** The other process's next answer, skipping log lines; fails after a minute. */
    private static String readAnswer(BufferedReader out) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            String line = out.readLine();
            if (line == null) {
                throw new AssertionError("the other process ended early");
            }
            if (line.equals("READY") || line.equals("HIT") || line.equals("MISS") || line.startsWith("SEEN ")
                    || line.equals("TIMEOUT")) {
                return line;
            }
        }
        throw new AssertionError("no answer from the other process");
    }
}
