package io.semanticrouter.verify;

import java.util.List;

/**
 * The {@link Rule#ENTITY} family: refuses a pair where a named thing is in one question only ("How do I sort a list
 * in Python?" / "How do I sort a list in Java?"). A name counts as present when the other question names it
 * another way: an alias ("JS" / "JavaScript"), its initials ("LA" / "Los Angeles"), its demonym ("Hawaiian" /
 * "Hawaii") or a small typo in a long plain name ("kubernets").
 */
final class NamedThings {

    /** A named thing in one question only (the first of the cached question's, then of the new one's), else null. */
    static Verdict entity(TextFeatures a, TextFeatures b) {
        String missing = firstMissing(a, b);
        if (missing == null) {
            missing = firstMissing(b, a);
        }
        return missing == null ? null : Verdict.reject(Rule.ENTITY, "'" + missing + "' in one question only");
    }

    /** A named thing of {@code x} that {@code y} does not mention (allowing a small typo in long plain names). */
    private static String firstMissing(TextFeatures x, TextFeatures y) {
        for (String e : x.entities) {
            if (y.words.contains(e) || y.stems.contains(TextFeatures.stem(e)) || namedOtherwise(e, y.words)) {
                continue;
            }
            if (e.length() >= 5 && e.chars().noneMatch(Character::isDigit)) {
                boolean typo = false;
                for (String w : y.words) {
                    if (!Lexicon.ENTITY_ALIASES.containsKey(w) && Words.editDistanceAtMost(e, w, e.length() >= 8 ? 2 : 1)) {
                        typo = true;
                        break;
                    }
                }
                if (typo) {
                    continue;
                }
            }
            return e;
        }
        return null;
    }

    /** Endings that make a place's name into its people or adjective ("Hawaiian", "Japanese", "Italian"). */
    private static final String[] DEMONYM_ENDINGS = {"ian", "an", "ese", "ish", "i"};

    /**
     * Whether {@code words} name {@code e} another way: by its initials ("LA" for "Los Angeles", or the name for
     * its initials), or by its demonym ("Hawaiian" for "Hawaii", "Italian" for "Italy").
     */
    static boolean namedOtherwise(String e, List<String> words) {
        for (String w : words) {
            if (initials(e).equals(w) || initials(w).equals(e)) {
                return true;
            }
            if (e.length() >= 4 && w.length() > e.length() && e.chars().allMatch(Character::isLetter)) {
                int common = 0;
                while (common < e.length() && e.charAt(common) == w.charAt(common)) {
                    common++;
                }
                for (String end : DEMONYM_ENDINGS) {
                    if (common >= e.length() - 1 && w.endsWith(end) && w.length() - end.length() >= common
                            && w.length() - end.length() <= e.length()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The first letters of a name of several words ("la" for "los angeles"), or "" for a single word. */
    private static String initials(String name) {
        String[] parts = name.split("[ _]");
        if (parts.length < 2) {
            return "";
        }
        StringBuilder out = new StringBuilder(parts.length);
        for (String p : parts) {
            if (!p.isEmpty()) {
                out.append(p.charAt(0));
            }
        }
        return out.toString();
    }

    private NamedThings() {
    }
}
