package io.semanticrouter.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a candidate number, read as evidence for or against one reading of it. Only the sentence
 * that holds the number counts: the words before it back to the last question or exclamation mark, semicolon or
 * full stop followed by a capital (so "tel. 030..." and "fig. 3.1..." keep their cue), and the words after it up
 * to the next one. Words are runs of letters, lower-cased, so
 * {@code client_ip} holds {@code ip}, and a plural counts as its singular; the signs {@code $ € £ ¥ ₹ § #} count as words of their own.
 *
 * <p>The nearest cue decides: a number is read by the word closest to it, so "the server runs version
 * 2.4.1.3" is a version, and "section 4 of the notes lists host 10.0.0.2" is a host.
 */
final class ContextCues {

    /** What the nearest cue says. */
    enum Verdict { FOR, AGAINST, NONE }

    private static final Pattern WORD = Pattern.compile("\\p{L}+|[$€£¥₹§#]");
    private static final Pattern SENTENCE_END = Pattern.compile("[!?;](?=\\s|$)|\\.(?=\\s+\\p{Lu})");
    private static final int WINDOW_CHARS = 80;

    private ContextCues() {
    }

    /**
     * The verdict of the nearest cue within {@code before} words before the span and {@code after} words after
     * it; on equal distance the cue against wins.
     */
    static Verdict nearest(String text, int start, int end, int before, int after, Set<String> forWords,
                           Set<String> againstWords) {
        List<String> left = wordsBefore(text, start, before);
        List<String> right = wordsAfter(text, end, after);
        int distance = Math.max(left.size(), right.size());
        for (int d = 0; d < distance; d++) {
            String l = d < left.size() ? left.get(d) : "";
            String r = d < right.size() ? right.get(d) : "";
            if (holds(againstWords, l) || holds(againstWords, r)) {
                return Verdict.AGAINST;
            }
            if (holds(forWords, l) || holds(forWords, r)) {
                return Verdict.FOR;
            }
        }
        return Verdict.NONE;
    }

    /** The word or, for a plural, its singular ("lookups", "gateways") is in the set. */
    private static boolean holds(Set<String> words, String word) {
        return words.contains(word) || word.length() > 3 && word.endsWith("s")
                && words.contains(word.substring(0, word.length() - 1));
    }

    /** Up to {@code n} words before {@code start}, nearest first, not crossing a sentence end. */
    static List<String> wordsBefore(String text, int start, int n) {
        String window = text.substring(Math.max(0, start - WINDOW_CHARS), start);
        Matcher end = SENTENCE_END.matcher(window);
        int from = 0;
        while (end.find()) {
            from = end.end();
        }
        List<String> words = words(window.substring(from));
        List<String> out = new ArrayList<>(n);
        for (int i = words.size() - 1; i >= 0 && out.size() < n; i--) {
            out.add(words.get(i));
        }
        return out;
    }

    /** Up to {@code n} words after {@code end}, nearest first, not crossing a sentence end. */
    static List<String> wordsAfter(String text, int end, int n) {
        String window = text.substring(end, Math.min(text.length(), end + WINDOW_CHARS));
        Matcher stop = SENTENCE_END.matcher(window);
        if (stop.find()) {
            window = window.substring(0, stop.start());
        }
        List<String> words = words(window);
        return words.subList(0, Math.min(n, words.size()));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
