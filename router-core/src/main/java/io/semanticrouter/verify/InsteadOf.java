package io.semanticrouter.verify;

import java.util.List;
import java.util.Set;

/**
 * One recall rule of the verifier: with "instead" in both questions, the verbs of putting one thing in the place
 * of another say the same ("Can I swap in oat milk instead?" / "Could I use oat milk instead?"): the thing put
 * in is what the question asks about, not the verb. Other verbs stay different ("bake it instead" / "fry it
 * instead").
 */
final class InsteadOf {

    private static final Set<String> PUTTING_IN = Set.of("use", "swap", "substitute", "replace", "switch", "sub",
            "try", "put");

    private InsteadOf() {
    }

    /** Whether the swapped words {@code p} and {@code q} are both verbs of putting in and both questions say "instead". */
    static boolean sameUse(TextFeatures a, TextFeatures b, List<String> p, List<String> q) {
        return p.size() == 1 && q.size() == 1 && PUTTING_IN.contains(p.get(0)) && PUTTING_IN.contains(q.get(0))
                && a.words.contains("instead") && b.words.contains("instead");
    }
}
