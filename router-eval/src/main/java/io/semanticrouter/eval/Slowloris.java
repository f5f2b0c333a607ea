package io.semanticrouter.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds {@code n} abusive connections open against a gateway while a benchmark runs: half of them idle (connected,
 * silent), half slowloris (a request head sent a few bytes at a time, never finished). A connection the server
 * closes is opened again at the next tick, so that {@code n} stay open as far as the client can tell. One
 * background thread; {@link #close()} drops them all.
 */
final class Slowloris implements AutoCloseable {

    private static final byte[] START = "POST /v1/chat/completions HTTP/1.1\r\nHost: bench\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRICKLE = "X-a: b\r\n".getBytes(StandardCharsets.US_ASCII);

    private final InetSocketAddress target;
    private final Socket[] sockets;
    private final Thread ticker;
    private final AtomicLong reopened = new AtomicLong();
    private volatile boolean running = true;

    /** Opens the connections and starts trickling, one byte line per connection per second. */
    Slowloris(URI base, int n) throws IOException {
        int port = base.getPort() < 0 ? 80 : base.getPort();
        this.target = new InetSocketAddress(base.getHost(), port);
        this.sockets = new Socket[n];
        for (int i = 0; i < n; i++) {
            sockets[i] = open(i);
        }
        this.ticker = new Thread(this::tick, "slowloris");
        ticker.setDaemon(true);
        ticker.start();
    }

    private Socket open(int i) throws IOException {
        Socket s = new Socket();
        s.connect(target, 10_000);
        s.setSoTimeout(1);
        if (i % 2 == 1) {
            s.getOutputStream().write(START);
            s.getOutputStream().flush();
        }
        return s;
    }

    private void tick() {
        byte[] buf = new byte[4096];
        while (running) {
            for (int i = 0; i < sockets.length && running; i++) {
                Socket s = sockets[i];
                boolean closed = s.isClosed();
                if (!closed) {
                    try {
                        // anything the server says (an error, then its close) means this one must be reopened
                        InputStream in = s.getInputStream();
                        try {
                            closed = in.read(buf) != 0;
                        } catch (java.net.SocketTimeoutException quiet) {
                            closed = false;
                        }
                        if (!closed && i % 2 == 1) {
                            OutputStream out = s.getOutputStream();
                            out.write(TRICKLE);
                            out.flush();
                        }
                    } catch (IOException e) {
                        closed = true;
                    }
                }
                if (closed && running) {
                    try {
                        s.close();
                        sockets[i] = open(i);
                        reopened.incrementAndGet();
                    } catch (IOException e) {
                        // refused (connection limit, for instance): try again at the next tick
                    }
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** How many connections had to be opened again because the server closed them. */
    long reopened() {
        return reopened.get();
    }

    /** How many of the connections are open at this moment, as the client sees them. */
    int open() {
        int n = 0;
        for (Socket s : sockets) {
            n += s.isClosed() ? 0 : 1;
        }
        return n;
    }

    @Override
    public void close() {
        running = false;
        ticker.interrupt();
        List<Socket> all = new ArrayList<>(List.of(sockets));
        for (Socket s : all) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
