package io.semanticrouter.verify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The word tests the verifier's rule families share ({@link Words}). */
class WordsTest {

    @Test
    void editDistanceHandlesTranspositionsAndStopsEarly() {
        assertThat(Words.editDistanceAtMost("kubernetes", "kubernets", 1)).isTrue();
        assertThat(Words.editDistanceAtMost("postgres", "postgers", 1)).isTrue();
        assertThat(Words.editDistanceAtMost("kotlin", "swift", 2)).isFalse();
    }
}
