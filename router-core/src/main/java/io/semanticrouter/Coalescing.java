package io.semanticrouter;

import dev.langchain4j.model.chat.response.ChatResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Request coalescing (single flight): identical misses that are in flight at the same time make one model call.
 * Two stages around invocation, listed in {@link SemanticRouter}'s request path:
 * <ul>
 *   <li>{@link #join()}, just before invocation: a request that takes part either opens a {@link Flight} (it is the
 *       leader and calls the model as usual) or joins the one already open for its key (it is a follower: a blocking
 *       request waits here, a streamed one is followed by its {@link RoutedStream});</li>
 *   <li>{@link #publish()}, just after the cache write: the leader ends its flight with its answer, shared when the
 *       cache write found it storable. A leader that fails or is cancelled releases its flight through
 *       {@link RequestState#whenUnanswered}.</li>
 * </ul>
 *
 * <p><b>Who takes part</b>: a request the cache was consulted for and missed (or failed for), that may both read and
 * write the cache, that no stage answered, and whose question the cache write would not refuse up front (not
 * {@code no-store}, no personal data in the shared scope). <b>Identical</b> means the same {@link Key}: the cache
 * partition (tenant, system prompt, earlier turns, answer-changing parameters, first candidate model), the question
 * after {@linkplain #normalise normalisation}, the candidate list and the reasoning mode. It is what the cache would
 * treat as the same question, and a follower gets exactly what a cache hit would have served it a moment later.
 *
 * <p><b>Waiting</b>: a follower waits at most {@link #wait} for the leader's answer (a streamed follower: for its
 * first chunk), then calls a model itself. A flight open for longer than that takes no new followers: the next
 * identical miss opens a new one. A released follower calls a model itself, not through another flight:
 * when the model is failing, a second flight would only queue the followers behind another leader's failure.
 */
final class Coalescing {

    /** The default longest wait of a follower: 60 s, the gateway's default model timeout. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    /** What a follower's cache outcome adds to its reason. */
    static final String NOTE = "coalesced: answered by an identical request in flight";

    private static final Logger log = LoggerFactory.getLogger(Coalescing.class);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Runs the followers' deadlines; shared by every router in the JVM, one daemon thread. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();
    /** Runs the model calls of streamed followers released away from the leader's thread. */
    private static final ExecutorService OWN_CALLS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), daemons("semantic-router-released"));

    /**
     * What makes two misses identical.
     *
     * @param partition  the cache partition
     * @param question   the normalised question
     * @param candidates the models to try, in order
     * @param reasoning  the decision's reasoning mode, or {@code null}
     */
    record Key(String partition, String question, List<String> candidates, String reasoning) {
    }

    private final boolean enabled;
    private final Duration wait;
    private final CacheWriteStage write;
    private final RouterStats stats;
    private final ConcurrentHashMap<Key, Flight> flights = new ConcurrentHashMap<>();

    Coalescing(boolean enabled, Duration wait, CacheWriteStage write, RouterStats stats) {
        this.enabled = enabled;
        this.wait = wait;
        this.write = write;
        this.stats = stats;
    }

    /** The stage before invocation: opens a flight, or joins one. */
    RouterStage join() {
        return this::join;
    }

    /** The stage after the cache write: the leader ends its flight with its answer. */
    RouterStage publish() {
        return this::publish;
    }

    RouterStats stats() {
        return stats;
    }

    /** Runs {@code task} on a router thread once the follower's wait has run out; cancel the returned future to stop it. */
    Future<?> afterWait(Runnable task) {
        return TIMER.schedule(() -> OWN_CALLS.execute(task), wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs a released follower's own model call on a router thread, away from the leader's thread. */
    void onOwnThread(Runnable task) {
        OWN_CALLS.execute(task);
    }

    /** How many flights are open (for tests). */
    int open() {
        return flights.size();
    }

    /** The question as compared: Unicode NFC, trimmed, every run of whitespace one space. Case is kept. */
    static String normalise(String question) {
        return SPACES.matcher(Normalizer.normalize(question, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    private void join(RequestState state) {
        if (!enabled || !takesPart(state)) {
            return;
        }
        Key key = new Key(state.partition(), normalise(state.query()), state.decision().candidates(),
                state.decision().reasoning());
        while (true) {
            Flight fresh = new Flight(this, key);
            Flight open = flights.putIfAbsent(key, fresh);
            if (open == null) {
                state.leading(fresh);
                state.whenUnanswered(fresh::release);
                return;
            }
            if (open.joinable(wait)) {
                follow(state, open);
                return;
            }
            flights.remove(key, open); // ended without a shared answer, or stuck: open a new one
        }
    }

    private boolean takesPart(RequestState state) {
        CacheOutcome outcome = state.cacheOutcome();
        RouteRequest request = state.request();
        return !state.answered() && outcome != null && outcome.status() != CacheOutcome.Status.BYPASS
                && state.partition() != null && request.cacheRead()
                && write.requestRefusal(request, state.query()) == null;
    }

    private void follow(RequestState state, Flight flight) {
        if (state.streamHandler() != null) {
            state.following(flight); // its RoutedStream follows the flight
            return;
        }
        stats.coalesceStarted();
        Flight.Ending end;
        try {
            end = flight.await(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stats.coalesceEnded(RouterStats.CoalesceEnd.CANCELLED);
            throw new SemanticRouterException("interrupted while waiting for an identical request in flight", e);
        }
        if (end == null || !end.shareable()) {
            log.debug("Coalesced request {}; calling the model itself", end == null ? "waited too long" : "released");
            stats.coalesceEnded(end == null ? RouterStats.CoalesceEnd.TIMED_OUT : RouterStats.CoalesceEnd.RELEASED);
            return;
        }
        stats.coalesceEnded(RouterStats.CoalesceEnd.SERVED);
        served(state, end.answer(), end.model());
    }

    /** Answers a follower with its leader's answer. */
    static void served(RequestState state, ChatResponse answer, String model) {
        state.setAnswer(answer, model, RequestState.Source.COALESCED);
        mark(state);
    }

    /** Notes in a follower's cache outcome that its answer is its leader's (once). */
    static void mark(RequestState state) {
        CacheOutcome outcome = state.cacheOutcome();
        if (!outcome.reason().endsWith(NOTE)) {
            state.cacheOutcome(outcome.withStored(false, NOTE), state.partition());
        }
    }

    private void publish(RequestState state) {
        Flight flight = state.leading();
        if (flight == null) {
            return;
        }
        if (state.source() != RequestState.Source.MODEL) {
            flight.release(new IllegalStateException("the leader was answered without a model"));
        } else if (state.storeRefusal() == null) {
            flight.complete(state.response(), state.answeredBy());
        } else {
            flight.withhold(state.response(), state.answeredBy(), state.storeRefusal());
        }
    }

    /** A flight ended: new misses with its key open a new one (or hit the answer it stored). */
    void closed(Key key, Flight flight) {
        flights.remove(key, flight);
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, daemons("semantic-router-coalesce-timer"));
        t.setRemoveOnCancelPolicy(true);
        t.setKeepAliveTime(30, TimeUnit.SECONDS);
        t.allowCoreThreadTimeOut(true);
        return t;
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
