package io.semanticrouter;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link HitSelection#fmt} prints exactly what {@code String.format(Locale.ROOT, "%.3f", d)} prints. */
class HitSelectionFormatTest {

    private static void same(double d) {
        assertThat(HitSelection.fmt(d)).as("fmt(%s)", d).isEqualTo(String.format(Locale.ROOT, "%.3f", d));
    }

    @Test
    void randomSimilaritiesAndThresholdsPrintAsTheFormatterPrintsThem() {
        SplittableRandom rnd = new SplittableRandom(15);
        for (int i = 0; i < 200_000; i++) {
            same(rnd.nextDouble()); // similarities and thresholds
            same(rnd.nextDouble() * 2 - 1); // negative cosines go to the formatter
            same(rnd.nextDouble() * 1000);
            same((double) (float) rnd.nextDouble()); // a float's similarity widened, as the cache reports it
        }
    }

    @Test
    void valuesAtAndNextToEveryRoundingTieUpToTwoPrintAsTheFormatterPrintsThem() {
        for (int k = 0; k <= 2000; k++) {
            double tie = (k + 0.5) / 1000;
            double exact = k / 1000.0;
            for (double d : new double[] {tie, Math.nextUp(tie), Math.nextDown(tie), exact, Math.nextUp(exact),
                Math.nextDown(exact), tie + 1e-7, tie - 1e-7, tie + 2e-6, tie - 2e-6}) {
                same(d);
            }
        }
    }

    @Test
    void specialValuesGoToTheFormatter() {
        for (double d : new double[] {0.0, -0.0, -1e-9, 1.0, 0.8, 0.85, 0.9995, 999.9995, 999.9999, 1000, 1e6, 1e300,
            Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.8}) {
            same(d);
        }
    }
}
