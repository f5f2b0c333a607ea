package io.semanticrouter.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reloads a {@link LiveRouter} when its configuration file changes. Reads the file every {@code interval} and
 * compares a SHA-256 of its content (a configuration file is a few kilobytes), which works the same on every file
 * system, including mounted ones where change events do not arrive, and misses no change that keeps the size and
 * the modification time. Debounced: a change is acted on once the file has stayed the same for a whole interval, so an editor's save in several writes makes one reload, and
 * a file whose content did not change (touched, or saved back as it was) makes none. A file that disappears
 * (being replaced) is waited for. Thread-safe; one daemon thread.
 */
public final class ConfigWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConfigWatcher.class);

    private final LiveRouter live;
    private final Path file;
    private final ScheduledExecutorService timer;
    /** The content the router was last built from (or last tried). */
    private byte[] loadedHash;
    private final java.util.concurrent.atomic.AtomicLong polls = new java.util.concurrent.atomic.AtomicLong();
    /** The content seen at the previous poll. */
    private byte[] seenHash;

    private ConfigWatcher(LiveRouter live, Duration interval) {
        this.live = live;
        this.file = live.file();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "router-config-watch");
            t.setDaemon(true);
            return t;
        });
        this.loadedHash = hash();
        this.seenHash = loadedHash;
        long ms = interval.toMillis();
        timer.scheduleWithFixedDelay(this::poll, ms, ms, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts watching {@code live}'s configuration file.
     *
     * @param interval how often to look; a change is reloaded one to two intervals after the last write
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if interval is shorter than 10 ms
     */
    public static ConfigWatcher start(LiveRouter live, Duration interval) {
        Objects.requireNonNull(live, "live must not be null");
        if (Objects.requireNonNull(interval, "interval must not be null").toMillis() < 10) {
            throw new IllegalArgumentException("interval must be at least 10 ms, was " + interval.toMillis() + " ms");
        }
        return new ConfigWatcher(live, interval);
    }

    /** How many times the file has been looked at since the start (for monitoring and tests). */
    public long polls() {
        return polls.get();
    }

    private void poll() {
        try {
            byte[] now = hash();
            if (now == null || !Arrays.equals(now, seenHash)) {
                seenHash = now; // changed (or missing) since the last poll: wait until it stays put
                return;
            }
            if (Arrays.equals(now, loadedHash)) {
                return;
            }
            loadedHash = now;
            log.info("{} changed; reloading", file);
            live.reload();
        } catch (RuntimeException e) {
            log.warn("Watching {} failed; will look again", file, e);
        } finally {
            polls.incrementAndGet();
        }
    }

    private byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            log.debug("Cannot read {}", file, e);
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Stops watching (a reload in progress finishes). */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
