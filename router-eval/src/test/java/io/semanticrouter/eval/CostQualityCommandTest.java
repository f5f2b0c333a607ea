package io.semanticrouter.eval;

import io.semanticrouter.classifier.StrongWeakSelector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** cost-quality's bagging, --skip-held-out, --model and --bootstrap options, on real MiniLM embeddings of a small data set. */
class CostQualityCommandTest {

    @TempDir
    Path dir;

    private Path responses() throws IOException {
        Path csvDir = Files.createDirectories(dir.resolve("responses"));
        List<String> lines = new ArrayList<>(List.of("prompt,weak,strong"));
        for (int i = 0; i < 120; i++) {
            boolean hard = i % 3 == 0;
            String prompt = hard ? "Prove step by step that the integral of x^" + i + " over [0, " + (i + 1)
                    + "] equals the formula, then derive the error bound" : "What is the capital city number " + i + "?";
            lines.add("\"" + prompt + "\"," + (hard ? "False" : "True") + ",True");
        }
        Files.write(csvDir.resolve("toy.csv"), lines, StandardCharsets.UTF_8);
        return csvDir;
    }

    @Test
    void badBaggingOptionsAreRefusedBeforeAnyDataIsRead() {
        String missing = dir.resolve("no-such-dir").toString();
        RouterEvalTest.Run zero = RouterEvalTest.run("cost-quality", "--responses", missing, "--bags", "0");
        assertThat(zero.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(zero.err()).contains("--bags").contains("bags must be in [1, 1000], was 0");
        RouterEvalTest.Run kind = RouterEvalTest.run("cost-quality", "--responses", missing, "--bags", "3", "--bag-by", "seeds");
        assertThat(kind.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(kind.err()).contains("--bag-by must be bootstrap or shuffle, was 'seeds'");
        RouterEvalTest.Run skip = RouterEvalTest.run("cost-quality", "--responses", missing, "--skip-held-out");
        assertThat(skip.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(skip.err()).contains("--skip-held-out needs --save");
        RouterEvalTest.Run modelAndCv = RouterEvalTest.run("cost-quality", "--responses", missing, "--model", "m.json",
                "--cv", "5");
        assertThat(modelAndCv.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(modelAndCv.err()).contains("--model scores a saved model: it takes no --save, --cv or --signal");
        RouterEvalTest.Run resamples = RouterEvalTest.run("cost-quality", "--responses", missing, "--bootstrap", "-1");
        assertThat(resamples.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(resamples.err()).contains("--bootstrap must be in [0, 100000], was -1");
    }

    @Test
    void scoresASavedModelAsItIsWithABootstrapInterval() throws IOException {
        Path csvDir = responses();
        Path cache = dir.resolve("embeddings.bin");
        Path model = dir.resolve("model.json");
        RouterEvalTest.Run saved = RouterEvalTest.run("cost-quality", "--responses", csvDir.toString(), "--save",
                model.toString(), "--embedding-cache", cache.toString(), "--json", dir.resolve("trained.json").toString());
        assertThat(saved.exit()).as(saved.err()).isZero();

        Path json = dir.resolve("scored.json");
        RouterEvalTest.Run scored = RouterEvalTest.run("cost-quality", "--responses", csvDir.toString(), "--model",
                model.toString(), "--bootstrap", "300", "--embedding-cache", cache.toString(), "--json", json.toString());
        assertThat(scored.exit()).as(scored.err()).isZero();
        assertThat(scored.out()).contains("the saved model " + model + " scored on").contains("APGR 95% interval (300");
        JsonNode trained = new ObjectMapper().readTree(dir.resolve("trained.json").toFile());
        JsonNode summary = new ObjectMapper().readTree(json.toFile());
        // the same model on the same half: the same APGR as when it was trained, and no training prompts
        assertThat(summary.get("apgr").asDouble()).isEqualTo(trained.get("apgr").asDouble());
        assertThat(summary.get("n_train").asInt()).isZero();
        assertThat(summary.get("apgr_ci95")).hasSize(2);
        double low = summary.get("apgr_ci95").get(0).asDouble();
        double high = summary.get("apgr_ci95").get(1).asDouble();
        assertThat(low).isLessThanOrEqualTo(summary.get("apgr").asDouble()).isLessThan(high).isGreaterThan(0.5);
        assertThat(high).isLessThanOrEqualTo(1.0 + 1e-9);

        RouterEvalTest.Run other = RouterEvalTest.run("cost-quality", "--responses", csvDir.toString(), "--model",
                model.toString(), "--embedder", "minilm-q");
        assertThat(other.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(other.err()).contains("all-minilm-l6-v2");
    }

    @Test
    void savesABaggedModelWithoutScoringTheHeldOutHalfAndCrossValidatesPerFold() throws IOException {
        Path csvDir = responses();
        Path cache = dir.resolve("embeddings.bin");
        Path model = dir.resolve("out/bagged.json");
        RouterEvalTest.Run saved = RouterEvalTest.run("cost-quality", "--responses", csvDir.toString(), "--bags", "3",
                "--save", model.toString(), "--skip-held-out", "--embedding-cache", cache.toString());
        assertThat(saved.exit()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("the held-out half was not embedded or scored").doesNotContain("APGR");
        StrongWeakSelector loaded = StrongWeakSelector.load(model);
        assertThat(loaded.trainedOn().modelId()).isEqualTo("all-minilm-l6-v2");
        assertThat(Files.readString(model)).contains("--bags 3 --bag-by bootstrap");

        RouterEvalTest.Run cv = RouterEvalTest.run("cost-quality", "--responses", csvDir.toString(), "--cv", "3",
                "--bags", "2", "--bag-by", "shuffle", "--embedding-cache", cache.toString());
        assertThat(cv.exit()).as(cv.err()).isZero();
        assertThat(cv.out()).containsPattern("fold 0 APGR (0\\.[89]|1\\.0)").contains("fold 2 APGR")
                .containsPattern("mean APGR (0\\.[89]|1\\.0)");
    }
}
