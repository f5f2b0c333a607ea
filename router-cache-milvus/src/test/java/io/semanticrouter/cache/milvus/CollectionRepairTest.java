package io.semanticrouter.cache.milvus;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CollectionRepairTest {

    private final AtomicLong now = new AtomicLong();
    private final CollectionRepair repair = new CollectionRepair(now::get);

    @Test
    void nothingToDoUntilRequested() {
        assertThat(repair.takeIfDue()).isFalse();
    }

    @Test
    void oneRequestRunsOnceAndRepeatedRequestsAreSpacedOut() {
        repair.request();
        repair.request();
        assertThat(repair.takeIfDue()).isTrue();
        assertThat(repair.takeIfDue()).as("consumed").isFalse();
        repair.request();
        assertThat(repair.takeIfDue()).as("too soon after the last attempt").isFalse();
        now.addAndGet(CollectionRepair.MIN_GAP_NANOS);
        assertThat(repair.takeIfDue()).isTrue();
        now.addAndGet(TimeUnit.SECONDS.toNanos(10));
        assertThat(repair.takeIfDue()).as("no new request").isFalse();
    }
}
