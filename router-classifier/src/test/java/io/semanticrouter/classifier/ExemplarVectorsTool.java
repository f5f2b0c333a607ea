package io.semanticrouter.classifier;

import io.semanticrouter.embeddings.OnnxEmbedder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: writes {@code default-categories.vectors}, the shipped exemplars embedded by all-MiniLM-L6-v2, into
 * this module's resources. Run it after changing {@code default-categories.yaml} or the MiniLM artifact
 * ({@code ShippedExemplarVectorsTest} fails until then). From the repository root:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test \
 *     -pl router-classifier -am
 * cd router-classifier
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.semanticrouter.classifier.ExemplarVectorsTool
 * </pre>
 */
public final class ExemplarVectorsTool {

    private ExemplarVectorsTool() {
    }

    /**
     * Embeds the shipped exemplars and writes the file.
     *
     * @param args optional: the output file (default: this module's resource)
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0]
                : "src/main/resources/io/semanticrouter/classifier/" + ExemplarVectors.DEFAULTS);
        try (OnnxEmbedder embedder = OnnxEmbedder.allMiniLmL6V2()) {
            byte[] yaml;
            try (var in = ExemplarClassifier.class.getResourceAsStream("default-categories.yaml")) {
                yaml = in.readAllBytes();
            }
            ExemplarVectors v = ExemplarVectors.compute(embedder, ExemplarClassifier.Builder.parsedDefaultExamples(),
                    ExemplarVectors.hash(yaml));
            Files.write(out, v.bytes());
            System.out.printf("%s: %d vectors of %d dimensions, model %s, texts %s%n", out,
                    v.vectors.length / v.dimension, v.dimension, v.modelId, v.textsHash);
        }
    }
}
