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

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

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
    private static EngineProcess engine;

    /**
     * The child JVM's work. Targets come as environment variables {@code TARGET_n=uri|token|secret} or
     * {@code TARGET_n=uri|user|name:password}; each gets a fresh collection, one store the server must acknowledge
     * and one search it must answer.
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
            MilvusCacheConfig.Builder config = MilvusCacheConfig.builder()
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
                boolean hit = cache.lookup(new CacheQuery("p", "what is the answer", e)).isHit();
                MilvusCacheStats stats = cache.stats();
                // a hit is not required: the 2.3.5 engine may file an upserted row outside its partition
                if (stats.rowsWritten() != 1 || stats.lookupErrors() != 0) {
                    throw new IllegalStateException("the server did not take the write and the search at "
                            + target[0] + " (" + target[1] + "): " + stats);
                }
                System.out.println("stored and searched at " + target[0] + " with a " + target[1] + ", hit=" + hit);
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
            engine.close();
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
        String password = engine.password;

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
            requireCommand("milvus-lite");
            lite = MilvusTestServer.LiteProcess.start(MilvusTestServer.freePort());
        }
        return lite.uri();
    }

    private static String engine() throws Exception {
        if (engine == null) {
            requireCommand("milvus-server");
            engine = EngineProcess.start();
        }
        return engine.uri();
    }

    private static void requireCommand(String command) {
        String path = System.getenv("PATH");
        boolean found = path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
        if (!found) {
            if (MilvusTestServer.required()) {
                throw new IllegalStateException("MILVUS_REQUIRED is set but " + command + " is not on the PATH");
            }
            Assumptions.abort(command + " is not on the PATH (pip install milvus-lite / pip install milvus)");
        }
    }

    /**
     * The real Milvus engine ({@code milvus-server} from PyPI) with authorization on, every port free and its own
     * (the embedded etcd's peer port too, through an etcd config file, so that it runs beside other engines), and
     * the root password changed from the default to a random one.
     */
    private static final class EngineProcess {
        private static final String[] PORT_FLAGS = {"--etcd-port", "--root-coord-port", "--proxy-port",
                "--proxy-internal-port", "--query-coord-port", "--query-node-port", "--index-coord-port",
                "--index-node-port", "--data-coord-port", "--data-node-port"};

        private final Path dir;
        private final Process process;
        private final int proxyPort;
        private final String password = "Pw-" + UUID.randomUUID();

        private EngineProcess(Path dir, Process process, int proxyPort) {
            this.dir = dir;
            this.process = process;
            this.proxyPort = proxyPort;
        }

        String uri() {
            return "http://127.0.0.1:" + proxyPort;
        }

        static EngineProcess start() throws Exception {
            Path dir = Files.createTempDirectory("milvus-engine-auth");
            List<String> command = new ArrayList<>(List.of("milvus-server", "--data", dir.resolve("data").toString(),
                    "--authorization-enabled", "true"));
            int etcdPort = 0;
            int proxyPort = 0;
            for (String flag : PORT_FLAGS) {
                int port = MilvusTestServer.freePort();
                command.add(flag);
                command.add(Integer.toString(port));
                etcdPort = flag.equals("--etcd-port") ? port : etcdPort;
                proxyPort = flag.equals("--proxy-port") ? port : proxyPort;
            }
            int peerPort = MilvusTestServer.freePort();
            Path etcdConfig = dir.resolve("etcd.yaml");
            Files.writeString(etcdConfig, String.join("\n",
                    "name: sr-test",
                    "listen-client-urls: http://127.0.0.1:" + etcdPort,
                    "advertise-client-urls: http://127.0.0.1:" + etcdPort,
                    "listen-peer-urls: http://127.0.0.1:" + peerPort,
                    "initial-advertise-peer-urls: http://127.0.0.1:" + peerPort,
                    "initial-cluster: sr-test=http://127.0.0.1:" + peerPort, ""));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server.log").toFile());
            pb.environment().put("ETCD_CONFIG_PATH", etcdConfig.toString()); // Milvus reads etcd.config.path from it
            EngineProcess e = new EngineProcess(dir, pb.start(), proxyPort);
            try {
                e.awaitReadyAndSetPassword();
                return e;
            } catch (Exception | AssertionError failure) {
                e.close();
                throw failure;
            }
        }

        /** Waits (up to three minutes: the engine takes about 30 s) until root can log in, then sets the password. */
        private void awaitReadyAndSetPassword() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            RuntimeException last = null;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("milvus-server exited with " + process.exitValue() + "; see "
                            + dir.resolve("server.log") + " and " + dir.resolve("data/logs"));
                }
                if (portOpen()) {
                    MilvusClientV2 client = null;
                    try {
                        client = new MilvusClientV2(ConnectConfig.builder().uri(uri()).username(USER)
                                .password(ENGINE_DEFAULT_PASSWORD).connectTimeoutMs(5_000).build());
                        client.updatePassword(UpdatePasswordReq.builder().userName(USER)
                                .password(ENGINE_DEFAULT_PASSWORD).newPassword(password).build());
                        return;
                    } catch (RuntimeException notReady) {
                        last = notReady;
                    } finally {
                        if (client != null) {
                            client.close();
                        }
                    }
                }
                Thread.sleep(1_000);
            }
            throw new IllegalStateException("milvus-server at " + uri() + " not ready within 3 minutes; see "
                    + dir.resolve("server.log"), last);
        }

        private boolean portOpen() {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", proxyPort), 500);
                return true;
            } catch (IOException closed) {
                return false;
            }
        }

        /** Stops the launcher and the engine it started (SIGTERM, then SIGKILL), and deletes the data. */
        void close() {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            children.forEach(ProcessHandle::destroy);
            try {
                process.waitFor(20, TimeUnit.SECONDS);
                for (ProcessHandle child : children) {
                    child.onExit().get(20, TimeUnit.SECONDS);
                }
            } catch (Exception slow) {
                // forced below
            }
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
