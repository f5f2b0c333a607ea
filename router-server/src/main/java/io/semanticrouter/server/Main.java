package io.semanticrouter.server;

import io.semanticrouter.server.config.ConfigException;
import io.semanticrouter.server.config.ConfiguredRouter;
import io.semanticrouter.server.config.RouterConfig;
import io.semanticrouter.server.config.RouterFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar router-server.jar --config router.yaml}: builds the router the file describes and serves the
 * OpenAI-compatible API until stopped (Ctrl-C or SIGTERM close the server, then the router). Exit code 2 when the
 * configuration is wrong (the message names the file and the key), 1 when the address cannot be bound.
 *
 * <p>The file is watched ({@link ConfigWatcher}, every {@code --watch-interval-ms}; {@code --no-watch} turns it off):
 * a change reloads the router without a restart ({@link LiveRouter}), as {@code POST /admin/reload} does.
 */
@Command(name = "router-server", mixinStandardHelpOptions = true, version = "Semantic Router for Java 0.1.0",
        description = "Serve a semantic router over the OpenAI chat-completions API.")
public final class Main implements Callable<Integer> {

    @Option(names = "--config", required = true, description = "the router's YAML configuration")
    Path config;

    @Option(names = "--host", description = "address to bind (default: server.host in the file)")
    String host;

    @Option(names = "--port", description = "port to bind, 0 for any free one (default: server.port in the file)")
    Integer port;

    @Option(names = "--no-watch", description = "do not reload when the configuration file changes (default: reload)")
    boolean noWatch;

    @Option(names = "--watch-interval-ms", defaultValue = "1000",
            description = "how often the file is looked at, in ms (default 1000); a change applies 1-2 intervals later")
    long watchIntervalMs;

    /** Runs the command line; returns instead of exiting (for tests), see {@link #main}. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    @Override
    public Integer call() throws Exception {
        ConfiguredRouter configured;
        try {
            configured = RouterFactory.create(RouterConfig.load(config));
        } catch (ConfigException e) {
            System.err.println("router-server: " + e.getMessage());
            return 2;
        }
        LiveRouter live = new LiveRouter(configured, true, System::getenv);
        GatewayServer server;
        try {
            server = GatewayServer.start(live, host != null ? host : configured.server().host(),
                    port != null ? port : configured.server().port());
        } catch (java.io.IOException e) {
            live.close();
            System.err.println("router-server: cannot listen: " + e.getMessage());
            return 1;
        }
        ConfigWatcher watcher = !noWatch ? ConfigWatcher.start(live, java.time.Duration.ofMillis(
                Math.max(10, watchIntervalMs))) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) {
                watcher.close();
            }
            server.close();
            live.close();
            stopped.countDown();
        }, "router-server-shutdown"));
        System.out.println("Semantic Router gateway on " + server.uri() + " (models: auto, "
                + String.join(", ", configured.router().modelNames()) + ")");
        System.out.flush();
        stopped.await();
        return 0;
    }
}
