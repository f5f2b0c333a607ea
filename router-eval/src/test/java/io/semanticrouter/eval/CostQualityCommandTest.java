package io.semanticrouter.eval;

import io.semanticrouter.classifier.StrongWeakSelector;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** cost-quality's bagging and --skip-held-out options, on real MiniLM embeddings of a small data set. */
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
