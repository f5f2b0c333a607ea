package io.semanticrouter.embeddings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The opt-out goes in only where the user made no choice. */
class DjlTelemetryTest {

    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(DjlTelemetry.OPT_OUT);
        System.clearProperty(DjlTelemetry.OPT_OUT);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(DjlTelemetry.OPT_OUT);
        } else {
            System.setProperty(DjlTelemetry.OPT_OUT, saved);
        }
    }

    @Test
    void optsOutUnlessTheEnvironmentAlreadyDecides() {
        DjlTelemetry.optOut();
        // DJL reads the variable before the property: when the variable is set, the property is left alone
        String expected = System.getenv(DjlTelemetry.OPT_OUT) == null ? "true" : null;
        assertThat(System.getProperty(DjlTelemetry.OPT_OUT)).isEqualTo(expected);
    }

    @Test
    void aPropertyTheUserSetIsKept() {
        System.setProperty(DjlTelemetry.OPT_OUT, "false");
        DjlTelemetry.optOut();
        assertThat(System.getProperty(DjlTelemetry.OPT_OUT)).isEqualTo("false");
    }
}
