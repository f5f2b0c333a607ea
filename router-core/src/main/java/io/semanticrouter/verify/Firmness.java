package io.semanticrouter.verify;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether a refusal is firm: one a learned second chance ({@link PairHeadHitVerifier}) may not overturn, since
 * the pair head reads only similarity and word overlap.
 * <ul>
 *   <li>both questions ask an aspect, they share none and one is an attribute ("How many guests fit?" / "How
 *       far is it?");</li>
 *   <li>another property is asked ({@link OtherProperty});</li>
 *   <li>one adds an amount with a unit other than time where the other has no number ("What bitrate keeps it
 *       under 50 MB?" / "What bitrate should I use?").</li>
 * </ul>
 */
final class Firmness {

    /** Whether a refusal of {@code a} and {@code b} is firm, reading only the conditions of the {@code rules} on. */
    static boolean firm(TextFeatures a, TextFeatures b, Set<Rule> rules) {
        if (rules.contains(Rule.SCOPE) && !a.aspects.isEmpty() && !b.aspects.isEmpty()
                && !Words.intersects(a.aspects, b.aspects) && (asksAttribute(a) || asksAttribute(b))) {
            return true;
        }
        if (rules.contains(Rule.SCOPE) && OtherProperty.asked(a, b) != null) {
            return true;
        }
        return rules.contains(Rule.NUMBER) && (addedMeasure(a, b) || addedMeasure(b, a));
    }

    /** Aspects named by question words or aspect nouns; any other aspect is an attribute ("how far": distance). */
    private static final Set<String> NAMED_ASPECTS = Words.union(new HashSet<>(Lexicon.ASPECT_WORDS.values()),
            Set.of("quantity", "duration", "when", "age", "frequency", "cost", "definition", "cons"));

    /** Whether {@code t} asks the value of an attribute ("how far", "how heavy"), read from WordNet. */
    private static boolean asksAttribute(TextFeatures t) {
        for (String aspect : t.aspects) {
            if (!NAMED_ASPECTS.contains(aspect)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code x} has an amount with a unit other than time (no date, no period) and {@code y} no number. */
    private static boolean addedMeasure(TextFeatures x, TextFeatures y) {
        if (!y.quantities.isEmpty()) {
            return false;
        }
        for (TextFeatures.Quantity q : x.quantities) {
            String key = q.key();
            int end = key.indexOf(':') >= 0 ? key.indexOf(':') : key.indexOf('=');
            String dimension = end < 0 ? "n" : key.substring(0, end);
            if (!q.dateOrVersion() && !q.period() && !dimension.equals("n") && !dimension.equals("time")) {
                return true;
            }
        }
        return false;
    }

    private Firmness() {
    }
}
