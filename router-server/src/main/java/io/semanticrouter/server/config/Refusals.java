package io.semanticrouter.server.config;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where a builder's refusal of a value from the file goes. The config records hand each value they hold to the
 * builder setter that checks it, as Caffeine's {@code CaffeineSpec} does, so every range rule lives in one
 * builder. While the file is validated, a refusal is recorded under the value's key and the next value is tried,
 * so one pass reports every problem; once the file is valid, {@link #THROW} lets a refusal (which cannot happen
 * then) surface as it is.
 */
@FunctionalInterface
interface Refusals {

    /** Rethrows the builder's exception. */
    Refusals THROW = (key, e) -> {
        throw e;
    };

    /**
     * Records that the builder refused a value.
     *
     * @param key the value's key path, relative to the section that hands the value over
     * @param e   the builder's refusal, whose message says what is allowed
     */
    void refused(KeyPath key, IllegalArgumentException e);

    /** Runs a builder call for the value at {@code key}, recording its refusal. */
    default void call(KeyPath key, Runnable setter) {
        try {
            setter.run();
        } catch (IllegalArgumentException e) {
            refused(key, e);
        }
    }

    /** Runs a builder call for the value of {@code key}, recording its refusal. */
    default void call(String key, Runnable setter) {
        call(KeyPath.of(key), setter);
    }

    /** Hands a value the file sets to a builder setter; a value the file leaves out (null) keeps the default. */
    default <T> void set(String key, T value, Consumer<T> setter) {
        if (value != null) {
            call(key, () -> setter.accept(value));
        }
    }

    /** Hands each item of the list under {@code key} to a builder setter; a refusal is recorded at its index. */
    default <T> void each(String key, List<T> items, Consumer<T> setter) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            call(KeyPath.of(key).index(i), () -> setter.accept(item));
        }
    }
}
