package io.semanticrouter.verify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One rule of the verifier: two short follow-ups that share no content word and ask about different properties
 * ("How noisy is it?" / "How big a print can it make?"; "Which is cheaper to install?" / "Which one lasts
 * longer?"; "What age is it for?" / "How many tiles come in the box?"). In a conversation the shared earlier turn
 * lifts their similarity, so the refusal is also one the pair head may not overturn. A property is what a
 * question word asks ("how many": quantity), an adjective after "how" or a comparative (its WordNet attribute
 * when it has one, else the adjective), or an attribute noun after "what" or "which" ("what age"). Two
 * properties are the same when equal or related in WordNet, and one of them must be a count, a cost, an age or
 * a size. A question word asking a time ("when", "how long",
 * "how often") leaves the pair alone: a time is asked in many ways ("when" / "what time of day").
 */
final class OtherProperty {

    /** Content words a follow-up may have for this rule to read it. */
    private static final int MAX_WORDS = 4;
    private static final Set<String> TIME = Set.of("duration", "when", "frequency");
    /**
     * Measures one of the two questions must ask: two adjectives alone are too often one property in words
     * WordNet does not relate ("how fast" / "what speed"; "easier" / "simpler").
     */
    private static final Set<String> MEASURES = Set.of("quantity", "cost", "age", "size");

    private OtherProperty() {
    }

    /** What each question asks, when the two short questions share no content word and ask other properties. */
    static String asked(TextFeatures a, TextFeatures b) {
        if (a.contentWords.isEmpty() || b.contentWords.isEmpty() || a.contentWords.size() > MAX_WORDS
                || b.contentWords.size() > MAX_WORDS || sharesWord(a, b)) {
            return null;
        }
        Set<String> pa = properties(a);
        Set<String> pb = properties(b);
        if (pa.isEmpty() || pb.isEmpty() || intersects(a.aspects, TIME) || intersects(b.aspects, TIME)
                || !intersects(pa, MEASURES) && !intersects(pb, MEASURES)) {
            return null; // a time is asked many ways ("when" / "what time of day"; "how long" / "how many days")
        }
        for (String x : pa) {
            for (String y : pb) {
                if (x.equals(y) || WordNet.get().related(x, y)) {
                    return null;
                }
            }
        }
        return "asks the " + pa + " vs the " + pb;
    }

    private static boolean intersects(Set<String> x, Set<String> y) {
        for (String s : x) {
            if (y.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesWord(TextFeatures a, TextFeatures b) {
        return intersects(a.contentStems, b.contentStems);
    }

    /** The properties {@code t} asks: its aspects, adjectives after "how", comparatives, attribute nouns. */
    static Set<String> properties(TextFeatures t) {
        Set<String> out = new LinkedHashSet<>(t.aspects);
        List<String> w = t.words;
        WordNet wn = WordNet.get();
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            String prev = i > 0 ? w.get(i - 1) : "";
            boolean adjective = adjective(word) && !Lexicon.EVALUATIVE.contains(word)
                    && !Lexicon.EVALUATIVE.contains(base(word)); // "better" asks no one property
            if (adjective && (prev.equals("how") || comparative(word) || prev.equals("more") || prev.equals("less"))
                    && t.aspects.isEmpty()) {
                Set<String> attributes = wn.attributesOf(word);
                if (attributes.isEmpty()) {
                    out.add(base(word));
                } else {
                    out.addAll(attributes);
                }
            } else if ((prev.equals("what") || prev.equals("which")) && (wn.property(word) != null || wn.attribute(word))) {
                out.add(wn.property(word) != null ? wn.property(word) : word);
            }
        }
        return out;
    }

    private static boolean adjective(String w) {
        for (String b : WordNet.baseForms(w)) {
            String pos = WordNet.get().partsOfSpeech(b);
            if (pos != null && pos.indexOf('a') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w} is a comparative form ("cheaper", "longer") of an adjective WordNet holds. */
    private static boolean comparative(String w) {
        return w.endsWith("er") && !base(w).equals(w);
    }

    private static String base(String w) {
        for (String b : WordNet.baseForms(w)) {
            if (!b.equals(w) && adjective(b)) {
                return b;
            }
        }
        return w;
    }
}
