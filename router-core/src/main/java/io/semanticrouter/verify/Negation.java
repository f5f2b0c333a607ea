package io.semanticrouter.verify;

import java.util.List;
import java.util.Set;

/**
 * The {@link Rule#NEGATION} family: refuses a pair whose questions ask opposite things.
 * <ul>
 *   <li>one question negated and the other not, where the negated word is in both ("Can I log in?" / "Why can't I
 *       log in?");</li>
 *   <li>opposites from the word list, or a stem against itself with a negating or opposite prefix ("enable" /
 *       "disable", "overcooked" / "undercooked");</li>
 *   <li>content words WordNet marks as antonyms ("Is the lake shallow here?" / "Is the lake deep here?");</li>
 *   <li>a verb of stopping in one question only ("How do I stop the tap dripping?" / "Why is the tap
 *       dripping?");</li>
 *   <li>more against less of a shared thing ("help raise my metabolism" / "drag down my metabolism");</li>
 *   <li>opposite acts or a reversed state, read by {@link ActDirection} and {@link ReversedState}.</li>
 * </ul>
 * A comparison mirrored with opposite words ("Is Python slower than Java?" / "Is Java faster than Python?") is the
 * same question: {@link #mirroredComparison} tells the verifier to skip the opposites and the direction rule.
 */
final class Negation {

    private static final List<String[]> ANTONYM_STEMS = Lexicon.ANTONYMS.stream()
            .map(p -> new String[]{TextFeatures.stem(p[0]), TextFeatures.stem(p[1])}).toList();

    /**
     * Whether the questions compare the same two things the other way round with opposite words ("Is Python
     * slower than Java?" / "Is Java faster than Python?"): the swap and the opposite cancel out.
     */
    static boolean mirroredComparison(TextFeatures a, TextFeatures b) {
        Set<String> onlyA = Words.minus(a.contentStems, b.contentStems);
        Set<String> onlyB = Words.minus(b.contentStems, a.contentStems);
        if (onlyA.size() != 1 || onlyB.size() != 1 || a.contentWords.size() != b.contentWords.size()) {
            return false;
        }
        String x = Words.contentWordOf(a, onlyA.iterator().next());
        String y = Words.contentWordOf(b, onlyB.iterator().next());
        if (opposites(onlyA, onlyB) == null && !WordNet.get().antonyms(x, y)) {
            return false;
        }
        for (String pair : a.directedPairs) {
            String[] p = pair.split("\u0000");
            if (p[0].equals("than") && !p[1].equals(x) && b.directedPairs.contains("than\u0000" + p[2] + "\u0000" + p[1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first refusal of this family, else null; with {@code mirrored} ({@link #mirroredComparison}) only the
     * negation itself is checked, not opposite words.
     */
    static Verdict negation(TextFeatures a, TextFeatures b, boolean mirrored) {
        if ((a.negations & 1) != (b.negations & 1)) {
            // the negation matters when what it negates is in both questions ("with/without a car", "can/can't
            // log in"); "can't sleep" against "keeps me awake" is the same question in other words
            TextFeatures negated = a.negations > b.negations ? a : b;
            TextFeatures other = negated == a ? b : a;
            for (String w : negated.negatedWords) {
                if (w.isEmpty() || other.stems.contains(w)) {
                    return Verdict.reject(Rule.NEGATION, "negated " + (negated == a ? "cached" : "new")
                            + " question only" + (w.isEmpty() ? "" : " ('" + w + "')"));
                }
            }
        }
        if (mirrored) {
            return null; // the opposite words are undone by the swapped comparison
        }
        Verdict opposite = opposites(Words.minus(a.stems, b.stems), Words.minus(b.stems, a.stems));
        if (opposite == null) {
            opposite = wordNetOpposites(a, b);
        }
        if (opposite == null && (a.stopping > 0) != (b.stopping > 0) && !stoppingReworded(a, b)
                && !stoppingReworded(b, a)) {
            opposite = Verdict.reject(Rule.NEGATION, "stops or prevents in the " + (a.stopping > 0 ? "cached" : "new")
                    + " question only");
        }
        opposite = opposite == null ? changePolarity(a, b) : opposite;
        return opposite == null ? actDirection(a, b) : opposite;
    }

    /** Words that ask for more of something ("whistle more", "raise it"), and for less of it. */
    private static final Set<String> MORE_WORDS = Set.of("more", "higher", "increase", "increased", "increasing",
            "raise", "raising", "boost", "boosting");
    private static final Set<String> LESS_WORDS = Set.of("less", "fewer", "lower", "lowering", "decrease",
            "decreasing", "reduce", "reducing");

    /** Verbs of becoming, which WordNet relates to "reduce" ("be reduced to") but which ask for no less. */
    private static final Set<String> CHANGE_OF_STATE = Set.of("become", "becomes", "became", "becoming", "get",
            "gets", "got", "getting", "go", "goes", "went", "going", "turn", "turns", "turned", "turning");

    /**
     * When the words one question has alone ask for more of what both name and the other's ask for less ("help
     * raise my metabolism" / "drag down my metabolism"; "whistle more often" / "tone down its whistling"): the
     * verbs WordNet relates to "increase" or to "decrease" and "reduce", "more"/"less" and a verb with "down".
     * One of the questions must say one of the listed words or "down"; WordNet is not asked otherwise.
     */
    private static Verdict changePolarity(TextFeatures a, TextFeatures b) {
        if (!changeMarker(a) && !changeMarker(b) || !Words.intersects(a.contentStems, b.contentStems)) {
            return null; // WordNet is asked only when a question says "more", "less", "down", "raise", ...
        }
        int pa = polarity(a, b);
        int pb = polarity(b, a);
        return pa != 0 && pb == -pa ? Verdict.reject(Rule.NEGATION, "asks for " + (pa > 0 ? "more" : "less")
                + " in the cached question and for " + (pa > 0 ? "less" : "more") + " in the new one") : null;
    }

    private static Verdict actDirection(TextFeatures a, TextFeatures b) {
        String acts = ActDirection.opposite(a, b);
        acts = acts == null ? ReversedState.reversed(a, b) : acts;
        return acts == null ? null : Verdict.reject(Rule.NEGATION, acts);
    }

    private static boolean changeMarker(TextFeatures t) {
        for (String w : t.words) {
            if (MORE_WORDS.contains(w) || LESS_WORDS.contains(w) || w.equals("down")) {
                return true;
            }
        }
        return false;
    }

    /** 1 when the words of {@code t} that {@code other} lacks ask only for more, -1 only for less, else 0. */
    private static int polarity(TextFeatures t, TextFeatures other) {
        WordNet wn = WordNet.get();
        boolean up = false;
        boolean down = false;
        for (int i = 0; i < t.words.size(); i++) {
            String w = t.words.get(i);
            if (other.stems.contains(TextFeatures.stem(w))) {
                continue;
            }
            if (w.equals("down")) {
                down |= i > 0 && Words.content(t.words.get(i - 1)) && wn.verb(t.words.get(i - 1)); // "tone down"
            } else if (MORE_WORDS.contains(w) || LESS_WORDS.contains(w)) {
                up |= MORE_WORDS.contains(w);
                down |= LESS_WORDS.contains(w);
            } else if (Words.content(w) && wn.verb(w) && !CHANGE_OF_STATE.contains(w)) {
                up |= wn.related(w, "increase");
                down |= wn.related(w, "decrease") || wn.related(w, "reduce");
            }
        }
        return up == down ? 0 : up ? 1 : -1;
    }

    /**
     * Whether a verb of stopping in {@code s} only ("mute", "cancel") has a synonym or a misspelling of it in
     * {@code o} only ("silence", "cancle"): the other question stops the same thing in other words.
     */
    private static boolean stoppingReworded(TextFeatures s, TextFeatures o) {
        WordNet wn = WordNet.get();
        for (String w : s.contentWords) {
            if (!wn.stopping(w) || o.stems.contains(TextFeatures.stem(w))) {
                continue;
            }
            for (String v : o.contentWords) {
                if (!s.stems.contains(TextFeatures.stem(v))
                        && (wn.related(w, v) || w.length() >= 5 && Words.editDistanceAtMost(w, v, 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] NEGATING_PREFIXES = {"un", "dis", "in", "im", "ir", "il", "non", "de", "anti", "counter"};
    private static final String[][] OPPOSITE_PREFIXES = {{"over", "under"}, {"hyper", "hypo"}};

    /** Opposites from the fixed list, or a word against the same stem with a negating or opposite prefix. */
    private static Verdict opposites(Set<String> onlyA, Set<String> onlyB) {
        if (onlyA.isEmpty() || onlyB.isEmpty()) {
            return null;
        }
        for (String[] p : ANTONYM_STEMS) {
            if (onlyA.contains(p[0]) && onlyB.contains(p[1]) || onlyA.contains(p[1]) && onlyB.contains(p[0])) {
                return Verdict.reject(Rule.NEGATION, "opposites '" + p[0] + "' / '" + p[1] + "'");
            }
        }
        for (String x : onlyA) {
            for (String y : onlyB) {
                if (prefixedOpposites(x, y) || prefixedOpposites(y, x)) {
                    return Verdict.reject(Rule.NEGATION, "opposites '" + x + "' / '" + y + "'");
                }
            }
        }
        return null;
    }

    /** Whether {@code y} is {@code x} with a negating prefix, or the two swap opposite prefixes (over/under). */
    private static boolean prefixedOpposites(String x, String y) {
        if (x.length() < 3) {
            return false;
        }
        for (String prefix : NEGATING_PREFIXES) {
            if (y.length() == x.length() + prefix.length() && y.startsWith(prefix) && y.endsWith(x)) {
                return true;
            }
        }
        for (String[] p : OPPOSITE_PREFIXES) {
            if (x.startsWith(p[0]) && y.startsWith(p[1])
                    && x.substring(p[0].length()).equals(y.substring(p[1].length())) && x.length() > p[0].length() + 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Content words in one question only that WordNet marks as antonyms ("shallow" / "deep"), unless one question
     * negates its word of the two and the other is not negated ("keep it warm" / "don't let it get cold").
     */
    private static Verdict wordNetOpposites(TextFeatures a, TextFeatures b) {
        List<String> onlyA = a.contentWords.stream().filter(w -> !b.stems.contains(TextFeatures.stem(w))).toList();
        List<String> onlyB = b.contentWords.stream().filter(w -> !a.stems.contains(TextFeatures.stem(w))).toList();
        WordNet wn = WordNet.get();
        for (String x : onlyA) {
            for (String y : onlyB) {
                if (wn.antonyms(x, y) && !negatedOnly(a, x, b) && !negatedOnly(b, y, a) && lessened(a, x) == lessened(b, y)
                        && (oppositeActs(x, y) || !namesBothPoles(b, y, x) && !namesBothPoles(a, x, y))) {
                    return Verdict.reject(Rule.NEGATION, "opposites '" + x + "' / '" + y + "' (WordNet)");
                }
            }
        }
        return null;
    }

    /** Whether {@code w} follows "less" in {@code t}: "less costly" is the opposite of "costly" ("cheaper"). */
    private static boolean lessened(TextFeatures t, String w) {
        int i = t.words.indexOf(w);
        return i > 0 && t.words.get(i - 1).equals("less");
    }

    /**
     * Whether {@code t}, which says {@code own}, also names its opposite {@code pole} in another adjective: "make a
     * sluggish laptop faster" names the slowness "speed up a slow laptop" names, so "faster" / "slow" opposes
     * nothing.
     */
    private static boolean namesBothPoles(TextFeatures t, String own, String pole) {
        for (String w : t.contentWords) {
            String pos = WordNet.get().partsOfSpeech(w);
            if (pos != null && pos.indexOf('a') >= 0 && !Words.sameStem(w, own) && !Words.sameStem(w, pole)
                    && WordNet.get().related(w, pole) && !WordNet.get().antonyms(w, pole)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether both opposite words can be verbs: opposite acts ("tighten" / "loosen", "thicken" / "thin out"), which
     * the states a question names around them do not undo ("tighten a loose handle" / "loosen a stuck handle").
     */
    private static boolean oppositeActs(String x, String y) {
        String px = WordNet.get().partsOfSpeech(x);
        String py = WordNet.get().partsOfSpeech(y);
        return px != null && py != null && px.indexOf('v') >= 0 && py.indexOf('v') >= 0;
    }

    /**
     * Whether {@code t} negates {@code word} and {@code other} is not negated: "don't get cold" says what "keep
     * warm" says, the negation undoes the opposite.
     */
    private static boolean negatedOnly(TextFeatures t, String word, TextFeatures other) {
        return (t.negations & 1) == 1 && (other.negations & 1) == 0 && t.negatedWords.contains(TextFeatures.stem(word));
    }

    private Negation() {
    }
}
