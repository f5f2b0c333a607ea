package io.semanticrouter.eval.calibrate;

import io.semanticrouter.verify.Rule;
import io.semanticrouter.SemanticRouter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ThresholdCalibratorTest {

    /** Positives at 0.90-0.99; negatives at 0.60-0.95, of which the ones above 0.85 are caught by NEGATION. */
    private static List<ThresholdCalibrator.Pair> pairs(String category) {
        List<ThresholdCalibrator.Pair> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            out.add(new ThresholdCalibrator.Pair(0.90 + (i % 100) / 1000.0, true, Set.of(), category));
        }
        for (int i = 0; i < 1000; i++) {
            double s = 0.60 + (i % 350) / 1000.0;
            out.add(new ThresholdCalibrator.Pair(s, false, s > 0.85 ? Set.of(Rule.NEGATION) : Set.of(), category));
        }
        return out;
    }

    @Test
    void keepsTheRulesThatLetTheThresholdDropAndBoundsTheFalseHitRate() {
        ThresholdCalibrator c = ThresholdCalibrator.builder().targetFalseHitRate(0.01).build();
        Calibration cal = c.calibrate(pairs(null));
        assertThat(cal.rules()).contains(Rule.NEGATION);
        assertThat(cal.similarityThreshold()).isLessThanOrEqualTo(0.90);
        assertThat(cal.recall()).isEqualTo(1.0);
        assertThat(cal.falseHitUpperBound()).isLessThanOrEqualTo(0.01);

        ThresholdCalibrator.Point plain = c.best(pairs(null), EnumSet.noneOf(Rule.class));
        assertThat(plain.threshold()).isGreaterThan(0.94);
        assertThat(plain.recall()).isLessThan(0.6);
    }

    @Test
    void wilsonBoundAndNormalQuantile() {
        assertThat(ThresholdCalibrator.normalQuantile(0.95)).isCloseTo(1.645, within(0.002));
        assertThat(ThresholdCalibrator.normalQuantile(0.99)).isCloseTo(2.326, within(0.002));
        assertThat(ThresholdCalibrator.wilsonUpper(0, 300, 1.645)).isCloseTo(0.0089, within(0.0005));
        assertThat(ThresholdCalibrator.wilsonUpper(5, 100, 1.645)).isBetween(0.05, 0.11);
    }

    @Test
    void categoriesWithEnoughPairsGetStricterThresholds() {
        List<ThresholdCalibrator.Pair> all = new ArrayList<>(pairs("easy"));
        for (int i = 0; i < 400; i++) {
            double s = 0.90 + (i % 60) / 1000.0; // negatives of "hard" sit right among its positives
            all.add(new ThresholdCalibrator.Pair(s, false, Set.of(), "hard"));
            all.add(new ThresholdCalibrator.Pair(0.96 + (i % 40) / 1000.0, true, Set.of(), "hard"));
        }
        Calibration cal = ThresholdCalibrator.builder().targetFalseHitRate(0.05).build().calibrate(all);
        assertThat(cal.categoryThresholds()).containsKey("hard");
        assertThat(cal.categoryThresholds().get("hard")).isGreaterThan(cal.similarityThreshold());
    }

    @Test
    void unreachableTargetsAndBadSettingsFailClearly() {
        List<ThresholdCalibrator.Pair> few = List.of(new ThresholdCalibrator.Pair(0.9, false, Set.of(), null),
                new ThresholdCalibrator.Pair(0.95, true, Set.of(), null));
        assertThatThrownBy(() -> ThresholdCalibrator.builder().build().calibrate(few))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 271");
        assertThatThrownBy(() -> ThresholdCalibrator.builder().build()
                .calibrate(List.of(new ThresholdCalibrator.Pair(0.9, true, Set.of(), null))))
                .hasMessageContaining("negative pairs");
        assertThatThrownBy(() -> ThresholdCalibrator.builder().targetFalseHitRate(0)).hasMessageContaining("was 0.0");
        assertThatThrownBy(() -> ThresholdCalibrator.builder().confidence(1.2)).hasMessageContaining("1.2");
    }

    @Test
    void calibrationRoundTripsThroughYamlAndConfiguresARouter(@TempDir Path dir) throws Exception {
        Calibration cal = ThresholdCalibrator.builder().targetFalseHitRate(0.01).build().calibrate(pairs(null));
        Path file = dir.resolve("calibration.yaml");
        cal.write(file);
        String yaml = Files.readString(file);
        assertThat(yaml).contains("semantic_cache:", "similarity_threshold:", "hit_verification:", "negation");

        Calibration back = Calibration.read(file);
        assertThat(back).isEqualTo(cal);
        assertThat(back.verifier().verify("enable wifi", "disable wifi").accepted()).isFalse();
        assertThat(back.applyTo(SemanticRouter.builder())).isNotNull();

        Files.writeString(file, yaml.replace("similarity_threshold", "similarity_treshold"));
        assertThatThrownBy(() -> Calibration.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("semantic_cache.similarity_treshold").hasMessageContaining(file.toString());
        Files.writeString(file, yaml.replace("negation", "negativity"));
        assertThatThrownBy(() -> Calibration.read(file)).hasMessageContaining("unknown rule 'negativity'");
        Files.writeString(file, yaml.replaceFirst("similarity_threshold: [0-9.]+", "similarity_threshold: 1.7"));
        assertThatThrownBy(() -> Calibration.read(file)).hasMessageContaining("was 1.7");
    }
}
