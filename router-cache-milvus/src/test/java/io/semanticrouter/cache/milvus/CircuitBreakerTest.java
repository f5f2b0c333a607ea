package io.semanticrouter.cache.milvus;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(1), Duration.ofSeconds(4), now::get);

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void opensAfterTheThresholdOfConsecutiveFailuresAndReportsItOnce() {
        assertThat(breaker.onFailure(CircuitBreaker.Kind.READ)).isEqualTo(CircuitBreaker.Transition.NONE);
        assertThat(breaker.onFailure(CircuitBreaker.Kind.READ)).isEqualTo(CircuitBreaker.Transition.NONE);
        assertThat(breaker.allows()).isTrue();
        assertThat(breaker.onFailure(CircuitBreaker.Kind.READ)).isEqualTo(CircuitBreaker.Transition.OPENED);
        assertThat(breaker.allows()).isFalse();
        assertThat(breaker.onFailure(CircuitBreaker.Kind.READ)).as("already open: no second report").isEqualTo(CircuitBreaker.Transition.NONE);
    }

    @Test
    void aSuccessResetsTheCount() {
        breaker.onFailure(CircuitBreaker.Kind.READ);
        breaker.onFailure(CircuitBreaker.Kind.READ);
        breaker.onSuccess(CircuitBreaker.Kind.READ);
        breaker.onFailure(CircuitBreaker.Kind.READ);
        breaker.onFailure(CircuitBreaker.Kind.READ);
        assertThat(breaker.allows()).isTrue();
    }

    @Test
    void successfulWritesDoNotHideFailingReads() {
        // a restarted server that takes writes but refuses searches (its collection released): the breaker
        // must still open so that the probe repairs the collection
        for (int i = 0; i < 2; i++) {
            breaker.onFailure(CircuitBreaker.Kind.READ);
            breaker.onSuccess(CircuitBreaker.Kind.WRITE);
        }
        assertThat(breaker.onFailure(CircuitBreaker.Kind.READ)).isEqualTo(CircuitBreaker.Transition.OPENED);
    }

    @Test
    void failuresOfBothKindsAreCountedApart() {
        breaker.onFailure(CircuitBreaker.Kind.READ);
        breaker.onFailure(CircuitBreaker.Kind.READ);
        breaker.onFailure(CircuitBreaker.Kind.WRITE);
        breaker.onSuccess(CircuitBreaker.Kind.READ);
        breaker.onFailure(CircuitBreaker.Kind.WRITE);
        assertThat(breaker.allows()).isTrue();
        assertThat(breaker.onFailure(CircuitBreaker.Kind.WRITE)).isEqualTo(CircuitBreaker.Transition.OPENED);
    }

    @Test
    void probesAreDueAfterTheOpenPeriodWhichDoublesUpToTheMaximumWhileProbesFail() {
        breaker.trip();
        assertThat(breaker.probeDue()).isFalse();
        advance(Duration.ofMillis(999));
        assertThat(breaker.probeDue()).isFalse();
        advance(Duration.ofMillis(1));
        assertThat(breaker.probeDue()).isTrue();

        breaker.probeFailed(); // next in 2 s
        advance(Duration.ofMillis(1999));
        assertThat(breaker.probeDue()).isFalse();
        advance(Duration.ofMillis(1));
        assertThat(breaker.probeDue()).isTrue();

        breaker.probeFailed(); // 4 s
        breaker.probeFailed(); // capped at 4 s
        advance(Duration.ofMillis(3999));
        assertThat(breaker.probeDue()).isFalse();
        advance(Duration.ofMillis(1));
        assertThat(breaker.probeDue()).isTrue();

        assertThat(breaker.probeSucceeded()).isEqualTo(Duration.ofSeconds(1 + 2 + 4));
        assertThat(breaker.allows()).isTrue();
        assertThat(breaker.probeDue()).isFalse();
    }

    @Test
    void aTripOpensAtOnceWhateverTheCount() {
        assertThat(breaker.trip()).isEqualTo(CircuitBreaker.Transition.OPENED);
        assertThat(breaker.trip()).isEqualTo(CircuitBreaker.Transition.NONE);
        assertThat(breaker.isOpen()).isTrue();
    }
}
