package io.semanticrouter.verify;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of persons the verifier's rules read: pronouns by role (subject, object, possessor) and by
 * person (the asker or someone else), their subject and object cases, the pronouns that open a clause, stand
 * for the thing a conversation is about, or sit between a verb and its particle. Rules that compare who a
 * question is about ask here, so a pronoun is listed once.
 */
final class Persons {

    private Persons() {
    }

    /** Pronouns by role (s subject, o object, p possessor) and person (1 the asker, 3 someone else). */
    static final Map<String, String> ROLES = Map.ofEntries(Map.entry("i", "s1"), Map.entry("we", "s1"),
            Map.entry("he", "s3"), Map.entry("she", "s3"), Map.entry("they", "s3"), Map.entry("me", "o1"),
            Map.entry("us", "o1"), Map.entry("him", "o3"), Map.entry("them", "o3"), Map.entry("my", "p1"),
            Map.entry("mine", "p1"), Map.entry("our", "p1"), Map.entry("ours", "p1"), Map.entry("his", "p3"),
            Map.entry("their", "p3"), Map.entry("theirs", "p3"), Map.entry("hers", "p3"));

    /**
     * Personal pronouns in their subject and object forms. "her" is also a possessive; a question that holds
     * both "she" and "her" is not read as a flip.
     */
    static final Map<String, String> CASES = Map.of("i", "me", "we", "us", "he", "him", "she", "her",
            "they", "them");

    /**
     * Subject pronouns by the person they name: the one asking ("I", "we", and "you" as in "how do you ..." or "can
     * you tell me", both of which ask for the speaker) against a third person.
     */
    static final Map<String, String> SUBJECTS = Map.of("i", "the asker", "we", "the asker", "you", "the asker",
            "he", "he", "she", "she");

    /** Pronouns that open a clause of their own after "and" ("... and she was just spayed"). */
    static final Set<String> CLAUSE_SUBJECTS = Set.of("i", "we", "you", "he", "she", "they", "it", "there");

    /** Pronouns a follow-up uses for what the conversation is about; a question naming it instead restates it. */
    static final Set<String> REFERRING = Set.of("it", "they", "them", "this", "that", "these", "those", "one",
            "ones", "he", "she", "him", "her", "his", "its", "their", "us");

    /** Words that may stand between a verb and its particle ("turn it up"). */
    static final Set<String> OBJECTS = Set.of("it", "them", "this", "that", "me", "him", "her", "us", "one");

    /** The role and person of each pronoun and "'s" possessor of {@code t}; null when it has "you" or "by". */
    static Set<String> roles(TextFeatures t) {
        Set<String> out = new HashSet<>(4);
        for (int i = 0; i < t.words.size(); i++) {
            String w = t.words.get(i);
            if (w.equals("you") || w.equals("your") || w.equals("by")) {
                return null;
            }
            String role = ROLES.get(w);
            if (w.equals("her")) {
                role = i + 1 < t.words.size() && Words.content(t.words.get(i + 1)) ? "p3" : "o3";
            }
            if (role != null) {
                out.add(role);
            }
        }
        if (!t.possessorNames.isEmpty()) {
            out.add("p3");
        }
        return out;
    }

    /** Whether the roles name both the asker and someone else. */
    static boolean bothPersons(Set<String> roles) {
        boolean asker = false;
        boolean other = false;
        for (String r : roles) {
            asker |= r.endsWith("1");
            other |= r.endsWith("3");
        }
        return asker && other;
    }

    /** The one person the subject pronouns of {@code t} name, "" for several, null for none. */
    static String subjectPerson(TextFeatures t) {
        String found = null;
        for (String w : t.words) {
            String p = SUBJECTS.get(w);
            if (p != null && found != null && !found.equals(p)) {
                return "";
            }
            found = p == null ? found : p;
        }
        return found;
    }
}
