package io.semanticrouter.classifier;

import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.RequestContext;
import io.semanticrouter.RouteDecision;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.learn.LogisticRegression;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrongWeakSelectorTest {

    private final WordsEmbedder embedder = new WordsEmbedder();

    private List<StrongWeakSelector.Example> examples() {
        List<StrongWeakSelector.Example> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean hard = i % 4 == 0;
            String text = hard ? "prove by induction and derive the bound for sequence " + i
                    : "what colour is item " + i;
            out.add(new StrongWeakSelector.Example(text, embedder.embed(text), !hard, true));
        }
        return out;
    }

    @Test
    void sendsWhatTheWeakModelFailsToTheStrongOneAtTheChosenShare() {
        StrongWeakSelector router = StrongWeakSelector.train("small", "large", examples(), 0.25);
        String hard = "prove by induction and derive the bound for sequence 999";
        String easy = "what colour is item 999";
        RouteDecision h = router.select(new RequestContext("", List.of(UserMessage.from(hard)), hard, embedder.embed(hard)));
        RouteDecision e = router.select(new RequestContext("", List.of(UserMessage.from(easy)), easy, embedder.embed(easy)));
        assertThat(h.candidates()).containsExactly("large", "small");
        assertThat(h.category()).isEqualTo("hard");
        assertThat(h.reason()).contains("strong-model gain");
        assertThat(e.candidates()).containsExactly("small", "large");
        assertThat(router.modelNames()).containsExactlyInAnyOrder("small", "large");
        assertThat(router.withThreshold(0.0).select(new RequestContext("", List.of(UserMessage.from(easy)), easy,
                embedder.embed(easy))).model()).isEqualTo("large");
    }

    @Test
    void aFeatureThatBarelyVariedInTrainingCannotDecideAnUnlikePromptAlone() {
        // every training prompt lists four answer options, but one lists three: the option count barely varies
        String options = "\nA. one\nB. two\nC. three\nD. four";
        List<StrongWeakSelector.Example> quiz = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean hard = i % 4 == 0;
            String text = (hard ? "prove by induction and derive the bound for sequence " + i : "what colour is item " + i)
                    + (i == 1 ? "\nA. one\nB. two\nC. three" : options);
            quiz.add(new StrongWeakSelector.Example(text, embedder.embed(text), !hard, hard));
        }
        StrongWeakSelector router = StrongWeakSelector.train("small", "large", quiz,
                new StrongWeakSelector.Settings(0.25, 6, 0.001, true), embedder);
        String easy = "what colour is item 999";
        String hard = "prove by induction and derive the bound for sequence 999";
        // a chat question lists no options: far outside training, yet its content still decides
        assertThat(router.hard(easy, embedder.embed(easy))).isFalse();
        assertThat(router.hard(hard, embedder.embed(hard))).isTrue();
    }

    @Test
    void settingsAndDataAreChecked() {
        assertThatThrownBy(() -> StrongWeakSelector.train("a", "a", examples(), 0.3)).hasMessageContaining("must differ");
        assertThatThrownBy(() -> StrongWeakSelector.train("a", "b", examples(), 1.0)).hasMessageContaining("was 1.0");
        List<StrongWeakSelector.Example> noWins = examples().stream()
                .map(x -> new StrongWeakSelector.Example(x.text(), x.embedding(), true, true)).toList();
        assertThatThrownBy(() -> StrongWeakSelector.train("a", "b", noWins, 0.3)).hasMessageContaining("positive and negative");
        assertThatThrownBy(() -> StrongWeakSelector.train("a", "b", examples(), 0.3).withThreshold(2))
                .hasMessageContaining("was 2.0");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private StrongWeakSelector trained(boolean weakWinsModel) {
        List<StrongWeakSelector.Example> ex = new ArrayList<>(examples());
        for (int i = 0; i < 40; i++) { // some prompts only the weak model gets right
            String text = "name the colour of the small item " + i;
            ex.add(new StrongWeakSelector.Example(text, embedder.embed(text), true, false));
        }
        return StrongWeakSelector.train("small", "large", ex,
                new StrongWeakSelector.Settings(0.25, 6, 1e-3, weakWinsModel), embedder);
    }

    private static byte[] bytes(StrongWeakSelector s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.write(out, "unit test");
        return out.toByteArray();
    }

    @Test
    void savesAndLoadsTheSameRouterWithItsEmbedder() throws IOException {
        for (boolean weakWins : new boolean[] {false, true}) {
            StrongWeakSelector original = trained(weakWins);
            StrongWeakSelector loaded = StrongWeakSelector.read(new ByteArrayInputStream(bytes(original)), embedder);
            assertThat(loaded.threshold()).isEqualTo(original.threshold());
            assertThat(loaded.strongShare()).isEqualTo(0.25);
            assertThat(loaded.trainedOn()).isEqualTo(new StrongWeakSelector.TrainedOn("words", 256));
            assertThat(loaded.modelNames()).containsExactlyInAnyOrder("small", "large");
            for (String q : List.of("prove by induction and derive the bound for sequence 7", "what colour is item 7",
                    "name the colour of the small item 3")) {
                Embedding e = embedder.embed(q);
                assertThat(loaded.score(q, e)).isCloseTo(original.score(q, e), org.assertj.core.data.Offset.offset(1e-6));
                assertThat(loaded.hard(q, e)).isEqualTo(original.hard(q, e));
            }
            assertThat(loaded.hard("prove by induction and derive the bound for sequence 7",
                    embedder.embed("prove by induction and derive the bound for sequence 7"))).isTrue();
        }
        JsonAssert.fields(bytes(trained(true)), "kind", "format_version", "embedder", "features", "feature_count",
                "threshold", "strong_share", "strong_wins", "weak_wins");
    }

    @Test
    void loadsFromAPathAndNamesTheFileInErrors(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("c.json");
        Files.write(f, bytes(trained(false)));
        assertThat(StrongWeakSelector.load(f, embedder).trainedOn().modelId()).isEqualTo("words");
        assertThatThrownBy(() -> StrongWeakSelector.load(dir.resolve("missing.json"), embedder))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.json");
        Files.writeString(f, "not json {");
        assertThatThrownBy(() -> StrongWeakSelector.load(f, embedder)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c.json");
    }

    @Test
    void savesToAFileWholeOrNotAtAll(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        StrongWeakSelector model = trained(true);
        Path f = dir.resolve("models/c.json");
        model.save(f, "unit test");
        StrongWeakSelector back = StrongWeakSelector.load(f, embedder);
        assertThat(back.threshold()).isEqualTo(model.threshold());
        assertThat(back.score("prove the theorem", embedder.embed("prove the theorem")))
                .isEqualTo(model.score("prove the theorem", embedder.embed("prove the theorem")));
        byte[] before = Files.readAllBytes(f);

        Files.createDirectories(dir.resolve("models/taken.json")); // a directory where the file should go
        assertThatThrownBy(() -> trained(false).save(dir.resolve("models/taken.json"), null))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("taken.json")
                .hasMessageContaining("cannot save the complexity model");
        assertThat(Files.readAllBytes(f)).as("the earlier file is untouched").isEqualTo(before);
        try (var left = Files.list(dir.resolve("models"))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file is left")
                    .containsExactlyInAnyOrder("c.json", "taken.json");
        }
    }

    private void refused(Consumer<ObjectNode> edit, String... messageParts) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(bytes(trained(true)));
        edit.accept(root);
        byte[] changed = JSON.writeValueAsBytes(root);
        assertThatThrownBy(() -> StrongWeakSelector.read(new ByteArrayInputStream(changed), embedder))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContainingAll(messageParts);
    }

    @Test
    void refusesAnotherFormatVersion() throws IOException {
        refused(r -> r.put("format_version", 2), "format_version 2", "reads format_version 1");
        refused(r -> r.remove("format_version"), "format_version");
        refused(r -> r.put("kind", "category-model"), "not a strong/weak complexity model");
    }

    @Test
    void refusesAFileFromAnotherEmbedderNamingBoth() throws IOException {
        refused(r -> ((ObjectNode) r.get("embedder")).put("model_id", "all-minilm-l6-v2"),
                "'all-minilm-l6-v2' (256 dimensions)", "router's embedder is 'words' (256 dimensions)");
        StrongWeakSelector s = trained(false);
        Embedder other = new WordsEmbedder("words-v2");
        assertThatThrownBy(() -> StrongWeakSelector.read(new ByteArrayInputStream(bytes(s)), other))
                .hasMessageContainingAll("'words' (256 dimensions)", "'words-v2' (256 dimensions)");
        refused(r -> r.remove("embedder"), "lacks \"embedder\"");
    }

    @Test
    void refusesAWrongShape() throws IOException {
        refused(r -> ((ObjectNode) r.get("strong_wins")).put("weights", "AAAAAA=="), "strong_wins.weights has 1 values,"
                + " expected 264");
        refused(r -> ((ObjectNode) r.get("weak_wins")).remove("scale"), "lacks weak_wins.scale");
        refused(r -> r.put("feature_count", 300), "feature_count 300, expected 264");
        refused(r -> r.putArray("features").add("embedding[256]").add("log_chars"), "this library computes");
        refused(r -> ((ObjectNode) r.get("embedder")).put("dimension", 384), "'words' (384 dimensions)");
        refused(r -> ((ObjectNode) r.get("strong_wins")).put("mean", "%%%"), "strong_wins.mean is not base64");
        refused(r -> r.remove("strong_wins"), "lacks \"strong_wins\"");
    }

    @Test
    void refusesBadValues() throws IOException {
        refused(r -> r.put("threshold", 3), "threshold must be in [-1, 1], was 3.0");
        refused(r -> r.put("strong_share", 1.5), "strongShare must be in (0, 1), was 1.5");
        refused(r -> r.put("strong_model", "small"), "must differ");
        refused(r -> r.put("weak_model", ""), "lacks \"weak_model\"");
        refused(r -> r.put("threshold", "high"), "lacks \"threshold\"");
        assertThatThrownBy(() -> StrongWeakSelector.read(new ByteArrayInputStream("[1, 2]".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON object");
    }

    @Test
    void theScoreRefusesAnEmbeddingOfAnotherDimension() {
        assertThatThrownBy(() -> trained(false).score("x", Embedding.of(1f, 0f)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'words' (256 dimensions)");
    }

    @Test
    void theShippedModelLoadsForMiniLmAndRefusesAnotherEmbedder() {
        assertThatThrownBy(() -> StrongWeakSelector.routeLlmMmlu(embedder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("routellm-mmlu", "'all-minilm-l6-v2' (384 dimensions)", "'words' (256 dimensions)");
        try (var minilm = io.semanticrouter.embeddings.OnnxEmbedder.allMiniLmL6V2()) {
            StrongWeakSelector shipped = StrongWeakSelector.routeLlmMmlu(minilm);
            assertThat(shipped.trainedOn()).isEqualTo(new StrongWeakSelector.TrainedOn("all-minilm-l6-v2", 384));
            assertThat(shipped.strongShare()).isEqualTo(0.3);
            for (String q : List.of("What is the capital of France?",
                    "Find the degree of the field extension Q(sqrt(2), sqrt(3)) over Q. A. 0 B. 4 C. 2 D. 6")) {
                Embedding e = minilm.embed(q);
                double s = shipped.score(q, e);
                assertThat(s).isBetween(-1.0, 1.0);
                assertThat(shipped.hard(q, e)).isEqualTo(s >= shipped.threshold());
            }
        }
    }

    private List<StrongWeakSelector.Example> mixedExamples() {
        List<StrongWeakSelector.Example> ex = new ArrayList<>(examples());
        for (int i = 0; i < 40; i++) {
            String text = "name the colour of the small item " + i;
            ex.add(new StrongWeakSelector.Example(text, embedder.embed(text), true, false));
        }
        return ex;
    }

    private static float[][] rows(List<StrongWeakSelector.Example> ex) {
        return ex.stream().map(e -> StrongWeakSelector.features(e.text(), e.embedding())).toArray(float[][]::new);
    }

    private static boolean[] strongWins(List<StrongWeakSelector.Example> ex) {
        boolean[] y = new boolean[ex.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = ex.get(i).strongCorrect() && !ex.get(i).weakCorrect();
        }
        return y;
    }

    @Test
    void oneBagIsTheModelTrainedOnce() {
        List<StrongWeakSelector.Example> ex = mixedExamples();
        LogisticRegression direct = LogisticRegression.train(rows(ex), strongWins(ex), 6, 1e-3);
        for (StrongWeakSelector.Settings s : List.of(new StrongWeakSelector.Settings(0.25, 6, 1e-3, true),
                new StrongWeakSelector.Settings(0.25, 6, 1e-3, true, 1, true),
                new StrongWeakSelector.Settings(0.25, 6, 1e-3, true, 1, false))) {
            StrongWeakSelector r = StrongWeakSelector.train("small", "large", ex, s, embedder);
            assertThat(r.strongWinsModel().weights()).containsExactly(direct.weights());
            assertThat(r.strongWinsModel().bias()).isEqualTo(direct.bias());
        }
    }

    @Test
    void moreBagsAverageModelsOfResamplesOrShufflesIntoOneWeightVector() throws IOException {
        List<StrongWeakSelector.Example> ex = mixedExamples();
        float[][] x = rows(ex);
        boolean[] y = strongWins(ex);
        List<LogisticRegression> resampled = new ArrayList<>();
        List<LogisticRegression> shuffled = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            java.util.Random rnd = new java.util.Random(b);
            float[][] xb = new float[x.length][];
            boolean[] yb = new boolean[x.length];
            for (int i = 0; i < x.length; i++) {
                int k = rnd.nextInt(x.length);
                xb[i] = x[k];
                yb[i] = y[k];
            }
            resampled.add(LogisticRegression.train(xb, yb, 6, 1e-3, 42 + b));
            shuffled.add(LogisticRegression.train(x, y, 6, 1e-3, 42 + b));
        }
        StrongWeakSelector.Settings once = new StrongWeakSelector.Settings(0.25, 6, 1e-3, true);
        StrongWeakSelector single = StrongWeakSelector.train("small", "large", ex, once, embedder);
        StrongWeakSelector bootstrap = StrongWeakSelector.train("small", "large", ex, once.withBags(3, true), embedder);
        StrongWeakSelector shuffle = StrongWeakSelector.train("small", "large", ex, once.withBags(3, false), embedder);
        assertThat(bootstrap.strongWinsModel().weights()).containsExactly(LogisticRegression.average(resampled).weights());
        assertThat(shuffle.strongWinsModel().weights()).containsExactly(LogisticRegression.average(shuffled).weights());
        assertThat(bootstrap.strongWinsModel().weights()).isNotEqualTo(single.strongWinsModel().weights());
        assertThat(bootstrap.weakWinsModel()).isNotNull();
        String hard = "prove by induction and derive the bound for sequence 7";
        assertThat(bootstrap.hard(hard, embedder.embed(hard))).isTrue();
        StrongWeakSelector loaded = StrongWeakSelector.read(new ByteArrayInputStream(bytes(bootstrap)), embedder);
        assertThat(loaded.score(hard, embedder.embed(hard)))
                .isCloseTo(bootstrap.score(hard, embedder.embed(hard)), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void bagsOutOfRangeAreRefused() {
        StrongWeakSelector.Settings s = StrongWeakSelector.Settings.defaults();
        assertThat(s.bags()).isEqualTo(1);
        assertThatThrownBy(() -> s.withBags(0, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bags must be in [1, 1000], was 0");
        assertThatThrownBy(() -> new StrongWeakSelector.Settings(0.3, 6, 1e-3, false, 1001, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bags must be in [1, 1000], was 1001");
    }

    /** Checks that a written file has the documented top-level fields. */
    private static final class JsonAssert {
        static void fields(byte[] file, String... names) throws IOException {
            var root = JSON.readTree(file);
            for (String n : names) {
                assertThat(root.has(n)).as(n).isTrue();
            }
        }
    }
}
