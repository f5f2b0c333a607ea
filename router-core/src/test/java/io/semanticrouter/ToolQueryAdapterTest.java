package io.semanticrouter;

import dev.langchain4j.agent.tool.ToolSpecification;
import io.semanticrouter.TestDoubles.WordsEmbedder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The query adapter of tool selection: its file, its map, the bundled one, and its use by the selector. */
class ToolQueryAdapterTest {

    private static ToolQueryAdapter read(String json, String model) {
        return ToolQueryAdapter.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", model);
    }

    /** An adapter file for {@code model}: U and V as given, rows of the dimension, columns of the rank. */
    private static String file(String model, float[][] u, float[][] v) {
        StringBuilder b = new StringBuilder("{\"format\":\"" + ToolQueryAdapter.FORMAT + "\",\"embedding_model\":\"" + model
                + "\",\"dimension\":" + u.length + ",\"rank\":" + u[0].length + ",\"u\":");
        matrix(b, u);
        b.append(",\"v\":");
        matrix(b, v);
        return b.append('}').toString();
    }

    private static void matrix(StringBuilder b, float[][] m) {
        b.append('[');
        for (int i = 0; i < m.length; i++) {
            b.append(i > 0 ? ",[" : "[");
            for (int j = 0; j < m[i].length; j++) {
                b.append(j > 0 ? "," : "").append(String.format(Locale.ROOT, "%.6f", m[i][j]));
            }
            b.append(']');
        }
        b.append(']');
    }

    @Test
    void movesTheQuestionByItsLowRankCorrectionAndNormalises() {
        // d = 2, rank 1: U = (0, 1), V = (1, 0): q' = normalise(q + (q_0) e_1)
        ToolQueryAdapter a = read(file("m", new float[][]{{0}, {1}}, new float[][]{{1}, {0}}), "m");
        Embedding q = new Embedding(new float[]{1, 0}, 7, true);
        Embedding out = a.apply(q);
        assertThat(out.get(0)).isCloseTo((float) (1 / Math.sqrt(2)), within(1e-6f));
        assertThat(out.get(1)).isCloseTo((float) (1 / Math.sqrt(2)), within(1e-6f));
        assertThat(out.tokenCount()).isEqualTo(7);
        assertThat(out.truncated()).isTrue();
        assertThat(a.apply(Embedding.of(0, 1)).vector()).containsExactly(0f, 1f); // V^T q = 0: unchanged
        assertThatThrownBy(() -> a.apply(Embedding.of(1, 0, 0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maps 2 dimensions, the question has 3");
    }

    @Test
    void refusesAFileOfAnotherEmbedderOrOfTheWrongShape() {
        String ok = file("all-minilm-l6-v2", new float[][]{{0}, {1}}, new float[][]{{1}, {0}});
        assertThatThrownBy(() -> read(ok, "bge-small")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.json: trained for the embedding model 'all-minilm-l6-v2', not 'bge-small'");
        assertThatThrownBy(() -> read("{\"format\":\"other\"}", "m")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a tool query adapter");
        assertThatThrownBy(() -> read(ok.replace("\"rank\":1", "\"rank\":2"), "all-minilm-l6-v2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u[0] must hold 2 numbers");
        assertThatThrownBy(() -> read(ok.replace("\"dimension\":2", "\"dimension\":3"), "all-minilm-l6-v2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u must be 3 rows");
        assertThatThrownBy(() -> read(ok.replace("[[1.000000],[0.000000]]}", "[[\"x\"],[0]]}"), "all-minilm-l6-v2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v[0][0] is not a finite number");
        assertThatThrownBy(() -> read("{", "m")).isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void oneShipsForMiniLmAndNoneForOtherEmbedders() {
        ToolQueryAdapter miniLm = ToolQueryAdapter.bundledFor("all-minilm-l6-v2").orElseThrow();
        assertThat(miniLm.embeddingModel()).isEqualTo("all-minilm-l6-v2");
        assertThat(miniLm.dimension()).isEqualTo(384);
        assertThat(miniLm.rank()).isBetween(1, 64);
        assertThat(ToolQueryAdapter.bundledFor("all-minilm-l6-v2")).containsSame(miniLm);
        assertThat(ToolQueryAdapter.bundledFor("words")).isEmpty();
        assertThat(ToolQueryAdapter.bundledFor("../io/semanticrouter/tool-query-adapter-all-minilm-l6-v2")).isEmpty();
        // the bundled map is near the identity: a question stays close to itself
        float[] v = new float[384];
        v[3] = 0.6f;
        v[100] = 0.8f;
        Embedding q = Embedding.of(v);
        assertThat(miniLm.apply(q).cosine(q)).isBetween(0.5, 1.0);
    }

    // The selector: a question that shares no word with the tool it needs ("umbrella" for the weather tool), and an
    // adapter for the stand-in embedder that moves "umbrella" questions onto the weather tool's text.

    private static final List<ToolSpecification> TOOLS = ToolSelectionTest.TOOLS;
    private static final String QUESTION = "should I pack an umbrella";

    private final WordsEmbedder embedder = new WordsEmbedder();

    private ToolQueryAdapter umbrellaToWeather() {
        int d = embedder.dimension();
        float[] weather = embedder.embed(ToolSelector.text(TOOLS.get(0), ToolSelection.Text.NAME_DESCRIPTION_PARAMETERS))
                .vector();
        int umbrella = Math.floorMod("umbrella".hashCode(), d);
        float[][] u = new float[d][1];
        float[][] v = new float[d][1];
        for (int i = 0; i < d; i++) {
            u[i][0] = 10 * weather[i];
        }
        v[umbrella][0] = 1;
        return read(file("words", u, v), "words");
    }

    private static List<String> names(ToolSelector.Result r) {
        return r.kept().stream().map(ToolSpecification::name).toList();
    }

    @Test
    void theSelectorRanksThroughTheAdapterWhenTheSettingsAskForIt() {
        ToolSelector plain = new ToolSelector(embedder, 100);
        ToolSelector adapted = new ToolSelector(embedder, 100, umbrellaToWeather());
        assertThat(plain.queryAdapter()).isEmpty(); // none ships for the stand-in "words"
        ToolSelection top1 = ToolSelection.builder().topK(1).widenBelow(-1).languageGate(false).build();
        Embedding q = embedder.embed(QUESTION);

        ToolSelector.Result without = plain.select(top1, QUESTION, q, TOOLS, Set.of());
        ToolSelector.Result with = adapted.select(top1, QUESTION, q, TOOLS, Set.of());
        assertThat(names(without)).doesNotContain("get_weather");
        assertThat(names(with)).containsExactly("get_weather");
        assertThat(with.outcome().reason()).contains("through the query adapter");
        assertThat(without.outcome().reason()).doesNotContain("adapter");

        ToolSelection off = ToolSelection.builder().topK(1).widenBelow(-1).languageGate(false).queryAdapter(false).build();
        assertThat(off.queryAdapter()).isFalse();
        assertThat(names(adapted.select(off, QUESTION, q, TOOLS, Set.of()))).isEqualTo(names(without));
    }

    @Test
    void theFloorAndTheWideningStillReadThePlainCosine() {
        ToolSelector adapted = new ToolSelector(embedder, 100, umbrellaToWeather());
        Embedding q = embedder.embed(QUESTION);
        double plainBest = TOOLS.stream().mapToDouble(t -> q.cosine(embedder.embed(
                ToolSelector.text(t, ToolSelection.Text.NAME_DESCRIPTION_PARAMETERS)))).max().orElseThrow();
        // the adapted question is close to the weather tool, the plain one to none: the plain cosine widens
        ToolSelection widen = ToolSelection.builder().topK(1).languageGate(false).widenBelow(plainBest + 0.01).build();
        ToolSelector.Result r = adapted.select(widen, QUESTION, q, TOOLS, Set.of());
        assertThat(r.outcome().flag()).isEqualTo(ToolSelectionOutcome.WIDENED);
        assertThat(names(r)).hasSize(2).contains("get_weather");
        // a floor above every plain cosine drops all but the single best by the adapted ranking
        ToolSelection floor = ToolSelection.builder().topK(2).languageGate(false).widenBelow(-1)
                .minSimilarity(Math.min(1, plainBest + 0.01)).build();
        assertThat(names(adapted.select(floor, QUESTION, q, TOOLS, Set.of()))).containsExactly("get_weather");
    }

    @Test
    void aSelectorRefusesAnAdapterOfAnotherEmbedder() {
        ToolQueryAdapter miniLm = ToolQueryAdapter.bundledFor("all-minilm-l6-v2").orElseThrow();
        assertThatThrownBy(() -> new ToolSelector(embedder, 100, miniLm)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("for all-minilm-l6-v2 (384 dimensions), the embedder is words (64 dimensions)");
        assertThat(new ToolSelector(embedder, 100, null).queryAdapter()).isEmpty();
    }

    @Test
    void theDefaultSelectorLeavesTheShippedAdapterOutForAnEmbedderOfAnotherDimensionThatReportsMiniLmsId() {
        Embedder impostor = new TestDoubles.MiniLmNamed();
        assertThat(new ToolSelector(impostor, 100).queryAdapter()).isEmpty();
        assertThatThrownBy(() -> new ToolSelector(impostor, 100, ToolQueryAdapter.bundledFor("all-minilm-l6-v2")
                .orElseThrow())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 dimensions");
    }
}
