package io.semanticrouter.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link Rule#SCOPE} family, in the order it runs: refuses a pair whose questions ask about other things.
 * <ul>
 *   <li>another property asked ("How tall is it?" / "How heavy is it?"), or the cost against a property;</li>
 *   <li>a qualifier phrase or an "and" clause added ("How do I parse JSON?" / "How do I parse JSON without
 *       external libraries?"; "What if it's raining?" / "What if it's raining and she was just spayed?");</li>
 *   <li>another person as subject ("Does he need a visa?" / "Do I need a visa?"), also read by
 *       {@link SubjectPerson} and, for another property, {@link OtherProperty};</li>
 *   <li>words added that narrow a short question ({@link AddedWords}: "give her water" / "give her coconut
 *       water");</li>
 *   <li>a word or span put in place of another ({@link Substitution}, {@link LongerSpanSwap}: "Is it safe for
 *       dogs?" / "Is it safe for cats?");</li>
 *   <li>a qualifier replaced ("Can I take it on a plane?" / "Can I take it in checked luggage?");</li>
 *   <li>another particle after a verb ("How do I pay it off?" / "How do I pay with it?");</li>
 *   <li>other aspects ("Why did the Roman Empire fall?" / "When did the Roman Empire fall?"), or "how do I"
 *       against a cost or a duration ("How do I renew my passport?" / "How long does renewing my passport
 *       take?").</li>
 * </ul>
 */
final class Scope {

    /** The first refusal of this family, in the order of the class comment, else null. */
    static Verdict scope(TextFeatures a, TextFeatures b) {
        if (!a.properties.isEmpty() && !b.properties.isEmpty() && !Words.intersects(a.properties, b.properties)) {
            return Verdict.reject(Rule.SCOPE, "asks the " + a.properties + " vs the " + b.properties);
        }
        if (a.properties.isEmpty() != b.properties.isEmpty()) {
            TextFeatures none = a.properties.isEmpty() ? a : b;
            if (none.aspects.contains("cost")) {
                return Verdict.reject(Rule.SCOPE, "asks the cost vs the " + (none == a ? b : a).properties);
            }
        }
        Verdict qualifier = addedCondition(a, b);
        if (qualifier != null) {
            return qualifier;
        }
        String other = changedPerson(a, b); // another person, or another property asked
        other = other == null ? SubjectPerson.changed(a, b) : other;
        other = other == null ? OtherProperty.asked(a, b) : other;
        if (other != null) {
            return Verdict.reject(Rule.SCOPE, other);
        }
        Verdict added = AddedWords.addedWords(a, b, "cached");
        if (added == null) {
            added = AddedWords.addedWords(b, a, "new");
        }
        if (added != null) {
            return added;
        }
        String[] swapped = Substitution.substitution(a, b);
        if (swapped == null) {
            swapped = Substitution.whichPredicate(a, b);
        }
        if (swapped == null) {
            swapped = LongerSpanSwap.swapped(Substitution.named(a, b), Substitution.named(b, a), a.words, b.words);
        }
        if (swapped != null) {
            return Verdict.reject(Rule.SCOPE, "asks about '" + swapped[0] + "' vs '" + swapped[1] + "'");
        }
        Verdict replaced = replacedQualifier(a, b);
        if (replaced != null) {
            return replaced;
        }
        String particle = changedParticle(a, b);
        if (particle != null) {
            return Verdict.reject(Rule.SCOPE, particle);
        }
        if (!a.aspects.isEmpty() && !b.aspects.isEmpty()) {
            if (!a.aspects.equals(b.aspects)) {
                return Verdict.reject(Rule.SCOPE, "asks " + a.aspects + " vs " + b.aspects);
            }
            return null;
        }
        if (a.aspects.isEmpty() && a.method && Words.intersects(b.aspects, Lexicon.NON_METHOD_ASPECTS)) {
            return Verdict.reject(Rule.SCOPE, "asks how vs " + b.aspects);
        }
        if (b.aspects.isEmpty() && b.method && Words.intersects(a.aspects, Lexicon.NON_METHOD_ASPECTS)) {
            return Verdict.reject(Rule.SCOPE, "asks " + a.aspects + " vs how");
        }
        return null;
    }

    /**
     * A qualifier phrase of {@code x} ("without external libraries") none of whose words {@code y} has, while
     * {@code x} holds every content word of {@code y}: {@code x} is {@code y} with a constraint added.
     */
    private static Verdict qualifier(TextFeatures x, TextFeatures y, String which) {
        if (y.contentStems.isEmpty() || !x.contentStems.containsAll(y.contentStems)) {
            return null;
        }
        for (List<String> phrase : x.qualifiers) {
            boolean absent = true;
            for (String w : phrase) {
                absent &= !y.stems.contains(w) && y.words.stream().noneMatch(v -> Words.sameSense(w, v));
            }
            if (absent) {
                return Verdict.reject(Rule.SCOPE, "qualifier '" + String.join(" ", phrase) + "' in the " + which
                        + " question only");
            }
        }
        return null;
    }

    /**
     * A short question whose qualifier phrase is put in place of another, the rest the same ("Can I take it on a
     * plane?" / "Can I take it in checked luggage?"): each phrase has no word of the other question and none may
     * stand for a word of the other phrase.
     */
    private static Verdict replacedQualifier(TextFeatures a, TextFeatures b) {
        if (a.contentWords.size() > Words.MAX_SUBSTITUTION_WORDS + 1 || b.contentWords.size() > Words.MAX_SUBSTITUTION_WORDS + 1) {
            return null;
        }
        List<String> pa = absentPhrase(a, b);
        List<String> pb = absentPhrase(b, a);
        if (pa == null || pb == null) {
            return null;
        }
        Set<String> restA = Words.minus(a.contentStems, new HashSet<>(pa));
        Set<String> restB = Words.minus(b.contentStems, new HashSet<>(pb));
        if (restA.isEmpty() || !restA.equals(restB)) {
            return null;
        }
        for (String u : pa) {
            for (String v : pb) {
                if (Words.interchangeable(Words.contentWordOf(a, u), Words.contentWordOf(b, v))) {
                    return null;
                }
            }
        }
        return Verdict.reject(Rule.SCOPE, "qualifier '" + String.join(" ", pa) + "' vs '" + String.join(" ", pb) + "'");
    }

    /** The first qualifier phrase of {@code x} none of whose words {@code y} has, else null. */
    private static List<String> absentPhrase(TextFeatures x, TextFeatures y) {
        for (List<String> phrase : x.qualifiers) {
            if (phrase.stream().noneMatch(y.stems::contains)) {
                return phrase;
            }
        }
        return null;
    }

    /** A qualifier phrase or a clause joined by "and" that one question adds to the other, else null. */
    private static Verdict addedCondition(TextFeatures a, TextFeatures b) {
        Verdict qualifier = qualifier(a, b, "cached");
        if (qualifier == null) {
            qualifier = qualifier(b, a, "new");
        }
        if (qualifier != null) {
            return qualifier;
        }
        String clause = addedClause(a, b, "cached");
        if (clause == null) {
            clause = addedClause(b, a, "new");
        }
        clause = clause == null ? AddedClause.added(a, b) : clause;
        return clause == null ? null : Verdict.reject(Rule.SCOPE, clause);
    }

    /**
     * When {@code x} is {@code y} with a clause joined by "and" and a subject of its own after "if" or "when"
     * ("What if it's raining?" / "What if it's raining and she was just spayed?"): another condition, so another
     * answer. A clause that only tells the asker's situation ("I sleep fine and I ...") has no "if". Else null.
     */
    private static String addedClause(TextFeatures x, TextFeatures y, String which) {
        if (y.contentStems.isEmpty() || x.contentStems.size() <= y.contentStems.size()
                || !x.contentStems.containsAll(y.contentStems)) {
            return null;
        }
        for (int i = 1; i + 1 < x.words.size(); i++) {
            if (x.words.get(i).equals("and") && Persons.CLAUSE_SUBJECTS.contains(x.words.get(i + 1))
                    && (x.words.subList(0, i).contains("if") || x.words.subList(0, i).contains("when"))
                    && !Words.containsPair(y.words, "and", x.words.get(i + 1))) {
                return "a clause 'and " + x.words.get(i + 1) + " ...' in the " + which + " question only";
            }
        }
        return null;
    }

    /**
     * When the questions have the same content words but their subjects are other persons ("Does he need a visa?"
     * / "Do I need a visa?"): the answer is about someone else. What changed, else null. A question with subjects
     * of two persons ("Can I tell him he ...") is left alone.
     */
    private static String changedPerson(TextFeatures a, TextFeatures b) {
        if (!a.contentStems.equals(b.contentStems)) {
            return null;
        }
        String pa = Persons.subjectPerson(a);
        String pb = Persons.subjectPerson(b);
        return pa == null || pb == null || pa.isEmpty() || pb.isEmpty() || pa.equals(pb) ? null
                : "asks about " + pa + " vs " + pb;
    }

    /** Particles and prepositions that change what a verb does ("pay it off" / "pay with it"; "log in" / "log out"). */
    private static final Set<String> PARTICLES = Set.of("up", "down", "in", "into", "out", "on", "onto", "off", "with",
            "over", "back", "away", "through", "around");

    /** Particles that are no preposition: one after a verb changes it even when the other question has none. */
    static final Set<String> ADVERB_PARTICLES = Set.of("up", "down", "off", "out", "back", "away");

    /**
     * When the questions have the same content words but a word takes another particle or preposition right
     * after it or its object pronoun ("How do I pay it off?" / "How do I pay with it?"; "turn it up" / "turn it
     * down"), or an adverb particle in one question only ("pay it" / "pay it back"): what changed, else null. A
     * preposition in one question only heads a phrase that moved ("reverse a list in Python").
     */
    private static String changedParticle(TextFeatures a, TextFeatures b) {
        if (!Words.minus(a.contentStems, PARTICLES).equals(Words.minus(b.contentStems, PARTICLES))
                || a.contentWords.size() > Words.MAX_SUBSTITUTION_WORDS) {
            return null;
        }
        for (String w : a.contentWords) {
            String pa = particleAfter(a.words, w);
            String pb = particleAfter(b.words, w);
            if (!pa.equals(pb) && (!pa.isEmpty() && !pb.isEmpty() || ADVERB_PARTICLES.contains(pa + pb))) {
                return "'" + w + " " + pa + "' vs '" + w + " " + pb + "'";
            }
        }
        return null;
    }

    /** The particle after the first form of {@code verb} in {@code words}, past one object pronoun ("" if none). */
    private static String particleAfter(List<String> words, String verb) {
        for (int i = 0; i < words.size(); i++) {
            if (Words.sameStem(words.get(i), verb)) {
                int j = i + 1 < words.size() && Persons.OBJECTS.contains(words.get(i + 1)) ? i + 2 : i + 1;
                String p = j < words.size() ? words.get(j) : "";
                return p.equals("into") ? "in" : p.equals("onto") ? "on" : PARTICLES.contains(p) ? p : "";
            }
        }
        return "";
    }

    private Scope() {
    }
}
