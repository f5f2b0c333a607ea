package io.semanticrouter;

import java.time.Duration;
import java.util.Objects;

/**
 * One failed attempt to call a model during a routed request.
 *
 * @param model   the model name as registered with the router
 * @param error   what the model threw
 * @param elapsed how long the attempt took before failing
 */
public record ModelFailure(String model, Throwable error, Duration elapsed) {
    public ModelFailure {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
