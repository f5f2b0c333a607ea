package io.semanticrouter.eval;

import io.semanticrouter.classifier.LinearCategoryClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code train-categories} on a miniature MMLU folder written here (one prompt per subject). */
class TrainCategoriesTest {

    @TempDir
    Path dir;

    private Path miniatureSource() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("anchor/routellm/mmlu_responses"));
        for (Map.Entry<String, String> e : MmluPrompts.subjectMap().entrySet()) {
            String prompt = "\"A question about " + e.getKey().replace('_', ' ') + " and " + e.getValue()
                    + "?\nA. one\nB. two\nC. three\nD. four\nAnswer:\"";
            Files.writeString(folder.resolve("mmlu_" + e.getKey() + ".csv"), "prompt,a,b\n" + prompt + ",True,False\n");
        }
        return dir.resolve("anchor");
    }

    @Test
    void trainsScoresTheTuneSetAndWritesAModelThatLoads() throws IOException {
        Path tune = dir.resolve("tune.jsonl");
        Files.writeString(tune, "{\"text\": \"what is the integral of x\", \"label\": \"math\"}\n"
                + "{\"text\": \"can I sue my landlord\", \"label\": \"law\"}\n");
        Path model = dir.resolve("out/model.json");
        Path heldOut = dir.resolve("out/held.jsonl");

        RouterEvalTest.Run r = RouterEvalTest.run("train-categories", "--source", miniatureSource().toString(),
                "--tune", tune.toString(), "--no-vllm-exemplars", "--epochs", "3", "--held-out-every", "2",
                "--cache", dir.resolve("emb.bin").toString(), "--out", model.toString(),
                "--held-out-out", heldOut.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("57 MMLU prompts").contains("196 own chat exemplars").contains("tune acc");
        try (InputStream in = Files.newInputStream(model)) {
            LinearCategoryClassifier m = LinearCategoryClassifier.read(in);
            assertThat(m.labels()).containsExactlyElementsOf(LinearCategoryClassifier.MMLU_PRO_CATEGORIES);
            assertThat(m.dimension()).isEqualTo(384);
        }
        assertThat(Files.readString(model)).contains("train-categories --l2 1.0E-4");
        assertThat(Files.readAllLines(heldOut)).isNotEmpty().allSatisfy(l -> assertThat(l).doesNotContain("A. one"));
        assertThat(Files.exists(dir.resolve("emb.bin"))).isTrue();
    }

    @Test
    void writingAModelNeedsOneSetting() throws IOException {
        Path tune = dir.resolve("tune.jsonl");
        Files.writeString(tune, "{\"text\": \"what is the integral of x\", \"label\": \"math\"}\n");

        RouterEvalTest.Run r = RouterEvalTest.run("train-categories", "--source", miniatureSource().toString(),
                "--tune", tune.toString(), "--no-vllm-exemplars", "--l2", "1e-3,1e-2",
                "--out", dir.resolve("m.json").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--out and --calibrate need one --l2");
    }
}
