package io.semanticrouter.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.channels.SocketChannel;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard itself: it must see the kinds of connection a library may open, and let loopback through. */
class LoopbackOnlyTest {

    /** Tries 192.0.2.1 (TEST-NET-1, never routed) three ways, then talks to a loopback server. */
    static final class TriesTheNetwork {
        public static void main(String[] args) throws Exception {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://192.0.2.1/latest").toURL().openConnection();
                c.setConnectTimeout(500);
                c.getResponseCode();
            } catch (RuntimeException | IOException expected) { // HttpURLConnection wraps the SecurityException
                System.out.println("url: " + expected);
            }
            try (SocketChannel ch = SocketChannel.open()) {
                ch.connect(new InetSocketAddress("192.0.2.1", 81));
            } catch (RuntimeException | IOException expected) {
                System.out.println("nio: " + expected);
            }
            try {
                InetAddress.getByName("telemetry.example.com");
            } catch (RuntimeException | IOException expected) {
                System.out.println("dns: " + expected);
            }
            try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                 Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                 Socket accepted = server.accept()) {
                client.getOutputStream().write(42);
                if (accepted.getInputStream().read() != 42) {
                    throw new IllegalStateException("loopback byte lost");
                }
            }
        }
    }

    @Test
    void refusesAndRecordsEveryOffLoopbackAttemptButLetsLoopbackThrough() throws Exception {
        LoopbackOnly.Result r = LoopbackOnly.run(TriesTheNetwork.class, Duration.ofMinutes(1));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.refused()).as(r.output()).hasSize(3);
        assertThat(r.refused().get(0)).contains("192.0.2.1:80").contains("connect");
        assertThat(r.refused().get(1)).contains("192.0.2.1:81").contains("connect");
        assertThat(r.refused().get(2)).contains("telemetry.example.com").contains("resolve")
                .contains(TriesTheNetwork.class.getName());
    }

    @Test
    void loopbackHostsAreRecognisedInEveryNotation() {
        for (String name : new String[] {"127.0.0.1:80", "localhost:1024-", "[::1]:8080", "[0:0:0:0:0:0:0:1]:9"}) {
            assertThat(LoopbackOnly.isLoopback(LoopbackOnly.hostOf(name))).as(name).isTrue();
        }
        for (String name : new String[] {"169.254.169.254:80", "example.com", "[2001:db8::1]:443", "0.0.0.0:80"}) {
            assertThat(LoopbackOnly.isLoopback(LoopbackOnly.hostOf(name))).as(name).isFalse();
        }
    }
}
