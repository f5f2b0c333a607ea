package io.semanticrouter.server.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A key path in the configuration file, e.g. {@code models[1].base_url}: printed for people, turned into a
 * JSON pointer to look up the line.
 */
final class KeyPath {

    static final KeyPath ROOT = new KeyPath(List.of());

    private final List<Object> segments; // String keys and Integer indexes

    private KeyPath(List<Object> segments) {
        this.segments = segments;
    }

    static KeyPath of(String key) {
        return ROOT.key(key);
    }

    KeyPath key(String key) {
        List<Object> s = new ArrayList<>(segments);
        s.add(key);
        return new KeyPath(List.copyOf(s));
    }

    KeyPath index(int i) {
        List<Object> s = new ArrayList<>(segments);
        s.add(i);
        return new KeyPath(List.copyOf(s));
    }

    /** This path followed by {@code relative}. */
    KeyPath plus(KeyPath relative) {
        List<Object> s = new ArrayList<>(segments);
        s.addAll(relative.segments);
        return new KeyPath(List.copyOf(s));
    }

    /** The enclosing path, or this one at the root. */
    KeyPath parent() {
        return segments.isEmpty() ? this : new KeyPath(segments.subList(0, segments.size() - 1));
    }

    /** The line of this path in the file, or of its nearest enclosing key that has one; 0 when unknown. */
    int line(Map<String, Integer> lines) {
        for (KeyPath p = this; !p.isRoot(); p = p.parent()) {
            Integer l = lines.get(p.pointer());
            if (l != null) {
                return l;
            }
        }
        return 0; // the file as a whole, or a top-level key the file leaves out
    }

    boolean isRoot() {
        return segments.isEmpty();
    }

    /** JSON pointer form, as Jackson's parser reports positions: {@code /models/1/base_url}. */
    String pointer() {
        StringBuilder b = new StringBuilder();
        for (Object s : segments) {
            b.append('/').append(s.toString().replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer) {
                b.append('[').append(s).append(']');
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(s);
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyPath k && k.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }
}
