package io.semanticrouter.cache.milvus;

import io.milvus.v2.exception.ErrorCode;
import io.milvus.v2.exception.MilvusClientException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CollectionRepairTest {

    private final AtomicLong now = new AtomicLong();
    private final CollectionRepair repair = new CollectionRepair(now::get);

    @Test
    void aReleasedOrMissingCollectionAsksForARepairOtherFailuresDoNot() {
        // what the engine (2.3.5) and Milvus Lite answer to a search on a released collection (measured)
        assertThat(CollectionRepair.needsRepair(new MilvusClientException(ErrorCode.SERVER_ERROR,
                "failed to search: collection not loaded[collection=4709]", 101, 0))).isTrue();
        assertThat(CollectionRepair.needsRepair(new RuntimeException("wrapped", new MilvusClientException(
                ErrorCode.SERVER_ERROR, "Collection 't' is in state 'released'; call load() before search", 101, 0)))).isTrue();
        assertThat(CollectionRepair.needsRepair(new MilvusClientException(ErrorCode.SERVER_ERROR, "gone", 100, 0))).isTrue();
        assertThat(CollectionRepair.needsRepair(new MilvusClientException(ErrorCode.TIMEOUT, "deadline exceeded"))).isFalse();
        assertThat(repair.onFailure(new IllegalStateException("UNAVAILABLE: io exception"))).isFalse();
        assertThat(repair.takeIfDue()).isFalse();
    }

    @Test
    void oneRequestRunsOnceAndRepeatedRequestsAreSpacedOut() {
        assertThat(repair.onFailure(new MilvusClientException(ErrorCode.SERVER_ERROR, "x", 101, 0))).isTrue();
        assertThat(repair.takeIfDue()).isTrue();
        assertThat(repair.takeIfDue()).as("consumed").isFalse();
        repair.onFailure(new MilvusClientException(ErrorCode.SERVER_ERROR, "x", 101, 0));
        assertThat(repair.takeIfDue()).as("too soon after the last attempt").isFalse();
        now.addAndGet(CollectionRepair.MIN_GAP_NANOS);
        assertThat(repair.takeIfDue()).isTrue();
        now.addAndGet(TimeUnit.SECONDS.toNanos(10));
        assertThat(repair.takeIfDue()).as("no new request").isFalse();
    }
}
