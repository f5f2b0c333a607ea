package io.semanticrouter.verify;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One rule of the verifier: near-identical questions whose acts go opposite ways along one scale that WordNet
 * relates them to, where no antonym list holds the pair: speeding against slowing or delaying ("hurry the rise
 * of my dough" / "hold back the rise"), encouraging or adding against discouraging or removing ("encourage my
 * hen to go broody" / "break my hen out of being broody"; "add another" / "take one off"). A verb goes up when
 * WordNet relates it to "increase", "accelerate", "hasten", "encourage", "promote" or "add", and down when it
 * relates it to "decrease", "reduce", "decelerate", "delay", "retard", "discourage", "inhibit" or "remove"; a
 * verb with "off", "back" or "out of" after it (or after its object) goes down. Only the act asked about is
 * read: a verb after a subject pronoun, "to" or a modal ("how do I hurry ...", "how to slow ..."). Verbs of becoming and light
 * verbs, which WordNet relates to many of these, count only through such a particle.
 */
final class ActDirection {

    private static final List<String> UP = List.of("increase", "accelerate", "hasten", "encourage", "promote", "add");
    private static final List<String> DOWN = List.of("decrease", "reduce", "decelerate", "delay", "retard",
            "discourage", "inhibit", "remove");
    /** Common verbs WordNet relates to a direction in one of their many senses ("make": encourage; "go": speed). */
    private static final Set<String> NEUTRAL = Set.of("make", "makes", "made", "making", "do", "does", "did", "get",
            "gets", "got", "go", "goes", "went", "going", "help", "helps", "run", "runs", "keep", "keeps", "hold",
            "holds", "take", "takes", "took", "put", "puts", "set", "sets", "use", "uses", "become", "turn", "turns",
            "give", "gives", "have", "has", "be", "is", "are", "let");
    /** Words after which a verb is the act asked about ("how do I hurry ...", "how to slow ..."). */
    private static final Set<String> VERB_BEFORE = Set.of("i", "we", "you", "he", "she", "they", "to", "can", "could",
            "should", "would", "will", "must", "please");
    /** The scale of each verb looked up so far (a verb is looked up in WordNet once), up to a bound. */
    private static final Map<String, Integer> SCALES = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 20_000;
    private static final int UP_BIT = 1;
    private static final int DOWN_BIT = 2;
    /** Content words each question may have alone for the two to count as near-identical. */
    private static final int MAX_ONLY = 3;

    private ActDirection() {
    }

    /** What changed, when the acts one question has alone go up and the other's go down; else null. */
    static String opposite(TextFeatures a, TextFeatures b) {
        int onlyA = only(a, b);
        int onlyB = only(b, a);
        if (onlyA == 0 || onlyB == 0 || onlyA > MAX_ONLY || onlyB > MAX_ONLY) {
            return null;
        }
        int pa = direction(a, b);
        int pb = direction(b, a);
        return pa != 0 && pb == -pa ? "acts " + (pa > 0 ? "up" : "down") + " in the cached question and "
                + (pa > 0 ? "down" : "up") + " in the new one" : null;
    }

    private static int only(TextFeatures x, TextFeatures y) {
        int n = 0;
        for (String s : x.contentStems) {
            n += y.contentStems.contains(s) ? 0 : 1;
        }
        return n;
    }

    /** 1 when the verbs {@code t} has alone go only up, -1 only down, else 0. */
    private static int direction(TextFeatures t, TextFeatures other) {
        WordNet wn = WordNet.get();
        boolean up = false;
        boolean down = false;
        List<String> w = t.words;
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            if (i == 0 || !VERB_BEFORE.contains(w.get(i - 1)) || !Words.content(word)
                    || other.stems.contains(TextFeatures.stem(word)) || !wn.verb(word)) {
                continue;
            }
            if (particleDown(w, i)) {
                down = true;
            } else if (!NEUTRAL.contains(word)) {
                int d = scale(word);
                up |= (d & UP_BIT) != 0;
                down |= (d & DOWN_BIT) != 0;
            }
        }
        return up == down ? 0 : up ? 1 : -1;
    }

    /**
     * Whether "back" follows the verb at {@code i} ("hold back"), "off" follows it or a one-word object ("take
     * one off"), or "out of" follows it or an object of up to three words ("break my hen out of").
     */
    private static boolean particleDown(List<String> w, int i) {
        for (int j = i + 1; j < Math.min(w.size(), i + 5); j++) {
            String p = w.get(j);
            if (p.equals("back") && j == i + 1 || p.equals("off") && j <= i + 2
                    || p.equals("out") && j + 1 < w.size() && w.get(j + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** Which anchors WordNet relates {@code word} to: {@link #UP_BIT}, {@link #DOWN_BIT}, both or none; remembered. */
    private static int scale(String word) {
        Integer known = SCALES.get(word);
        if (known != null) {
            return known;
        }
        WordNet wn = WordNet.get();
        boolean up = related(wn, word, UP);
        boolean down = related(wn, word, DOWN);
        int d = (up ? UP_BIT : 0) | (down ? DOWN_BIT : 0);
        if (SCALES.size() < MAX_REMEMBERED) {
            SCALES.put(word, d);
        }
        return d;
    }

    private static boolean related(WordNet wn, String word, List<String> anchors) {
        for (String anchor : anchors) {
            if (wn.related(word, anchor)) {
                return true;
            }
        }
        return false;
    }
}
