package io.semanticrouter.server;

import io.semanticrouter.server.config.ConfiguredRouter;
import io.semanticrouter.server.config.RouterConfig;
import io.semanticrouter.server.config.RouterFactory;
import io.semanticrouter.testing.LoopbackOnly;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting the gateway from the example configuration and answering one request opens no connection off this
 * machine. Runs in a fresh JVM whose every non-loopback socket is refused and recorded (libraries that call
 * home do it once per process). Uses only the public start/stop API, so it holds whatever HTTP server the
 * gateway runs on.
 */
class GatewayOfflineTest {

    /** The child JVM's work: build the router from the file, serve on a free loopback port, ask once, stop. */
    static final class ServeOneRequest {
        public static void main(String[] args) throws Exception {
            try (ConfiguredRouter configured = RouterFactory.create(RouterConfig.load(Path.of(args[0])))) {
                GatewayServer gateway = GatewayServer.start(configured, "127.0.0.1", 0);
                try {
                    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateway.uri().resolve("/v1/chat/completions"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"model": "auto", "messages": [{"role": "user", "content": "Solve 2x + 9 = 31 for x"}]}
                                    """))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    System.out.println("gateway answered " + response.statusCode() + ": " + response.body());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("expected 200, got " + response.statusCode());
                    }
                } finally {
                    gateway.close();
                }
            }
        }
    }

    @Test
    void startingTheGatewayAndAnsweringStayOnThisMachine() throws Exception {
        Path config = Path.of("config/router.example.yaml").toAbsolutePath();

        LoopbackOnly.Result r = LoopbackOnly.run(ServeOneRequest.class, Duration.ofMinutes(3), config.toString());

        assertThat(r.refused()).as("connections off this machine; child output:%n%s", r.output()).isEmpty();
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("gateway answered 200").contains("chat.completion");
    }
}
