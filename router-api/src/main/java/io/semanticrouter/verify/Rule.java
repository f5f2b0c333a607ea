package io.semanticrouter.verify;

import java.util.Locale;

/** The checks a hit verifier runs, each a reason a hit can be rejected (and a metrics tag). */
public enum Rule {
    /** One question is negated and the other is not, or they use opposite words (enable/disable, with/without). */
    NEGATION,
    /** Different numbers, quantities or units ("3-day" vs "7-day", "5 km" vs "5 miles", "MB" vs "GB"). */
    NUMBER,
    /** Different dates, years or versions ("2019" vs "2023", "Java 17" vs "Java 21", "Monday" vs "Friday"). */
    DATE_VERSION,
    /** Different named entities or technical names ("Kotlin" vs "Swift", "Paris" vs "Rome"). */
    ENTITY,
    /** The same arguments in the opposite order ("Madrid to Lisbon" vs "Lisbon to Madrid"). */
    DIRECTION,
    /** The same topic but another question ("how long" vs "how much", advantages vs disadvantages). */
    SCOPE,
    /** The optional second-stage {@code PairScorer} scored the pair below its minimum. */
    SCORER;

    /** Lower-case name, as used in metrics tags, traces and configuration. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a rule from its {@link #key()} or enum name.
     *
     * @throws IllegalArgumentException naming the known rules when the name is unknown
     */
    public static Rule parse(String name) {
        for (Rule r : values()) {
            if (r.name().equalsIgnoreCase(name) || r.key().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rule '" + name + "'; known: "
                + java.util.Arrays.stream(values()).map(Rule::key).toList());
    }
}
