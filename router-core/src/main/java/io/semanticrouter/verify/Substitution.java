package io.semanticrouter.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The substitution checks of the {@link Rule#SCOPE} family: refuses short questions that are the same but for
 * what they ask about.
 * <ul>
 *   <li>one content word put in place of another ("Is it safe for dogs?" / "Is it safe for cats?");</li>
 *   <li>a span naming a thing for another ("What about ferrets?" / "What about guinea pigs?");</li>
 *   <li>a light verb and a noun naming another act ("Should I call her?" / "Should I give her a gift?");</li>
 *   <li>a "which" question with another predicate ("Which one is quieter?" / "Which one uses less power?");</li>
 *   <li>the last noun replaced with its modifiers ("add a total row" / "add a running total column").</li>
 * </ul>
 * Words that may stand for each other ({@link Words#interchangeable}) do not count as a substitution.
 */
final class Substitution {

    /**
     * The two replaced parts when short questions are the same but for one content word put in place of another
     * ("Is it safe for dogs?" / "... for cats?"; also when that word is the only one: "Can I boil it?" / "Can I
     * roast it?"), or a thing named in one word for one named in two ("whole wheat flour" / "rye flour"), else
     * null. The questions are aligned
     * on their common beginning and end, so the replaced part is found however many words it has. Evaluative
     * words ("good", "suitable") may change.
     */
    static String[] substitution(TextFeatures a, TextFeatures b) {
        List<String> x = named(a, b);
        List<String> y = named(b, a);
        if (x.isEmpty() || y.isEmpty() || x.size() > Words.MAX_SUBSTITUTION_WORDS || y.size() > Words.MAX_SUBSTITUTION_WORDS) {
            return null;
        }
        Words.Middles differ = Words.middles(x, y);
        int head = differ.head();
        List<String> p = differ.x();
        List<String> q = differ.y();
        List<String> pw = p.stream().filter(w -> !Persons.REFERRING.contains(w)).toList();
        List<String> qw = q.stream().filter(w -> !Persons.REFERRING.contains(w)).toList();
        if (otherAct(pw, qw) || otherAct(qw, pw)) {
            return new String[]{String.join(" ", pw), String.join(" ", qw)}; // "call her" / "give her a gift"
        }
        if (thingSpans(x, y, p, q, a.words, b.words) && !relatedSpans(p, q)) {
            return new String[]{String.join(" ", p), String.join(" ", q)}; // "ferrets" / "guinea pigs"
        }
        if (p.isEmpty() || q.isEmpty() || p.size() > 2 || q.size() > 2 || p.size() + q.size() > 3) {
            return p.isEmpty() || q.isEmpty() ? null : replacedHead(x, y); // the same words, one added, or more
        }
        if (p.size() != q.size() && !(namesThing(p) && namesThing(q)) && !replacedObject(x, head, p, q)
                && !compoundVerb(p, q, b.words, a.words) && !compoundVerb(q, p, a.words, b.words)) {
            return null; // one word for two is a change only when both name things: verbs and adverbs get rephrased
        }
        if (a.stopping > 0 && b.stopping > 0 && (WordNet.get().stopping(p.get(0)) || WordNet.get().stopping(q.get(0)))) {
            return null; // "stop my dog from barking" / "keep my dog from barking"
        }
        if (String.join("", p).equals(String.join("", q)) || InsteadOf.sameUse(a, b, p, q)
                || p.size() == 1 && q.size() == 1 && NamedThings.namedOtherwise(p.get(0), q)) {
            return null; // "data base" / "database"; "New York" / "NY"
        }
        for (String u : p) {
            for (String v : q) {
                if (Words.interchangeable(u, v)) {
                    return null;
                }
            }
        }
        return new String[]{String.join(" ", p), String.join(" ", q)};
    }

    /** Content words a short follow-up may have for one named thing of up to 3 words to replace another. */
    private static final int MAX_SPAN_QUESTION_WORDS = 4;
    private static final int MAX_SPAN_WORDS = 3;

    /**
     * Whether, in short questions, the replaced parts {@code p} and {@code q} are each a span of up to 3 words
     * naming a thing ("What about ferrets?" / "What about guinea pigs?"; "screen recordings" / "downloaded
     * files"): each ends in a noun and stands where a noun phrase does (after a determiner or preposition).
     */
    private static boolean thingSpans(List<String> x, List<String> y, List<String> p, List<String> q,
            List<String> wordsA, List<String> wordsB) {
        if (p.isEmpty() || q.isEmpty() || x.size() > MAX_SPAN_QUESTION_WORDS || y.size() > MAX_SPAN_QUESTION_WORDS
                || p.size() > MAX_SPAN_WORDS || q.size() > MAX_SPAN_WORDS || p.size() + q.size() < 3
                || Math.abs(p.size() - q.size()) > 1) { // one word may be the name of three ("skillet")
            return false;
        }
        return thingSpan(p, wordsA) && thingSpan(q, wordsB);
    }

    /**
     * Whether {@code part} stands where a noun phrase does and ends in a noun that is no adjective, or in a plural
     * form WordNet knows only as a verb ("about ferrets": a verb form cannot follow a preposition).
     */
    static boolean thingSpan(List<String> part, List<String> words) {
        String last = part.get(part.size() - 1);
        String pos = WordNet.get().partsOfSpeech(last);
        boolean plural = last.endsWith("s") && !last.endsWith("ss") && pos != null && pos.equals("v");
        return (WordNet.get().thing(last) || nounOnly(last) || plural) && nounPosition(words, words.indexOf(part.get(0)));
    }

    /**
     * Whether a word of one span may stand for a word of the other, or one begins the other ("sex" / "sexual"),
     * or one span is two words written as one: then the spans may name the same thing.
     */
    static boolean relatedSpans(List<String> p, List<String> q) {
        if (String.join("", p).equals(String.join("", q))) {
            return true;
        }
        for (String u : p) {
            for (String v : q) {
                if (Words.interchangeable(u, v) || Math.min(u.length(), v.length()) >= 3 && (u.startsWith(v) || v.startsWith(u))
                        || compoundOf(TextFeatures.stem(u), TextFeatures.stem(v))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one stem ends with the other, a word of 4 letters or more ("email" / "mail"): a closed compound. */
    private static boolean compoundOf(String u, String v) {
        return Math.min(u.length(), v.length()) >= 4 && !u.equals(v) && (u.endsWith(v) || v.endsWith(u));
    }

    /**
     * Whether {@code q} is a verb with a modifier before it ("deep fry", "pan sear") in place of the single verb
     * {@code p}, the two side by side in {@code words}, neither word standing where a noun does, and neither may
     * stand for {@code p}: another way of doing,
     * not the same act reworded.
     */
    private static boolean compoundVerb(List<String> p, List<String> q, List<String> words, List<String> otherWords) {
        WordNet wn = WordNet.get();
        if (p.size() != 1 || q.size() != 2 || !wn.verb(p.get(0)) || !wn.verb(q.get(1)) || wn.verb(q.get(0))
                || !wn.modifier(q.get(0)) || AddedWords.LIGHT_VERBS.contains(q.get(1)) || adverb(q.get(1))
                || words.indexOf(q.get(1)) != words.indexOf(q.get(0)) + 1 || nounPosition(words, words.indexOf(q.get(0)))
                || nounPosition(otherWords, otherWords.indexOf(p.get(0)))) {
            return false;
        }
        return !Words.interchangeable(p.get(0), q.get(0)) && !Words.interchangeable(p.get(0), q.get(1));
    }

    /** Words that open a noun phrase: after one, two words name a thing ("my old mail"), not an act. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "your", "his", "her", "our", "their",
            "its", "this", "that", "these", "those", "some", "any");

    /**
     * Whether the word at {@code at} stands where a noun does: after a determiner or a preposition other than "to",
     * evaluative words skipped ("a good sexual partner", "good at sex").
     */
    private static boolean nounPosition(List<String> words, int at) {
        int k = at - 1;
        while (k >= 0 && Lexicon.EVALUATIVE.contains(words.get(k))) {
            k--;
        }
        return k >= 0 && (DETERMINERS.contains(words.get(k)) || Words.PREPOSITIONS.contains(words.get(k)) && !words.get(k).equals("to"));
    }

    /** Whether WordNet holds {@code w} as an adverb too ("get my money back"). */
    private static boolean adverb(String w) {
        String pos = WordNet.get().partsOfSpeech(w);
        return pos != null && pos.indexOf('r') >= 0;
    }

    /**
     * Whether {@code q} is a light verb and a noun ("give ... a gift") in place of the single verb {@code p}
     * ("call"), and the noun names another act: not a form of the verb ("give her a call") and no word that may
     * stand for it.
     */
    private static boolean otherAct(List<String> p, List<String> q) {
        if (p.size() != 1 || q.size() != 2 || !AddedWords.LIGHT_VERBS.contains(q.get(0)) || !WordNet.get().verb(p.get(0))) {
            return false;
        }
        return !Words.sameStem(q.get(1), p.get(0)) && !Words.interchangeable(q.get(1), p.get(0)) && WordNet.get().noun(q.get(1));
    }

    /** Content words a "which" question may have for {@link #whichPredicate} to compare its predicates. */
    private static final int MAX_WHICH_WORDS = 6;

    /**
     * The two predicates, when short questions both ask "which" about the same choice with a different predicate
     * ("Which one is quieter?" / "Which one uses less power?"): the words each has alone, none of which may stand
     * for one of the other's. Else null.
     */
    static String[] whichPredicate(TextFeatures a, TextFeatures b) {
        if (!a.words.contains("which") || !b.words.contains("which") || a.contentWords.size() > MAX_WHICH_WORDS
                || b.contentWords.size() > MAX_WHICH_WORDS) {
            return null;
        }
        List<String> onlyA = onlyIn(named(a, b), named(b, a));
        List<String> onlyB = onlyIn(named(b, a), named(a, b));
        onlyA.removeIf(Persons.REFERRING::contains); // "which one"
        onlyB.removeIf(Persons.REFERRING::contains);
        if (onlyA.isEmpty() || onlyB.isEmpty()) {
            return null;
        }
        for (String u : onlyA) {
            for (String v : onlyB) {
                if (Words.interchangeable(u, v)) {
                    return null;
                }
            }
        }
        return new String[]{String.join(" ", onlyA), String.join(" ", onlyB)};
    }

    /**
     * Whether one or two words name a thing: the last is a {@link WordNet#thing}, or two words are a compound of
     * a thing and a noun ("graphics card": "card" is a verb too).
     */
    private static boolean namesThing(List<String> part) {
        WordNet wn = WordNet.get();
        String last = part.get(part.size() - 1);
        return wn.thing(last) || part.size() == 2 && wn.thing(part.get(0)) && wn.noun(last);
    }

    /**
     * Whether the replaced parts follow the same verb and end in nouns that are no adjectives ("Does it handle
     * stored procedures?" / "Does it handle triggers?": "triggers" is a verb too, but not after "handle").
     */
    private static boolean replacedObject(List<String> x, int head, List<String> p, List<String> q) {
        WordNet wn = WordNet.get();
        return head > 0 && wn.verb(x.get(head - 1)) && nounOnly(p.get(p.size() - 1)) && nounOnly(q.get(q.size() - 1));
    }

    /** Whether {@code w} may be a noun and is no adjective ("triggers", not "shallow"). */
    private static boolean nounOnly(String w) {
        String pos = WordNet.get().partsOfSpeech(w);
        return WordNet.get().noun(w) && (pos == null || pos.indexOf('a') < 0);
    }

    /**
     * When the aligned questions differ in more than one replacement: the two last content words, if each is
     * a noun found in its question only, with at most one more word in either question only ("add a total row"
     * / "add a running total column"): the thing asked about changed, whatever modifies it.
     */
    private static String[] replacedHead(List<String> x, List<String> y) {
        String u = x.get(x.size() - 1);
        String v = y.get(y.size() - 1);
        List<String> onlyX = onlyIn(x, y);
        List<String> onlyY = onlyIn(y, x);
        // "wired backhaul" / "a separate guest network"; one word against several may be a name for them ("skillet")
        boolean nounPhrases = onlyX.size() > 1 && onlyY.size() > 1 && nounPhraseAtEnd(x, onlyX) && nounPhraseAtEnd(y, onlyY);
        int most = nounPhrases ? AddedWords.MAX_ADDED_MODIFIERS : 2;
        if (onlyX.size() > most || onlyY.size() > most || onlyX.size() + onlyY.size() > (nounPhrases ? 5 : 3)
                || !onlyX.contains(u)
                || !onlyY.contains(v) || !WordNet.get().noun(u) || !WordNet.get().noun(v) || Words.interchangeable(u, v)) {
            return null;
        }
        for (String s : onlyX) {
            for (String t : onlyY) {
                if (Words.interchangeable(s, t)) {
                    return null;
                }
            }
        }
        return new String[]{String.join(" ", onlyX), String.join(" ", onlyY)};
    }

    /**
     * Whether {@code only} are the last words of {@code words} and all but the last may modify a noun: one noun
     * phrase replaced as a whole ("a separate guest network").
     */
    private static boolean nounPhraseAtEnd(List<String> words, List<String> only) {
        if (only.isEmpty() || !words.subList(words.size() - only.size(), words.size()).equals(only)) {
            return false;
        }
        for (int i = 0; i < only.size() - 1; i++) {
            if (!WordNet.get().modifier(only.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> onlyIn(List<String> x, List<String> y) {
        List<String> out = new ArrayList<>(x.size());
        for (String w : x) {
            if (y.stream().noneMatch(o -> Words.sameStem(o, w))) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The content words of {@code t}, less the words that ask its aspect when {@code other} asks the same aspects
     * ("how much is it" / "what does it cost": "much" and "cost" ask the price; "why did it start" / "what
     * caused it": "caused" asks why), since the aspect rule has compared those.
     */
    static List<String> named(TextFeatures t, TextFeatures other) {
        if (t.aspects.isEmpty() || !t.aspects.equals(other.aspects)) {
            return t.contentWords;
        }
        List<String> out = new ArrayList<>(t.contentWords.size());
        for (String w : t.contentWords) {
            if (!t.askingWords.contains(w) && !t.aspects.contains(Lexicon.ASPECT_WORDS.getOrDefault(w, ""))) {
                out.add(w);
            }
        }
        return out;
    }

    private Substitution() {
    }
}
