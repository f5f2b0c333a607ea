package io.semanticrouter.embeddings;

import io.semanticrouter.Embedding;
import io.semanticrouter.testing.LoopbackOnly;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building the embedder and embedding a text opens no connection off this machine. DJL's tokenizer factory
 * calls home (the EC2 metadata address 169.254.169.254, then a telemetry URL) once per process unless opted
 * out, so this runs in a fresh JVM whose every non-loopback socket is refused and recorded.
 */
class OnnxEmbedderOfflineTest {

    /** The child JVM's work: the real all-MiniLM-L6-v2 from its Maven artifact, one text embedded. */
    static final class EmbedOnce {
        public static void main(String[] args) {
            try (OnnxEmbedder embedder = OnnxEmbedder.allMiniLmL6V2()) {
                Embedding e = embedder.embed("How do I keep bread from going stale?");
                if (e.dimension() != 384) {
                    throw new IllegalStateException("expected 384 dimensions, got " + e.dimension());
                }
                System.out.println("embedded: " + e.dimension() + " dimensions, " + e.tokenCount() + " tokens");
            }
        }
    }

    @Test
    void buildingAndEmbeddingStayOnThisMachine() throws Exception {
        LoopbackOnly.Result r = LoopbackOnly.run(EmbedOnce.class, Duration.ofMinutes(3));

        assertThat(r.refused()).as("connections off this machine; child output:%n%s", r.output()).isEmpty();
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("embedded: 384 dimensions");
    }
}
