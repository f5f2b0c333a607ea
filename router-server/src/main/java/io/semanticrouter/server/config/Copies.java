package io.semanticrouter.server.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unmodifiable copies that keep nulls and order: the records hold what the file says, and a null item
 * ({@code exemplars: [a, ~]}) is reported by the validator with its path instead of failing inside Jackson.
 */
final class Copies {

    private Copies() {
    }

    static <T> List<T> list(List<T> in) {
        return in == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(in));
    }

    static <K, V> Map<K, V> map(Map<K, V> in) {
        return in == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(in));
    }
}
