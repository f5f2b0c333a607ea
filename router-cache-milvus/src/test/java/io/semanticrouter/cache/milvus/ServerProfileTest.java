package io.semanticrouter.cache.milvus;

import org.junit.jupiter.api.Test;

import static io.semanticrouter.cache.milvus.ServerProfile.WriteMode.DELETE_THEN_INSERT;
import static io.semanticrouter.cache.milvus.ServerProfile.WriteMode.UPSERT;
import static org.assertj.core.api.Assertions.assertThat;

class ServerProfileTest {

    @Test
    void theEmbeddedEngineFromPyPiIsNotMilvusLiteAlthoughItsVersionSaysLite() {
        // what milvus-server 2.3.5 and milvus-lite 3.2.2 answer (measured)
        ServerProfile engine = ServerProfile.of("v2.3.5-lite", "STANDALONE");
        ServerProfile lite = ServerProfile.of("milvus_lite-3.2.2", "embedded");
        assertThat(engine.lite()).isFalse();
        assertThat(lite.lite()).isTrue();
        assertThat(ServerProfile.of("v2.4.13", "CLUSTER").lite()).isFalse();
    }

    @Test
    void withoutADeployModeOnlyLitesOwnVersionPrefixMeansLite() {
        assertThat(ServerProfile.of("milvus_lite-3.2.2", null).lite()).isTrue();
        assertThat(ServerProfile.of("v2.3.5-lite", "").lite()).isFalse();
    }

    @Test
    void upsertOnlyWhereTheUpsertPartitionKeyFixIsReleased() {
        assertThat(ServerProfile.of("v2.3.5-lite", "STANDALONE").writeMode()).isEqualTo(DELETE_THEN_INSERT);
        assertThat(ServerProfile.engineWriteMode("v2.3.0")).isEqualTo(DELETE_THEN_INSERT);
        assertThat(ServerProfile.engineWriteMode("v2.3.9")).isEqualTo(DELETE_THEN_INSERT);
        assertThat(ServerProfile.engineWriteMode("v2.3.10")).isEqualTo(UPSERT);
        assertThat(ServerProfile.engineWriteMode("2.3.21")).isEqualTo(UPSERT);
        assertThat(ServerProfile.engineWriteMode("v2.4.0-rc.1")).isEqualTo(UPSERT);
        assertThat(ServerProfile.engineWriteMode("v2.6.4")).isEqualTo(UPSERT);
        assertThat(ServerProfile.engineWriteMode("v3.0.1")).isEqualTo(UPSERT);
        assertThat(ServerProfile.engineWriteMode("v2.2.16")).isEqualTo(DELETE_THEN_INSERT);
        assertThat(ServerProfile.engineWriteMode("Zilliz Cloud")).as("unknown: the safe mode").isEqualTo(DELETE_THEN_INSERT);
        assertThat(ServerProfile.of("milvus_lite-3.2.2", "embedded").writeMode()).isEqualTo(UPSERT);
    }
}
