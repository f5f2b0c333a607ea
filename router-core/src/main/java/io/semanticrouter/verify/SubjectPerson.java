package io.semanticrouter.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One rule of the verifier: two questions with the same content words whose main subject, the word after the
 * opening auxiliary ("Should I ...?", "How can my wife ...?"), is the asker in one and someone else in the other
 * ("Should I insure it until he collects?" / "Should he insure it until he collects?"; "Can my wife move her
 * allowance to me?" / "Can I move my allowance to my wife?"): the answer is about another person. The asker is
 * "I", "we" or "you" (which may stand for the asker: "how do you ..."); someone else is "he", "she", "they" or a
 * person of the asker's ("my wife"). A subject that is no person ("it", "one") decides nothing.
 */
final class SubjectPerson {

    private static final Set<String> AUXILIARIES = Set.of("can", "could", "should", "shall", "will", "would", "may",
            "might", "must", "do", "does", "did", "is", "are", "am", "was", "were", "have", "has", "had");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "when", "where", "why", "which", "who",
            "whom", "much", "many", "long", "often", "soon", "far");
    private static final Set<String> ASKER = Set.of("i", "we", "you");
    private static final Set<String> OTHERS = Set.of("he", "she", "they");
    private static final Set<String> OWN = Set.of("my", "our");

    private SubjectPerson() {
    }

    /** What changed, when the content words (pronouns aside) are the same and the main subjects are other persons; else null. */
    static String changed(TextFeatures a, TextFeatures b) {
        if (!withoutPronouns(a.contentStems).equals(withoutPronouns(b.contentStems))) {
            return null;
        }
        String pa = subject(a.words, b.words);
        String pb = subject(b.words, a.words);
        return pa == null || pb == null || pa.equals(pb) ? null : "the subject is " + pa + " vs " + pb;
    }

    /**
     * "the asker", "someone else" or null: who the word after the opening auxiliary names. "my" or "our" and a
     * noun ("Can my wife ...?") is someone else when the other question has the same words after the subject
     * ("... to my wife?"), so that the asker's own thing ("Are my views ...?") is not read as a person.
     */
    private static String subject(List<String> words, List<String> other) {
        int i = 0;
        while (i < words.size() && QUESTION_WORDS.contains(words.get(i))) {
            i++;
        }
        if (i + 1 >= words.size() || !AUXILIARIES.contains(words.get(i))) {
            return null;
        }
        String w = words.get(i + 1);
        if (ASKER.contains(w)) {
            return "the asker";
        }
        if (OTHERS.contains(w)) {
            return "someone else";
        }
        boolean named = OWN.contains(w) && i + 2 < words.size() && Words.content(words.get(i + 2))
                && WordNet.get().noun(words.get(i + 2)) && Words.containsPair(other, w, words.get(i + 2));
        return named ? "someone else" : null;
    }

    private static Set<String> withoutPronouns(Set<String> stems) {
        Set<String> out = new HashSet<>(stems);
        out.removeAll(Persons.ROLES.keySet());
        out.removeAll(Persons.REFERRING);
        return out;
    }
}
