package io.semanticrouter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a user message leans on earlier turns, from its words alone (English). It fires on:
 * <ul>
 *   <li><b>an opener</b> that continues a conversation, at any length: "and ...", "what about ...",
 *       "how about ...", "what if ...", "or ...", "now ...", "then ...", "same for ...", "tell me more ...",
 *       "instead ..." ("also ..." and "another ..." are not: they usually bring a new subject);</li>
 *   <li><b>ellipsis</b>: a message of at most {@link Builder#ellipsisWords} words that starts with a
 *       preposition ("in Java?", "for a list of dicts?", "without recursion?");</li>
 *   <li><b>a pronoun without an antecedent</b>: "it", "they", "them", "this", "that", "these", "those", "he",
 *       "she", "the former"... before any word of the message that could be what it refers to (a word that is
 *       not a function word, a question word or a common verb), in a message of at most
 *       {@link Builder#pronounWords} words ("How do I make it faster?", "Is that safe for dogs?");</li>
 *   <li><b>a pronoun in a short message</b>: a message of at most {@link Builder#anaphorWords} words with "it",
 *       "they", "them" or "their" anywhere, or ending with "one", "that", "this", "those", "these" or "there"
 *       ("Should I mention my back injury in it?", "Could the sun end up as one?");</li>
 *   <li><b>a very short message</b>: at most {@link Builder#shortWords} words ("Why?", "Any examples?").</li>
 * </ul>
 * The result is the rule that fired, for the trace, or {@code null}. Immutable and thread-safe.
 */
public final class FollowUpDetector {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'+#.\\-]*");

    private static final List<String> OPENERS = List.of("what about", "how about", "what if", "and", "or", "now",
            "then", "same for", "same thing", "same question", "tell me more", "more about", "instead",
            "any other", "anything else", "what else", "but what", "but how", "but why", "elaborate", "go on",
            "continue", "can you elaborate", "could you elaborate", "explain further", "why is that", "why not",
            "how so", "the first", "the second", "the third", "the last one", "the other one", "which one");

    private static final Set<String> PREPOSITIONS = Set.of("in", "for", "with", "without", "using", "on", "from",
            "to", "via", "by", "vs", "vs.", "versus", "compared", "than", "like", "at", "during", "after", "before",
            "under", "over", "into", "inside", "outside");

    private static final Set<String> PRONOUNS = Set.of("it", "it's", "its", "itself", "they", "they're", "them",
            "their", "theirs", "themselves", "this", "that", "that's", "these", "those", "he", "him", "his", "she",
            "her", "hers", "former", "latter", "above", "same");

    /** Third-person pronouns that, anywhere in a short message, point outside it. */
    private static final Set<String> ANAPHORS = Set.of("it", "its", "itself", "they", "them", "their", "theirs",
            "themselves");

    /** Words that, ending a short message, point outside it ("Could the sun end up as one?"). */
    private static final Set<String> FINAL_POINTERS = Set.of("one", "ones", "that", "this", "those", "these", "there");

    /** Words that cannot be the antecedent of a pronoun: function words, question words, common verbs. */
    private static final Set<String> NOT_ANTECEDENT = Set.of(
            "a", "an", "the", "and", "or", "but", "so", "if", "then", "also", "too", "very", "really", "just", "still",
            "what", "what's", "whats", "which", "who", "whom", "whose", "why", "how", "how's", "when", "where", "whether",
            "is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't",
            "do", "does", "did", "done", "doing", "don't", "doesn't", "didn't", "have", "has", "had", "having",
            "can", "could", "will", "would", "shall", "should", "may", "might", "must", "can't", "won't", "wouldn't",
            "shouldn't", "couldn't", "i", "i'm", "me", "my", "mine", "we", "us", "our", "you", "your", "yours", "you're",
            "please", "ok", "okay", "hey", "hi", "thanks", "thank", "now", "again", "there", "here", "not", "no", "yes",
            "any", "some", "all", "more", "most", "less", "much", "many", "few", "other", "else", "about", "of", "as",
            "in", "on", "at", "to", "for", "with", "without", "from", "by", "into", "than", "like", "up", "out", "off",
            "explain", "tell", "show", "give", "make", "makes", "made", "get", "gets", "got", "use", "used", "using",
            "work", "works", "worked", "mean", "means", "meant", "say", "said", "know", "think", "need", "want",
            "help", "describe", "compare", "write", "rewrite", "fix", "change", "try", "keep", "put", "take", "find",
            "prefer", "recommend", "call", "called", "happen", "happens", "cause", "causes", "affect", "affects",
            "better", "worse", "faster", "slower", "safe", "good", "bad", "true", "false", "right", "wrong", "possible",
            "simpler", "simply", "even", "ever", "always", "never", "often", "usually", "instead", "way");

    private final int shortWords;
    private final int ellipsisWords;
    private final int pronounWords;
    private final int anaphorWords;
    private final boolean openers;

    private FollowUpDetector(Builder b) {
        this.shortWords = b.shortWords;
        this.ellipsisWords = b.ellipsisWords;
        this.pronounWords = b.pronounWords;
        this.anaphorWords = b.anaphorWords;
        this.openers = b.openers;
    }

    /** The detector with its default settings (see {@link Builder}). */
    public static FollowUpDetector defaults() {
        return builder().build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Why {@code message} depends on earlier turns, e.g. {@code "starts with 'what about'"}, or {@code null} when
     * it stands alone (or is blank).
     *
     * @throws NullPointerException if message is null
     */
    public String cue(String message) {
        List<String> words = words(message);
        if (words.isEmpty()) {
            return null;
        }
        String lead = String.join(" ", words.subList(0, Math.min(4, words.size())));
        if (openers) {
            for (String o : OPENERS) {
                if (lead.equals(o) || lead.startsWith(o + " ")) {
                    return "starts with '" + o + "'";
                }
            }
        }
        if (words.size() <= ellipsisWords && PREPOSITIONS.contains(words.get(0))) {
            return "ellipsis: starts with '" + words.get(0) + "' (" + words.size() + " words)";
        }
        String pronoun = pronounFirst(words);
        if (pronoun != null) {
            return pronoun;
        }
        if (words.size() <= anaphorWords) {
            for (String w : words) {
                if (ANAPHORS.contains(w)) {
                    return "pronoun '" + w + "' in a short message (" + words.size() + " words)";
                }
            }
            String end = words.get(words.size() - 1);
            if (FINAL_POINTERS.contains(end)) {
                return "ends with '" + end + "' (" + words.size() + " words)";
            }
        }
        return words.size() <= shortWords ? "short (" + words.size() + " words)" : null;
    }

    /** The pronoun rule: a pronoun before any word that could be its antecedent. */
    private String pronounFirst(List<String> words) {
        if (words.size() <= pronounWords) {
            for (String w : words) {
                if (PRONOUNS.contains(w)) {
                    return "pronoun '" + w + "' before any noun";
                }
                if (!NOT_ANTECEDENT.contains(w)) {
                    break;
                }
            }
        }
        return null;
    }

    /** The words of a message, lower case, in order. */
    static List<String> words(String message) {
        Matcher m = WORD.matcher(message.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            String w = m.group();
            while (w.endsWith(".") || w.endsWith("-")) {
                w = w.substring(0, w.length() - 1);
            }
            words.add(w);
        }
        return words;
    }

    @Override
    public String toString() {
        return "FollowUpDetector[shortWords=" + shortWords + ", ellipsisWords=" + ellipsisWords + ", pronounWords="
                + pronounWords + ", anaphorWords=" + anaphorWords + ", openers=" + openers + "]";
    }

    /** Builder of {@link FollowUpDetector}; every setting is checked at once. */
    public static final class Builder {
        private int shortWords = 3;
        private int ellipsisWords = 6;
        private int pronounWords = 20;
        private int anaphorWords = 12;
        private boolean openers = true;

        private Builder() {
        }

        /**
         * Messages of at most this many words are follow-ups. Default 3; 0 turns the rule off.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder shortWords(int words) {
            this.shortWords = checked("shortWords", words);
            return this;
        }

        /**
         * Messages of at most this many words that start with a preposition are follow-ups. Default 6; 0 off.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder ellipsisWords(int words) {
            this.ellipsisWords = checked("ellipsisWords", words);
            return this;
        }

        /**
         * Messages of at most this many words are checked for a pronoun before any noun. Default 20; 0 off.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder pronounWords(int words) {
            this.pronounWords = checked("pronounWords", words);
            return this;
        }

        /**
         * Messages of at most this many words are follow-ups when they hold a third-person pronoun ("it", "they",
         * "them", "their") anywhere, or end with "one", "that", "this", "those", "these" or "there". Default 12; 0 off.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder anaphorWords(int words) {
            this.anaphorWords = checked("anaphorWords", words);
            return this;
        }

        /** Whether conversational openers ("and ...", "what about ...") make a follow-up. Default true. */
        public Builder openers(boolean on) {
            this.openers = on;
            return this;
        }

        /** The detector. */
        public FollowUpDetector build() {
            return new FollowUpDetector(this);
        }

        private static int checked(String name, int words) {
            if (words < 0) {
                throw new IllegalArgumentException(name + " must be >= 0, was " + words);
            }
            return words;
        }
    }
}
