package io.semanticrouter.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@link Rule#DIRECTION} family: refuses a pair whose questions name the same things in swapped roles.
 * <ul>
 *   <li>source and destination swapped ("flights from Paris to Rome" / "flights from Rome to Paris");</li>
 *   <li>the arguments of "than", "into", "over" swapped ("Is Go faster than Java?" / "Is Java faster than
 *       Go?");</li>
 *   <li>a word going "to" a thing against coming "from" it ("convert it to PDF" / "convert it from PDF");</li>
 *   <li>a pronoun moved across its preposition ("What can I plug it into?" / "What can I plug into it?");</li>
 *   <li>the asker and someone else in other roles ("Can I add photos to theirs?" / "Can they add photos to
 *       mine?");</li>
 *   <li>two runs of content words changing places ("Can a landlord sue a tenant?" / "Can a tenant sue a
 *       landlord?").</li>
 * </ul>
 */
final class SwappedRoles {

    /** The first swap of roles found, in the order of the class comment, else null. */
    static Verdict direction(TextFeatures a, TextFeatures b) {
        if (a.source != null && a.destination != null && b.source != null && b.destination != null
                && a.source.equals(b.destination) && a.destination.equals(b.source)
                && !a.source.equals(a.destination)) {
            return Verdict.reject(Rule.DIRECTION, "from " + a.source + " to " + a.destination + " vs from "
                    + b.source + " to " + b.destination);
        }
        for (String pair : a.directedPairs) {
            String[] p = pair.split("\u0000");
            if (b.directedPairs.contains(p[0] + "\u0000" + p[2] + "\u0000" + p[1])) {
                return Verdict.reject(Rule.DIRECTION, "'" + p[1] + " " + p[0] + " " + p[2] + "' vs '" + p[2] + " "
                        + p[0] + " " + p[1] + "'");
            }
        }
        String towards = towardsAndFrom(a, b);
        if (towards == null) {
            towards = towardsAndFrom(b, a);
        }
        if (towards != null) {
            return Verdict.reject(Rule.DIRECTION, towards);
        }
        String moved = pronounAcrossPreposition(a, b);
        if (moved == null) {
            moved = pronounAcrossPreposition(b, a);
        }
        if (moved != null) {
            return Verdict.reject(Rule.DIRECTION, moved);
        }
        String persons = a.passive == b.passive ? swappedPersons(a, b) : null;
        if (persons != null) {
            return Verdict.reject(Rule.DIRECTION, persons);
        }
        String[] swapped = null;
        if (a.passive == b.passive) { // active vs passive keeps the roles
            swapped = swappedPair(a.contentWords, b.contentWords);
            if (swapped == null) {
                Set<String> flipped = flippedPronouns(a, b);
                swapped = swappedPair(roleWords(a, flipped), roleWords(b, flipped));
            }
        }
        if (swapped != null && (a.frontedContent > 0 || b.frontedContent > 0)) {
            swapped = swappedPair(frontedLast(a), frontedLast(b)); // "For doubles, what are the rules?"
        }
        if (swapped != null && !a.joinedSymmetrically(lastWord(swapped[0]), swapped[1].split(" ")[0])
                && !a.symmetric && !b.symmetric && !ofInverted(a, b, swapped) && !ofInverted(b, a, swapped)) {
            return Verdict.reject(Rule.DIRECTION, "'" + swapped[0] + "' and '" + swapped[1] + "' change places");
        }
        return null;
    }

    /**
     * When both questions name the asker and someone else, with the same other words, but in other roles ("Can I
     * add photos to theirs?" / "Can they add photos to mine?"; "Does my insurance cover me driving my friend's
     * car?" / "Does my friend's insurance cover him driving my car?"): whose question it is changed. What
     * changed, else null. "you" is left out (it may be the asker), and so is a question with "by" (a passive).
     */
    private static String swappedPersons(TextFeatures a, TextFeatures b) {
        Set<String> ra = Persons.roles(a);
        Set<String> rb = Persons.roles(b);
        if (ra == null || rb == null || ra.equals(rb) || !Persons.bothPersons(ra) || !Persons.bothPersons(rb)) {
            return null;
        }
        Set<String> sa = Words.minus(a.contentStems, Persons.ROLES.keySet());
        Set<String> sb = Words.minus(b.contentStems, Persons.ROLES.keySet());
        return sa.equals(sb) ? "persons in other roles: " + new TreeSet<>(ra) + " vs " + new TreeSet<>(rb) : null;
    }

    /**
     * When {@code x} has a word going "to" (or "into") a thing and {@code y} the same word coming "from" it, and
     * neither has the other ("lend my car to a neighbour" / "borrow ... from"; "convert it to PDF" / "convert it
     * from PDF"): what changed, else null.
     */
    private static String towardsAndFrom(TextFeatures x, TextFeatures y) {
        for (String pair : x.directedPairs) {
            String[] p = pair.split("\u0000");
            if (!p[0].equals("to") && !p[0].equals("into")) {
                continue;
            }
            String from = "from\u0000" + p[1] + "\u0000" + p[2];
            if (y.directedPairs.contains(from) && !x.directedPairs.contains(from)
                    && !y.directedPairs.contains(pair)) {
                return "'" + p[1] + " ... " + p[0] + " " + p[2] + "' vs '" + p[1] + " ... from " + p[2] + "'";
            }
        }
        return null;
    }

    /** The content words with those of a phrase put in front ("In CSS, ...") moved to the end, where it belongs. */
    private static List<String> frontedLast(TextFeatures t) {
        List<String> w = t.contentWords;
        List<String> out = new ArrayList<>(w.size());
        out.addAll(w.subList(t.frontedContent, w.size()));
        out.addAll(w.subList(0, t.frontedContent));
        return out;
    }

    /**
     * Whether the two single swapped words stand as "u of v" in {@code x} and as the compound "v u" in {@code y}
     * ("the rules of pickleball" / "the pickleball rules"): one thing named two ways, no roles swapped.
     */
    private static boolean ofInverted(TextFeatures x, TextFeatures y, String[] swapped) {
        String u = swapped[0];
        String v = swapped[1];
        if (u.contains(" ") || v.contains(" ")) {
            return false;
        }
        boolean of = false;
        for (int i = 0; i + 2 < x.words.size() && !of; i++) {
            int k = TextFeatures.isArticle(x.words.get(i + 2)) ? i + 3 : i + 2;
            of = x.words.get(i + 1).equals("of") && k < x.words.size() && (Words.sameStem(x.words.get(i), u)
                    && Words.sameStem(x.words.get(k), v) || Words.sameStem(x.words.get(i), v) && Words.sameStem(x.words.get(k), u));
        }
        if (!of || !WordNet.get().noun(u) || !WordNet.get().noun(v)) {
            return false;
        }
        List<String> w = y.words;
        for (int i = 0; i + 1 < w.size(); i++) {
            if ((Words.sameStem(w.get(i), v) && Words.sameStem(w.get(i + 1), u) || Words.sameStem(w.get(i), u) && Words.sameStem(w.get(i + 1), v))
                    && (i + 2 == w.size() || !w.get(i + 2).equals("of")) && (i == 0 || !w.get(i - 1).equals("of"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * When {@code x} has a word, an object pronoun and a preposition ("What can I plug it into?") and {@code y}
     * the same word, preposition and pronoun ("What can I plug into it?"): the pronoun moved to the other role.
     * What that changed, else null.
     */
    private static String pronounAcrossPreposition(TextFeatures x, TextFeatures y) {
        List<String> w = x.words;
        for (int i = 1; i + 1 < w.size(); i++) {
            String pronoun = w.get(i);
            String prep = w.get(i + 1);
            if (Persons.OBJECTS.contains(pronoun) && Words.PREPOSITIONS.contains(prep)
                    && containsRun(y.words, w.get(i - 1), prep, pronoun)
                    && !containsRun(y.words, w.get(i - 1), pronoun, prep)) {
                return "'" + w.get(i - 1) + " " + pronoun + " " + prep + "' vs '" + w.get(i - 1) + " " + prep + " "
                        + pronoun + "'";
            }
        }
        return null;
    }

    /** Whether {@code words} holds the three words in a row. */
    private static boolean containsRun(List<String> words, String u, String v, String t) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (words.get(i).equals(u) && words.get(i + 1).equals(v) && words.get(i + 2).equals(t)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs the stop-word list holds ("tell me", "I need"), which still sit between the two roles of a swap. */
    private static final Set<String> ROLE_VERBS = Set.of("tell", "need", "know", "want", "get", "let", "help",
            "explain", "describe", "ask");

    /**
     * The subject forms of the personal pronouns that are a subject in one question and an object in the other
     * ("Do I need a form from my landlord?" / "Does my landlord need a form from me?").
     */
    private static Set<String> flippedPronouns(TextFeatures a, TextFeatures b) {
        Set<String> out = new HashSet<>(2);
        Persons.CASES.forEach((subject, object) -> {
            boolean aSubject = a.words.contains(subject) && !a.words.contains(object);
            boolean aObject = a.words.contains(object) && !a.words.contains(subject);
            boolean bSubject = b.words.contains(subject) && !b.words.contains(object);
            boolean bObject = b.words.contains(object) && !b.words.contains(subject);
            if (aSubject && bObject || aObject && bSubject) {
                out.add(subject);
            }
        });
        return out;
    }

    /**
     * The words that carry roles, in order: the content words, the verbs the stop-word list hides ("Should my
     * manager tell the team?") and the pronouns of {@code flipped}, each in its subject form.
     */
    private static List<String> roleWords(TextFeatures t, Set<String> flipped) {
        List<String> out = new ArrayList<>(t.words.size());
        for (String w : t.words) {
            String subject = flipped.contains(w) ? w : null;
            for (String s : flipped) {
                subject = Persons.CASES.get(s).equals(w) ? s : subject;
            }
            if (subject != null) {
                out.add(subject);
            } else if (Words.content(w) || ROLE_VERBS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Longest run of words that may change places with another run ("the share price" / "a stock split"). */
    private static final int MAX_SWAPPED_WORDS = 3;

    /**
     * The two exchanged parts, when {@code y} is {@code x} with two runs of one to three content words changing
     * places around the words between them (longer runs need some: "In Python, ..." only moves a phrase to
     * the front; an adjective may follow its noun: "what makes a password strong") and every other word kept
     * ("does a landlord sue tenants" / "does a tenant sue landlords"; "does a stock split affect the share price"
     * / "does the share price affect a stock split"), else null. Words are
     * compared in their stems, so an inflection does not hide the swap.
     */
    private static String[] swappedPair(List<String> x, List<String> y) {
        int n = x.size();
        if (n != y.size() || n < 3) {
            return null;
        }
        int head = 0;
        while (head < n && Words.sameStem(x.get(head), y.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < n - head && Words.sameStem(x.get(n - 1 - tail), y.get(n - 1 - tail))) {
            tail++;
        }
        int end = n - tail; // the changed region is [head, end) in both
        for (int first = 1; first <= MAX_SWAPPED_WORDS && head + first < end; first++) {
            for (int second = 1; second <= MAX_SWAPPED_WORDS && head + first + second <= end; second++) {
                int middle = end - head - first - second;
                if ((first > 1 || second > 1) && middle == 0) {
                    continue; // a phrase put in front ("In Python, how do I reverse a list?") swaps no roles
                }
                if (middle == 0 && (Words.adjectiveOnly(x.get(head)) || Words.adjectiveOnly(x.get(head + 1)))) {
                    continue; // "a strong password" / "a password strong": a modifier put after its noun
                }
                if (exchanged(x, y, head, first, middle, second)) {
                    return new String[]{String.join(" ", x.subList(head, head + first)),
                            String.join(" ", x.subList(end - second, end))};
                }
            }
        }
        return null;
    }

    /** Whether y's region is x's with its first {@code first} and last {@code second} words exchanged. */
    private static boolean exchanged(List<String> x, List<String> y, int at, int first, int middle, int second) {
        List<String> xs = new ArrayList<>(first + middle + second);
        xs.addAll(x.subList(at + first + middle, at + first + middle + second));
        xs.addAll(x.subList(at + first, at + first + middle));
        xs.addAll(x.subList(at, at + first));
        List<String> ys = y.subList(at, at + first + middle + second);
        for (int i = 0; i < xs.size(); i++) {
            if (!Words.sameStem(xs.get(i), ys.get(i))) {
                return false;
            }
        }
        return !Words.sameStem(String.join(" ", x.subList(at, at + first)), String.join(" ", y.subList(at, at + second)));
    }

    private static String lastWord(String words) {
        return words.substring(words.lastIndexOf(' ') + 1);
    }

    private SwappedRoles() {
    }
}
