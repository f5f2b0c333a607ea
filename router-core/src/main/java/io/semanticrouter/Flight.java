package io.semanticrouter;

import dev.langchain4j.model.chat.response.ChatResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One model call shared by identical concurrent misses (request coalescing, see {@link Coalescing}). The request
 * that opened it, the leader, reports the chunks of its answer as they stream ({@link #chunk}) and then ends it:
 * with an answer the cache would store ({@link #complete}), an answer it would not ({@link #withhold}), or no
 * answer ({@link #release}). The requests that joined it, the followers, wait for that ending: a blocking one with
 * {@link #await}, a streamed one as a {@link Follower} that gets the chunks produced so far, then each new one as
 * it comes, then the ending.
 *
 * <p>Thread-safe. The state is kept under one lock; followers are called outside it, each follower's calls in order
 * and never two at once (a drain loop per follower), on the thread of whoever produced the event: the leader's
 * model thread, or the follower's own thread while it catches up.
 */
final class Flight {

    private static final Logger log = LoggerFactory.getLogger(Flight.class);

    /** A streamed follower. Its calls come in order, never two at once, and stop after {@link #ended}. */
    interface Follower {
        /** The next chunk of the leader's answer, streamed by {@code model}. */
        void chunk(String model, String text);

        /** How the flight ended; the last call. */
        void ended(Ending ending);
    }

    /**
     * How a flight ended.
     *
     * @param answer    the leader's answer, or {@code null} when it got none
     * @param model     the model that gave it, or {@code null}
     * @param shareable whether the cache would store the answer, so followers may be served with it
     * @param cause     why the leader got no answer, or why its answer is not shared; {@code null} when shared
     */
    record Ending(ChatResponse answer, String model, boolean shareable, Throwable cause) {
    }

    private final Coalescing owner;
    private final Coalescing.Key key;
    private final Object lock = new Object();
    private final List<String> chunks = new ArrayList<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final CompletableFuture<Ending> done = new CompletableFuture<>();
    private final long opened = System.nanoTime();
    private String model;
    private Ending ending;

    Flight(Coalescing owner, Coalescing.Key key) {
        this.owner = owner;
        this.key = key;
    }

    Coalescing owner() {
        return owner;
    }

    // --- the leader ---

    /** The leader streamed {@code text} from {@code model}: every follower gets it, in order. */
    void chunk(String model, String text) {
        List<Subscription> targets;
        synchronized (lock) {
            if (ending != null) {
                return;
            }
            this.model = model;
            chunks.add(text);
            targets = List.copyOf(subscriptions);
        }
        targets.forEach(Subscription::drain);
    }

    /** The leader's answer, one the cache would store: every follower is served with it. */
    void complete(ChatResponse answer, String model) {
        end(new Ending(answer, model, true, null));
    }

    /**
     * The leader's answer is one the cache would not store ({@code reason}): followers that have not received any of
     * it call a model themselves; streamed followers already part-way through it get the rest.
     */
    void withhold(ChatResponse answer, String model, String reason) {
        end(new Ending(answer, model, false, new IllegalStateException("the answer is not shared: " + reason)));
    }

    /** The leader got no answer ({@code cause}): followers call a model themselves. No effect once ended. */
    void release(Throwable cause) {
        end(new Ending(null, null, false, cause));
    }

    private void end(Ending e) {
        List<Subscription> targets;
        synchronized (lock) {
            if (ending != null) {
                return;
            }
            ending = e;
            targets = List.copyOf(subscriptions);
        }
        owner.closed(key, this);
        done.complete(e);
        targets.forEach(Subscription::drain);
    }

    // --- the followers ---

    /**
     * Whether a new follower may still join: the flight ended with a shared answer, or is running and younger than
     * {@code maxAge} (a leader stuck for longer would make each newcomer wait out its whole deadline).
     */
    boolean joinable(Duration maxAge) {
        synchronized (lock) {
            return ending == null ? System.nanoTime() - opened < maxAge.toNanos() : ending.shareable();
        }
    }

    /**
     * Waits for the ending, at most {@code max}.
     *
     * @return the ending, or {@code null} when the wait ran out
     * @throws InterruptedException if the thread was interrupted while waiting
     */
    Ending await(Duration max) throws InterruptedException {
        try {
            return done.get(max.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a flight's ending never fails", e);
        }
    }

    /**
     * Attaches a streamed follower: it gets the chunks so far before this returns, then the rest as they come.
     *
     * @return the subscription, or {@code null} when the flight ended without a shared answer (the follower is on its
     *         own)
     */
    Subscription subscribe(Follower follower) {
        Subscription s = new Subscription(follower);
        synchronized (lock) {
            if (ending != null && !ending.shareable()) {
                return null;
            }
            subscriptions.add(s);
        }
        s.drain();
        return s;
    }

    /** One streamed follower's place in the flight. */
    final class Subscription {
        private final Follower follower;
        private final AtomicInteger pending = new AtomicInteger();
        /** The next chunk to deliver; only read and written inside the drain loop. */
        private int next;
        private boolean finished;
        private volatile boolean cancelled;

        private Subscription(Follower follower) {
            this.follower = follower;
        }

        /** Stops deliveries; one already running on another thread may finish. */
        void cancel() {
            cancelled = true;
            synchronized (lock) {
                subscriptions.remove(this);
            }
        }

        /** Delivers what the follower has not had yet; whoever finds the loop running leaves the work to it. */
        private void drain() {
            if (pending.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            do {
                try {
                    deliverAvailable();
                } catch (RuntimeException e) {
                    log.warn("A coalesced request's follower threw; detaching it", e);
                    cancel();
                }
                missed = pending.addAndGet(-missed);
            } while (missed != 0);
        }

        private void deliverAvailable() {
            while (!finished && !cancelled) {
                String text;
                String by;
                Ending end;
                synchronized (lock) {
                    text = next < chunks.size() ? chunks.get(next++) : null;
                    by = model;
                    end = ending;
                }
                if (text != null) {
                    follower.chunk(by, text);
                } else if (end == null) {
                    return;
                } else {
                    finished = true;
                    follower.ended(end);
                }
            }
        }
    }
}
