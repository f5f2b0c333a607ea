package io.semanticrouter.eval.bench;

import io.semanticrouter.RoutedResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link RouteBench} once per filler, on a few hundred entries, outside JMH: the fill, its check that every
 * reworded question hits, one hit and one miss, and the stage line. The question filler reads a small JSONL file
 * written here instead of the anchor data; each filler runs with a different model so both models load.
 */
class RouteBenchTest {

    @TempDir
    Path dir;

    private Path questions() throws IOException {
        List<String> lines = new ArrayList<>();
        String[] things = {"a violin", "a kayak", "an oven", "a roof", "a printer", "a tent", "a piano", "a scooter"};
        String[] verbs = {"tune", "rent", "sell", "heat", "fix", "pack"};
        for (String t : things) {
            for (String v : verbs) {
                lines.add(String.format(Locale.ROOT, "{\"text_a\": \"Can I %s %s in winter?\", \"text_b\": \"Who will %s %s for me?\"}",
                        v, t, v, t));
            }
        }
        Path file = dir.resolve("questions.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static RouteBench bench(String filler, String model) {
        RouteBench b = new RouteBench();
        b.entries = 400;
        b.filler = filler;
        b.model = model;
        return b;
    }

    private static void runOnce(RouteBench b) throws Exception {
        b.fill();
        try {
            assertThat(b.checked).isEqualTo(BenchTexts.PARAPHRASES.size());
            assertThat(b.checkedHits).isEqualTo(b.checked);
            b.startIteration();
            assertThat(((RoutedResponse) b.hitPath()).cacheHit()).isTrue();
            assertThat(b.stageLine("hitPath")).contains("400 entries", "filler " + b.filler, "model " + b.model,
                    "1 requests", "embedding p50");
            b.startIteration();
            assertThat(((RoutedResponse) b.missOverhead()).cacheHit()).isFalse();
            assertThat(b.stageLine("missOverhead")).contains("1 requests");
        } finally {
            b.close();
        }
    }

    @Test
    void questionFillerStoresQuestionEmbeddingsAndEveryRewordedQuestionHits() throws Exception {
        RouteBench b = bench("questions", "minilm-q");
        b.questionsFile = questions();
        b.hitPatience = "4";
        runOnce(b);
    }

    @Test
    void randomFillerStillRunsOnTheClusterIndex() throws Exception {
        RouteBench b = bench("random", "minilm");
        b.index = "clusters";
        runOnce(b);
    }

    @Test
    void anUnknownIndexIsRefusedBeforeTheFill() {
        RouteBench b = bench("random", "minilm");
        b.index = "lsh";
        org.assertj.core.api.Assertions.assertThatThrownBy(b::fill).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index must be graph or clusters, was 'lsh'");
    }

    @Test
    void aHitPatienceThatIsNotANumberIsRefusedBeforeTheFill() {
        RouteBench b = bench("random", "minilm");
        b.hitPatience = "soon";
        org.assertj.core.api.Assertions.assertThatThrownBy(b::fill).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hitPatience must be default or a number in [0, 100000], was 'soon'");
    }

    @Test
    void unknownParametersAreRefusedByName() {
        assertThatThrownBy(() -> RouteBench.embedder("bert")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minilm or minilm-q");
        RouteBench b = bench("zeros", "minilm-q");
        assertThatThrownBy(b::fill).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("questions or random");
        b.close();
    }
}
