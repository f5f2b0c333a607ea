package io.semanticrouter.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds a Milvus server for the tests, in this order:
 * <ol>
 *   <li>{@code MILVUS_URI} (what {@code .ci/run} exports after starting Milvus Lite; or a Milvus standalone in Docker);</li>
 *   <li>a {@code milvus-lite} command on the PATH: a private Lite server is started for this JVM
 *       (skipped when {@code MILVUS_USE_DOCKER} is set);</li>
 *   <li>Testcontainers' Milvus module ({@code milvusdb/milvus} standalone), when a Docker engine answers;</li>
 *   <li>otherwise the test is skipped with a message, or fails when {@code MILVUS_REQUIRED} is set (CI sets it).</li>
 * </ol>
 * Lives in main scope of {@code router-testing} (not a test jar) so that a plain {@code compile} of any module
 * that uses it in test scope resolves on a fresh clone.
 */
public final class MilvusTestServer {

    private static String uri;
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
                    + ". Set MILVUS_URI, install Milvus Lite (pip install milvus-lite), or run Docker.");
        }
        return uri;
    }

    /** Whether a missing server must fail the build instead of skipping. */
    public static boolean required() {
        String v = System.getenv("MILVUS_REQUIRED");
        return v != null && !v.isBlank() && !v.equals("0") && !v.equalsIgnoreCase("false");
    }

    /** Whether the {@code milvus-lite} command is on the PATH (tests that stop and restart a server need it). */
    public static boolean liteCommandAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "milvus-lite"))) {
                return true;
            }
        }
        return false;
    }

    private static void resolve() {
        String env = System.getenv("MILVUS_URI");
        if (env != null && !env.isBlank()) {
            uri = env.trim();
            return;
        }
        if (liteCommandAvailable() && System.getenv("MILVUS_USE_DOCKER") == null) {
            LiteProcess lite = LiteProcess.start(freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(lite::destroy));
            uri = lite.uri();
            return;
        }
        try {
            uri = Containers.start();
            return;
        } catch (Throwable e) {
            unavailable = "MILVUS_URI is not set, milvus-lite is not on the PATH, and Docker is not usable ("
                    + e.getMessage() + ")";
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

    /**
     * A Milvus Lite server process ({@code milvus-lite server}) on a port and data directory of its own, which
     * a test may stop (killed, as in a crash) and start again on the same port and data.
     */
    public static final class LiteProcess {
        private final int port;
        private final Path dataDir;
        private Process process;

        private LiteProcess(int port, Path dataDir) {
            this.port = port;
            this.dataDir = dataDir;
        }

        /** Starts a server on the port with a fresh data directory and waits until it accepts connections. */
        public static LiteProcess start(int port) {
            try {
                LiteProcess p = new LiteProcess(port, Files.createTempDirectory("milvus-lite-test"));
                p.restart();
                return p;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String uri() {
            return "http://127.0.0.1:" + port;
        }

        /** Starts the server again (same port, same data) and waits for it, up to 60 s. */
        public synchronized void restart() {
            if (process != null && process.isAlive()) {
                return;
            }
            try {
                process = new ProcessBuilder("milvus-lite", "server", "--data-dir", dataDir.toString(),
                        "--host", "127.0.0.1", "--port", Integer.toString(port))
                        .redirectErrorStream(true)
                        .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile())
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start milvus-lite", e);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("milvus-lite exited with " + process.exitValue()
                            + "; see " + dataDir.resolveSibling(dataDir.getFileName() + ".log"));
                }
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return;
                } catch (IOException notYet) {
                    sleep(100);
                }
            }
            throw new IllegalStateException("milvus-lite did not open port " + port + " within 60 s");
        }

        /** Kills the server the hard way (no clean shutdown) and waits until it is gone. */
        public synchronized void kill() {
            if (process != null) {
                process.destroyForcibly();
                try {
                    process.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** Kills the server and deletes its data. */
        public synchronized void destroy() {
            kill();
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // temporary files; best effort
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
}
