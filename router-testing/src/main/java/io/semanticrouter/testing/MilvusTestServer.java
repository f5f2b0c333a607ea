package io.semanticrouter.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds a Milvus server for the tests, in this order:
 * <ol>
 *   <li>{@code MILVUS_URI}: an external server (Milvus Lite, the engine, a standalone in Docker...); set
 *       {@code MILVUS_SERVER=lite|engine} beside it to say which kind it is;</li>
 *   <li>{@code MILVUS_SERVER=lite|engine} alone: a private server of that kind is started for this JVM on free
 *       loopback ports and a fresh data directory, and stopped by a shutdown hook ({@code milvus-lite} or
 *       {@code milvus-server} must be on the PATH);</li>
 *   <li>a {@code milvus-lite} command on the PATH: a private Lite server (skipped when
 *       {@code MILVUS_USE_DOCKER} is set);</li>
 *   <li>Testcontainers' Milvus module ({@code milvusdb/milvus} standalone), when a Docker engine answers;</li>
 *   <li>otherwise the test is skipped with a message, or fails when {@code MILVUS_REQUIRED} is set (CI sets it).</li>
 * </ol>
 * Tests that kill and restart a server start their own with {@link #startKillable()}, of the same kind as
 * the shared one. Lives in main scope of {@code router-testing} (not a test jar) so that a plain
 * {@code compile} of any module that uses it in test scope resolves on a fresh clone.
 */
public final class MilvusTestServer {

    /** The two servers installable from PyPI. */
    public enum Kind {
        /** Milvus Lite ({@code pip install milvus-lite}): a Python re-implementation of the Milvus API. */
        LITE("milvus-lite"),
        /** The embedded Milvus standalone engine ({@code pip install milvus}, 2.3.5): the real C++/Go server. */
        ENGINE("milvus-server");

        private final String command;

        Kind(String command) {
            this.command = command;
        }

        /** The command that starts this kind of server. */
        public String command() {
            return command;
        }
    }

    private static String uri;
    private static Kind kind;
    private static String unavailable;

    private MilvusTestServer() {
    }

    /** The server URI; skips (or fails, under {@code MILVUS_REQUIRED}) when no server can be had. */
    public static synchronized String uri() {
        if (uri == null && unavailable == null) {
            resolve();
        }
        if (uri == null) {
            if (required()) {
                throw new IllegalStateException("MILVUS_REQUIRED is set but no Milvus server is available: " + unavailable);
            }
            Assumptions.abort("No Milvus server: " + unavailable
                    + ". Set MILVUS_URI or MILVUS_SERVER=lite|engine, install Milvus Lite (pip install milvus-lite),"
                    + " or run Docker.");
        }
        return uri;
    }

    /**
     * The kind of the shared server: from {@code MILVUS_SERVER}, else Lite when the fixture started Lite or
     * (with only {@code MILVUS_URI}) when {@code milvus-lite} is on the PATH, else the engine.
     */
    public static synchronized Kind kind() {
        if (kind == null) {
            Kind declared = declaredKind();
            kind = declared != null ? declared : commandAvailable(Kind.LITE) ? Kind.LITE : Kind.ENGINE;
        }
        return kind;
    }

    /** Whether a missing server must fail the build instead of skipping. */
    public static boolean required() {
        String v = System.getenv("MILVUS_REQUIRED");
        return v != null && !v.isBlank() && !v.equals("0") && !v.equalsIgnoreCase("false");
    }

    /** Whether the {@code milvus-lite} command is on the PATH (tests that stop and restart a server need it). */
    public static boolean liteCommandAvailable() {
        return commandAvailable(Kind.LITE);
    }

    /** Whether the command that starts this kind of server is on the PATH. */
    public static boolean commandAvailable(Kind k) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, k.command()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts a private server of {@link #kind()} that the caller may kill and restart; skips (or fails under
     * {@code MILVUS_REQUIRED}) when its command is not on the PATH. The caller destroys it.
     */
    public static KillableServer startKillable() {
        Kind k = kind();
        if (!commandAvailable(k)) {
            String why = k.command() + " is not on the PATH (pip install " + (k == Kind.LITE ? "milvus-lite" : "milvus") + ")";
            if (required()) {
                throw new IllegalStateException("MILVUS_REQUIRED is set but a killable " + k + " server cannot be started: " + why);
            }
            Assumptions.abort("Needs a killable Milvus " + k + " server: " + why);
        }
        return k == Kind.LITE ? LiteProcess.start(freePort()) : EngineProcess.start();
    }

    private static Kind declaredKind() {
        String v = System.getenv("MILVUS_SERVER");
        if (v == null || v.isBlank()) {
            return null;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "lite" -> Kind.LITE;
            case "engine" -> Kind.ENGINE;
            default -> throw new IllegalStateException("MILVUS_SERVER must be 'lite' or 'engine', was '" + v + "'");
        };
    }

    private static void resolve() {
        String env = System.getenv("MILVUS_URI");
        if (env != null && !env.isBlank()) {
            uri = env.trim();
            return;
        }
        Kind declared = declaredKind();
        if (declared != null) {
            if (!commandAvailable(declared)) {
                unavailable = "MILVUS_SERVER=" + declared.name().toLowerCase(Locale.ROOT) + " but " + declared.command()
                        + " is not on the PATH";
                return;
            }
            KillableServer server = declared == Kind.LITE ? LiteProcess.start(freePort()) : EngineProcess.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
            uri = server.uri();
            return;
        }
        if (liteCommandAvailable() && System.getenv("MILVUS_USE_DOCKER") == null) {
            LiteProcess lite = LiteProcess.start(freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(lite::destroy));
            uri = lite.uri();
            kind = Kind.LITE;
            return;
        }
        try {
            uri = Containers.start();
            kind = Kind.ENGINE;
            return;
        } catch (Throwable e) {
            unavailable = "MILVUS_URI and MILVUS_SERVER are not set, milvus-lite is not on the PATH, and Docker is not"
                    + " usable (" + e.getMessage() + ")";
        }
    }

    /** A free TCP port on the loopback interface. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A port that is free now and lies below the kernel's ephemeral range, for a server that binds it some seconds
     * later (the engine starts a dozen listeners). A port from {@link #freePort()} lies inside that range, where
     * any outgoing connection of this machine (the engine's own components talking to each other among them) may
     * take it in the meantime: seen in CI as "bind: address already in use" on the engine's root coordinator.
     */
    public static synchronized int freeListenPort() {
        int low = ephemeralLow();
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = r.nextInt(LISTEN_PORT_FLOOR, low);
            if (RESERVED_LISTEN_PORTS.contains(port)) {
                continue;
            }
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(port)); // the engine listens on every interface
                RESERVED_LISTEN_PORTS.add(port);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        return freePort();
    }

    private static final int LISTEN_PORT_FLOOR = 20_000;
    /** Ports handed out by {@link #freeListenPort()} in this JVM, never handed out twice. */
    private static final java.util.Set<Integer> RESERVED_LISTEN_PORTS = new java.util.HashSet<>();

    /** The first port of the kernel's ephemeral range (32768 when it cannot be read). */
    private static int ephemeralLow() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            int low = Integer.parseInt(range.split("\\s+")[0]);
            return low > LISTEN_PORT_FLOOR + 1000 ? low : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    /** Testcontainers, kept in its own class so nothing loads it unless Docker is tried. */
    private static final class Containers {
        static String start() {
            if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
                throw new IllegalStateException("no Docker engine");
            }
            org.testcontainers.milvus.MilvusContainer c =
                    new org.testcontainers.milvus.MilvusContainer("milvusdb/milvus:v2.6.4");
            c.start();
            Runtime.getRuntime().addShutdownHook(new Thread(c::stop));
            return c.getEndpoint();
        }
    }

    /** A server process of its own that a test may kill (as in a crash) and start again on the same port and data. */
    public interface KillableServer {
        /** {@code http://127.0.0.1:PORT}. */
        String uri();

        /** Which server this is. */
        Kind kind();

        /** Kills the server the hard way (no clean shutdown) and waits until it is gone. */
        void kill();

        /** Starts the server again (same ports, same data) and waits until its port accepts connections. */
        void restart();

        /** Kills the server and deletes its data. */
        void destroy();
    }

    /**
     * Base of the two process kinds: a data directory, a log file, and a process tree killed as a whole (the
     * engine's Python launcher starts the real server as a child, which would outlive its parent).
     */
    private abstract static class ServerProcess implements KillableServer {

        /** A fresh data directory. */
        static Path tempDirectory(String prefix) {
            try {
                return Files.createTempDirectory(prefix);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** {@code process}, started and accepting connections. */
        static <P extends ServerProcess> P started(P process) {
            process.restart();
            return process;
        }
        final int port;
        final Path dataDir;
        final Path log;
        private Process process;

        ServerProcess(int port, Path dataDir) {
            this.port = port;
            this.dataDir = dataDir;
            this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        }

        abstract List<String> command();

        /** Environment additions for the process. */
        void environment(java.util.Map<String, String> env) {
        }

        /** Whether the server is ready to serve, once its port accepts connections. */
        boolean ready() {
            return true;
        }

        /** The port that must accept connections before {@link #ready()} is asked, or -1 for none. */
        int listenPort() {
            return port;
        }

        /** Where the process runs (null: the JVM's). */
        Path workingDirectory() {
            return null;
        }

        abstract long startTimeoutSeconds();

        @Override
        public String uri() {
            return "http://127.0.0.1:" + port;
        }

        @Override
        public synchronized void restart() {
            if (process != null && process.isAlive()) {
                return;
            }
            try {
                ProcessBuilder pb = new ProcessBuilder(command()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                if (workingDirectory() != null) {
                    pb.directory(workingDirectory().toFile());
                }
                environment(pb.environment());
                process = pb.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + kind().command(), e);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(startTimeoutSeconds());
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(kind().command() + " exited with " + process.exitValue() + "; see " + log);
                }
                if (accepts(listenPort()) && ready()) {
                    return;
                }
                sleep(100);
            }
            throw new IllegalStateException(kind().command() + " did not get ready within "
                    + startTimeoutSeconds() + " s; see " + log);
        }

        private static boolean accepts(int port) {
            if (port < 0) {
                return true;
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException notYet) {
                return false;
            }
        }

        @Override
        public synchronized void kill() {
            if (process == null) {
                return;
            }
            List<ProcessHandle> tree = new ArrayList<>();
            process.toHandle().descendants().forEach(tree::add);
            tree.add(process.toHandle());
            tree.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle h : tree) {
                try {
                    h.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // gone or stuck: nothing more to do in a test
                }
            }
        }

        @Override
        public synchronized void destroy() {
            kill();
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // temporary files; best effort
            }
        }
    }

    /**
     * A Milvus Lite server process ({@code milvus-lite server}) on a port and data directory of its own, which
     * a test may stop (killed, as in a crash) and start again on the same port and data.
     */
    public static final class LiteProcess extends ServerProcess {

        private LiteProcess(int port, Path dataDir) {
            super(port, dataDir);
        }

        /** Starts a server on the port with a fresh data directory and waits until it accepts connections. */
        public static LiteProcess start(int port) {
            return started(new LiteProcess(port, tempDirectory("milvus-lite-test")));
        }

        @Override
        public Kind kind() {
            return Kind.LITE;
        }

        @Override
        List<String> command() {
            return List.of("milvus-lite", "server", "--data-dir", dataDir.toString(),
                    "--host", "127.0.0.1", "--port", Integer.toString(port));
        }

        @Override
        long startTimeoutSeconds() {
            return 60;
        }
    }

    /**
     * The embedded Milvus standalone engine ({@code milvus-server}, from {@code pip install milvus}) on ports
     * found free at run time and a data directory of its own. Every port it opens is set: the proxy (the gRPC port
     * clients use), the internal ports of its coordinators and nodes, its metrics/health port, and its embedded
     * etcd's client and peer ports (through an etcd configuration file named by {@code ETCD_CONFIG_PATH}; the
     * launcher's {@code --etcd-port} alone leaves etcd on 2379/2380).
     *
     * <p>The first start goes through the Python launcher, which unpacks the server and writes its
     * configuration; it treats the ports as wishes and moves on to the next free one when a port is taken, so
     * the ports in force are read back from that configuration. A restart runs the unpacked server binary
     * directly on the same configuration: the launcher would move off a port still held by the killed server's
     * connections in TIME_WAIT, while the server binds it anyway. Ready when {@code /healthz} on the metrics
     * port answers OK; the first start takes about 30 s on two cores, a restart about 10 s.
     */
    public static final class EngineProcess extends ServerProcess {
        private static final String[] PORT_FLAGS = {"--root-coord-port", "--proxy-internal-port",
                "--query-coord-port", "--query-node-port", "--index-coord-port", "--index-node-port",
                "--data-coord-port", "--data-node-port", "--etcd-port"};
        private final int[] ports = new int[PORT_FLAGS.length];
        private final Path etcdConfig;
        private final int metricsPort;
        private final List<String> extraFlags;
        private int proxyPort;
        private boolean unpacked;

        private EngineProcess(Path dataDir, List<String> extraFlags) throws IOException {
            super(freeListenPort(), dataDir);
            this.extraFlags = List.copyOf(extraFlags);
            for (int i = 0; i < ports.length; i++) {
                ports[i] = freeListenPort();
            }
            int etcdClientPort = ports[ports.length - 1]; // --etcd-port names the endpoint; the file makes etcd listen there
            int etcdPeerPort = freeListenPort();
            metricsPort = freeListenPort();
            proxyPort = port;
            etcdConfig = dataDir.resolveSibling(dataDir.getFileName() + "-etcd.yaml");
            Files.writeString(etcdConfig, String.join("\n",
                    "listen-client-urls: http://127.0.0.1:" + etcdClientPort,
                    "advertise-client-urls: http://127.0.0.1:" + etcdClientPort,
                    "listen-peer-urls: http://127.0.0.1:" + etcdPeerPort,
                    "initial-advertise-peer-urls: http://127.0.0.1:" + etcdPeerPort,
                    "initial-cluster: default=http://127.0.0.1:" + etcdPeerPort,
                    ""), StandardCharsets.UTF_8);
        }

        /** Starts an engine on free ports with a fresh data directory and waits until it is healthy. */
        public static EngineProcess start() {
            return start(List.of());
        }

        /**
         * Starts an engine as {@link #start()} does, passing more {@code milvus-server} flags on its first start,
         * e.g. {@code --authorization-enabled true} (the launcher writes them into the configuration that
         * restarts reuse).
         */
        public static EngineProcess start(List<String> launcherFlags) {
            try {
                return started(new EngineProcess(tempDirectory("milvus-engine-test"), launcherFlags));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the engine's etcd configuration", e);
            }
        }

        @Override
        public Kind kind() {
            return Kind.ENGINE;
        }

        @Override
        public String uri() {
            return "http://127.0.0.1:" + proxyPort;
        }

        @Override
        List<String> command() {
            if (unpacked) {
                return List.of(dataDir.resolve("bin").resolve("milvus").toString(), "run", "standalone");
            }
            List<String> cmd = new ArrayList<>(List.of("milvus-server", "--data", dataDir.toString(),
                    "--proxy-port", Integer.toString(port)));
            for (int i = 0; i < PORT_FLAGS.length; i++) {
                cmd.add(PORT_FLAGS[i]);
                cmd.add(Integer.toString(ports[i]));
            }
            cmd.addAll(extraFlags);
            return cmd;
        }

        @Override
        void environment(java.util.Map<String, String> env) {
            env.put("ETCD_CONFIG_PATH", etcdConfig.toString());
            env.put("PYTHONUNBUFFERED", "1"); // the launcher's banner must reach the log when it is printed
            if (unpacked) {
                // what the launcher sets for the server it starts
                env.put("DEPLOY_MODE", "STANDALONE");
                env.put("METRICS_PORT", Integer.toString(metricsPort));
                env.put("MILVUS_RUN_DIR", dataDir.resolve("run").toString());
                String lib = dataDir.resolve("bin").toString();
                String old = env.get("LD_LIBRARY_PATH");
                env.put("LD_LIBRARY_PATH", old == null || old.isEmpty() ? lib : lib + File.pathSeparator + old);
            }
        }

        @Override
        Path workingDirectory() {
            return dataDir;
        }

        @Override
        public synchronized void restart() {
            super.restart();
            if (!unpacked) {
                proxyPort = portInForce();
                unpacked = true;
            }
        }

        @Override
        int listenPort() {
            return unpacked ? proxyPort : -1;
        }

        /** Ready: the launcher printed its banner (first start), or the server's health check answers OK. */
        @Override
        boolean ready() {
            if (!unpacked) {
                try {
                    return Files.readString(log, StandardCharsets.UTF_8).contains("Ctrl+C to exit");
                } catch (IOException e) {
                    return false;
                }
            }
            try {
                java.net.HttpURLConnection c = (java.net.HttpURLConnection)
                        java.net.URI.create("http://127.0.0.1:" + metricsPort + "/healthz").toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(1000);
                try (java.io.InputStream in = c.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("OK");
                } finally {
                    c.disconnect();
                }
            } catch (IOException e) {
                return false;
            }
        }

        /** The proxy port the launcher settled on, from the configuration it wrote. */
        private int portInForce() {
            try {
                List<String> lines = Files.readAllLines(dataDir.resolve("configs").resolve("milvus.yaml"));
                boolean inProxy = false;
                for (String line : lines) {
                    if (!line.startsWith(" ") && !line.startsWith("#") && !line.isBlank()) {
                        inProxy = line.startsWith("proxy:");
                    } else if (inProxy && line.startsWith("  port:")) {
                        return Integer.parseInt(line.substring("  port:".length()).split("#")[0].trim());
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("cannot read the engine's proxy port from " + dataDir + "/configs", e);
            }
            throw new IllegalStateException("no proxy port in " + dataDir + "/configs/milvus.yaml");
        }

        @Override
        long startTimeoutSeconds() {
            return 180;
        }

        @Override
        public synchronized void destroy() {
            super.destroy();
            try {
                Files.deleteIfExists(etcdConfig);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
