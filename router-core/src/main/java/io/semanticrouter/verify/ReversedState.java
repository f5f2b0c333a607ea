package io.semanticrouter.verify;

import java.util.List;
import java.util.Set;

/**
 * One rule of the verifier: one question asks to bring a thing into a state ("mark a method as private", "set
 * the repository to private") and the other names the thing in that state and asks for the opposite one ("make
 * a private method public again"): the same adjective is in both, but one moves towards it and the other away
 * from it, to its WordNet antonym. The state is the target after "as", "to" or "into"; in the other question it
 * stands before a noun, and its antonym is a word the first question lacks.
 */
final class ReversedState {

    private static final Set<String> TOWARDS = Set.of("as", "to", "into");

    private ReversedState() {
    }

    /** What changed, when one question moves towards a state the other moves away from; else null. */
    static String reversed(TextFeatures a, TextFeatures b) {
        String r = away(a, b);
        return r != null ? r : away(b, a);
    }

    private static String away(TextFeatures x, TextFeatures y) {
        List<String> w = x.words;
        for (int i = 1; i < w.size(); i++) {
            String state = w.get(i);
            if (!TOWARDS.contains(w.get(i - 1)) || !Words.content(state) || !adjective(state)) {
                continue;
            }
            int k = y.words.indexOf(state);
            if (k < 0 || k + 1 >= y.words.size() || !Words.content(y.words.get(k + 1))) {
                continue; // the other question must name the state before a noun ("a private method")
            }
            for (String v : y.contentWords) {
                if (!x.stems.contains(TextFeatures.stem(v)) && WordNet.get().antonyms(state, v)) {
                    return "towards '" + state + "' vs from '" + state + "' to '" + v + "'";
                }
            }
        }
        return null;
    }

    private static boolean adjective(String w) {
        String pos = WordNet.get().partsOfSpeech(w);
        return pos != null && pos.indexOf('a') >= 0;
    }
}
