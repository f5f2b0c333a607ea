package io.semanticrouter.spi;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CacheArgumentsTest {

    @Test
    void thresholdMustBeInTheHalfOpenUnitInterval() {
        assertThat(CacheArguments.threshold(1.0)).isEqualTo(1.0);
        assertThat(CacheArguments.threshold(0.01)).isEqualTo(0.01);
        for (double bad : new double[] {0, -0.1, 1.0001, Double.NaN}) {
            assertThatThrownBy(() -> CacheArguments.threshold(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("similarityThreshold must be in (0, 1], was " + bad);
        }
    }

    @Test
    void limitMustBePositive() {
        assertThat(CacheArguments.limit(1)).isEqualTo(1);
        assertThatThrownBy(() -> CacheArguments.limit(0)).hasMessage("limit must be >= 1, was 0");
    }

    @Test
    void ttlMustBePositive() {
        assertThat(CacheArguments.ttl(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
        assertThatThrownBy(() -> CacheArguments.ttl(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CacheArguments.ttl(Duration.ofSeconds(-5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CacheArguments.ttl(null)).isInstanceOf(NullPointerException.class);
    }
}
