package io.semanticrouter.cache.milvus;

import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.rbac.request.UpdatePasswordReq;
import io.semanticrouter.CacheEntry;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.Embedding;
import io.semanticrouter.testing.ChildJvm;
import io.semanticrouter.testing.MilvusTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No Milvus credential reaches any log at any level. A fresh JVM logs everything (slf4j-simple at TRACE,
 * java.util.logging at ALL, both to stderr), stores and looks up one entry through {@link MilvusSemanticCache}
 * with a token and with a user name and password, and its whole output is searched for the secrets in every
 * form they travel in: as given, Base64 (the gRPC {@code authorization} header) and hex (frame dumps).
 *
 * <p>Milvus Lite accepts any credential, but the SDK still sends it, so Lite shows whether a log prints it. The
 * real engine ({@code milvus-server --authorization-enabled true}, started here on free ports) also proves the
 * credential was sent and accepted: a wrong one would fail the store.
 */
class MilvusCredentialLogTest {

    private static final String USER = "root";
    private static final String ENGINE_DEFAULT_PASSWORD = "Milvus";

    private static MilvusTestServer.LiteProcess lite;
    private static MilvusTestServer.EngineProcess engine;
    private static String enginePassword;

    /**
     * The child JVM's work. Targets come as environment variables {@code TARGET_n=uri|token|secret} or
     * {@code TARGET_n=uri|user|name:password}; each gets a fresh collection, one store the server must acknowledge
     * and one search that must find it.
     */
    static final class StoreAndLookUp {
        public static void main(String[] args) {
            Logger root = Logger.getLogger("");
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
            }
            Handler all = new ConsoleHandler();
            all.setLevel(Level.ALL);
            root.addHandler(all);
            root.setLevel(Level.ALL);
            for (int i = 0; System.getenv("TARGET_" + i) != null; i++) {
                storeAndLookUp(System.getenv("TARGET_" + i).split("\\|", 3));
            }
            System.out.println("all targets stored and looked up");
        }

        private static void storeAndLookUp(String[] target) {
            TestConfig config = TestConfig.builder()
                    .uri(target[0])
                    .collection("cred_" + UUID.randomUUID().toString().replace("-", ""))
                    .dimension(8)
                    .consistency(MilvusCacheConfig.Consistency.STRONG)
                    .writeMaxDelay(Duration.ofMillis(5));
            if (target[1].equals("token")) {
                config.token(target[2]);
            } else {
                int colon = target[2].indexOf(':');
                config.username(target[2].substring(0, colon)).password(target[2].substring(colon + 1));
            }
            float[] v = new float[8];
            v[3] = 1;
            Embedding e = Embedding.of(v);
            try (MilvusSemanticCache cache = MilvusSemanticCache.builder().config(config.build()).build()) {
                cache.initialize(); // throws when the server refuses the credential
                cache.store(new CacheEntry("p", "what is the answer", e, "forty-two", "m", null));
                if (!cache.awaitPendingWrites(Duration.ofSeconds(60))) {
                    throw new IllegalStateException("write did not finish at " + target[0]);
                }
                boolean hit = cache.search(new CacheQuery("p", "what is the answer", e), 1).get(0).isHit();
                MilvusCacheStats stats = cache.stats();
                if (stats.rowsWritten() != 1 || stats.lookupErrors() != 0 || !hit) {
                    throw new IllegalStateException("the server did not serve the stored entry at "
                            + target[0] + " (" + target[1] + "): hit=" + hit + ", " + stats);
                }
                System.out.println("stored and found at " + target[0] + " with a " + target[1]);
                cache.dropCollection();
            }
        }
    }

    @AfterAll
    static void stopServers() {
        if (lite != null) {
            lite.destroy();
        }
        if (engine != null) {
            engine.destroy();
        }
    }

    @Test
    void tokenAndPasswordStayOutOfTraceLogsOnMilvusLite() throws Exception {
        String uri = lite();
        String token = "sr-token-" + UUID.randomUUID();
        String password = "Pw-" + UUID.randomUUID();

        ChildJvm.Result r = traceLoggingChild()
                .env("TARGET_0", uri + "|token|" + token)
                .env("TARGET_1", uri + "|user|" + USER + ":" + password)
                .run();

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertLoggedAtTraceAndFine(r.output());
        assertNoSecret(r.output(), token, USER + ":" + password, password);
    }

    @Test
    void withoutAnSlf4jBindingTheFrameLogsGoToJavaUtilLoggingAndStillCarryNoToken() throws Exception {
        String uri = lite();
        String token = "sr-token-" + UUID.randomUUID();

        // no SLF4J provider: the SDK's shaded Netty falls back to java.util.logging, here at level ALL
        ChildJvm.Result r = ChildJvm.of(StoreAndLookUp.class)
                .classPathFilter(entry -> !Path.of(entry).getFileName().toString().startsWith("slf4j-simple"))
                .timeout(Duration.ofMinutes(3))
                .env("TARGET_0", uri + "|token|" + token)
                .run();

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).as("java.util.logging printed the SDK's FINE records")
                .contains("FINE: ").contains("io.milvus.shaded");
        assertNoSecret(r.output(), token);
    }

    @Test
    void userPasswordAndTokenStayOutOfTraceLogsOnAnEngineThatChecksThem() throws Exception {
        String uri = engine();
        String password = enginePassword;

        assertThatThrownBy(() -> new MilvusClientV2(ConnectConfig.builder().uri(uri).username(USER)
                .password(password + "-wrong").connectTimeoutMs(5_000).build()).close())
                .as("the engine checks passwords").isInstanceOf(RuntimeException.class);

        // the engine refuses wrong credentials, so a zero exit shows both forms were sent and accepted
        ChildJvm.Result r = traceLoggingChild()
                .env("TARGET_0", uri + "|user|" + USER + ":" + password)
                .env("TARGET_1", uri + "|token|" + USER + ":" + password)
                .run();

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertLoggedAtTraceAndFine(r.output());
        assertNoSecret(r.output(), USER + ":" + password, password);
    }

    /** A child with slf4j-simple at TRACE (java.util.logging goes to ALL inside {@link StoreAndLookUp}). */
    private static ChildJvm traceLoggingChild() {
        return ChildJvm.of(StoreAndLookUp.class)
                .jvmOptions("-Dorg.slf4j.simpleLogger.defaultLogLevel=trace")
                .timeout(Duration.ofMinutes(3));
    }

    /** Evidence that the run really logged at the lowest levels, so an absent secret means something. */
    private static void assertLoggedAtTraceAndFine(String output) {
        assertThat(output).as("slf4j-simple printed DEBUG lines of the SDK's libraries").contains(" DEBUG io.milvus");
        assertThat(output).as("java.util.logging printed FINE records").contains("FINE: ");
    }

    /** Fails, naming the form and the lines, when any secret appears as given, in Base64 or in hex. */
    private static void assertNoSecret(String output, String... secrets) {
        List<String> found = new ArrayList<>();
        for (String secret : secrets) {
            byte[] raw = secret.getBytes(StandardCharsets.UTF_8);
            String base64 = Base64.getEncoder().encodeToString(raw);
            String[][] forms = {
                    {"plain", secret},
                    {"base64", base64},
                    {"hex", HexFormat.of().formatHex(raw)},
                    {"hex of base64", HexFormat.of().formatHex(base64.getBytes(StandardCharsets.US_ASCII))}};
            for (String[] form : forms) {
                for (String line : output.split("\n")) {
                    if (line.toLowerCase(Locale.ROOT).contains(form[1].toLowerCase(Locale.ROOT))) {
                        found.add(form[0] + " form of a secret in: " + abbreviate(line));
                    }
                }
            }
        }
        assertThat(found).as("credentials in the log output").isEmpty();
    }

    private static String abbreviate(String line) {
        return line.length() <= 400 ? line : line.substring(0, 400) + "...";
    }

    private static String lite() {
        if (lite == null) {
            requireCommand(MilvusTestServer.Kind.LITE);
            lite = MilvusTestServer.LiteProcess.start(MilvusTestServer.freePort());
        }
        return lite.uri();
    }

    /** The real engine ({@code milvus-server}) with authorization on and root's password changed to a random one. */
    private static String engine() throws Exception {
        if (engine == null) {
            requireCommand(MilvusTestServer.Kind.ENGINE);
            engine = MilvusTestServer.EngineProcess.start(List.of("--authorization-enabled", "true"));
            enginePassword = "Pw-" + UUID.randomUUID();
            changeRootPassword(engine.uri(), enginePassword);
        }
        return engine.uri();
    }

    private static void requireCommand(MilvusTestServer.Kind kind) {
        if (!MilvusTestServer.commandAvailable(kind)) {
            if (MilvusTestServer.required()) {
                throw new IllegalStateException("MILVUS_REQUIRED is set but " + kind.command() + " is not on the PATH");
            }
            Assumptions.abort(kind.command() + " is not on the PATH (pip install milvus-lite / pip install milvus)");
        }
    }

    /** Waits (up to three minutes) until root can log in with the engine's default password, then changes it. */
    private static void changeRootPassword(String uri, String newPassword) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            MilvusClientV2 client = null;
            try {
                client = new MilvusClientV2(ConnectConfig.builder().uri(uri).username(USER)
                        .password(ENGINE_DEFAULT_PASSWORD).connectTimeoutMs(5_000).build());
                client.updatePassword(UpdatePasswordReq.builder().userName(USER)
                        .password(ENGINE_DEFAULT_PASSWORD).newPassword(newPassword).build());
                return;
            } catch (RuntimeException notReady) {
                last = notReady;
            } finally {
                if (client != null) {
                    client.close();
                }
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("cannot change root's password at " + uri + " within 3 minutes", last);
    }
}
