package io.semanticrouter.verify;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads, word by word, what a question asks into {@link TextFeatures#aspects}, {@link TextFeatures#method},
 * {@link TextFeatures#definition} and {@link TextFeatures#askingWords}: "how much" (a quantity, or a cost), "how
 * long" and "how many hours" (a duration), "how often" (a frequency), "how tall" (the attribute, height), "what is"
 * (a definition), "how do I" (a method) and the aspect words of {@link Lexicon#ASPECT_WORDS}. Example: "how much
 * is a ticket" asks the cost, "how much is a gallon" a quantity.
 */
final class AspectReader {

    /** Forms of "be" that link "how much" or "how tall" to what is asked ("how much is", "how tall are"). */
    static final Set<String> LINKING_VERBS = Set.of("is", "are", "was", "were", "be");
    private static final Set<String> PRONOUNS = Set.of("it", "that", "this", "they", "these", "those", "one");
    /** Words after "how" that ask an aspect ("how much", "how long", "how often"). */
    private static final Set<String> ASKING_WORDS = Set.of("much", "many", "long", "often", "soon");
    private static final Set<String> UNTIL = Set.of("until", "till", "til", "before");

    private AspectReader() {
    }

    /** Reads the aspect the word {@code w} at index {@code i} asks, if any. */
    static void read(TextFeatures f, int i, String w) {
        List<String> words = f.words;
        Set<String> aspects = f.aspects;
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        if (Lexicon.QUESTION_WORDS.contains(w) && !opensClause(f, i)) {
            return; // "when the airline cancels": a conjunction, not the question
        }
        if (w.equals("what") && opensClause(f, i)) {
            String after = i + 2 < words.size() ? words.get(i + 2) : "";
            if (next.equals("is") || next.equals("are") || next.equals("does") && (words.contains("mean") || words.contains("do"))) {
                f.definition = true;
            }
            if ((next.equals("can") || next.equals("should")) && after.equals("i")) {
                f.method = true; // "what can I do"
            }
        }
        if (w.equals("how")) {
            readHow(f, i, next);
            return;
        }
        if (w.equals("meaning") || w.equals("define") || w.equals("definition")) {
            f.definition = true;
        }
        if ((w.equals("way") || w.equals("ways")) && next.equals("to") || w.equals("steps") || w.equals("guide")
                || w.equals("tutorial")) {
            f.method = true;
        }
        if (w.equals("number") && next.equals("of")) {
            aspects.add(countsTime(f, i + 2) ? "duration" : "quantity"); // "a good number of minutes to talk"
        }
        if (w.equals("side") && (next.equals("effects") || next.equals("effect"))) {
            aspects.add("cons");
        }
        String aspect = Lexicon.ASPECT_WORDS.get(w);
        if (aspect == null) {
            aspect = Lexicon.ASPECT_WORDS.get(TextFeatures.withoutInflection(w)); // "treated", "causes"
        }
        if (aspect != null) {
            aspects.add(aspect);
            if (aspect.equals("cost")) {
                aspects.remove("quantity"); // "how much does it cost" asks the cost
            }
        } else if (aspects.contains("cost")) {
            aspects.remove("quantity");
        }
    }

    /** The aspect asked by "how" and the word after it ("how much", "how long", "how tall"), or a method. */
    private static void readHow(TextFeatures f, int i, String next) {
        List<String> words = f.words;
        Set<String> aspects = f.aspects;
        String after = i + 2 < words.size() ? words.get(i + 2) : "";
        if (ASKING_WORDS.contains(next)) {
            f.askingWords.add(next); // "how much": the aspect says what is asked
            if (next.equals("many") && after.equals("times")) {
                f.askingWords.add(after);
            }
        }
        switch (next) {
            case "much" -> aspects.add(after.equals("time") ? "duration" : asksPrice(f, i) ? "cost" : "quantity");
            case "long" -> aspects.add(UNTIL.contains(after) ? "when" : "duration"); // "how long until": when
            case "many" -> aspects.add(after.equals("times") ? "frequency" : countsTime(f, i + 2) ? "duration" : "quantity");
            case "often" -> aspects.add("frequency");
            case "soon" -> aspects.add("when");
            case "old" -> aspects.add("age");
            case "to", "do", "can", "should", "would", "could", "does" -> f.method = true;
            default -> readAttributeAsked(f, next);
        }
    }

    /**
     * "how big", "how deep", "how fast": the attribute the adjective after "how" gives a value of (size, depth,
     * speed) is the aspect asked, and the adjective only asks it. Evaluative adjectives ("how good") and adjectives
     * WordNet gives no attribute of ask nothing this way.
     */
    private static void readAttributeAsked(TextFeatures f, String next) {
        String pos = WordNet.get().partsOfSpeech(next);
        if (pos == null || pos.indexOf('a') < 0 || Lexicon.EVALUATIVE.contains(next)) {
            return;
        }
        Set<String> attributes = WordNet.get().attributesOf(next);
        if (!attributes.isEmpty()) {
            f.aspects.add(new TreeSet<>(attributes).first());
            f.askingWords.add(next);
        }
    }

    /**
     * Whether word {@code k} is a unit of time and the question asks how long ("how many weeks will it take",
     * "how many hours should it cook", "a good number of minutes to talk"), not how often ("how many days a
     * week"), when ("how many days until") or a conversion ("how many hours in a week").
     */
    private static boolean countsTime(TextFeatures f, int k) {
        List<String> words = f.words;
        if (k >= words.size() || !isTimeUnit(words.get(k))) {
            return false;
        }
        for (int m = k + 1; m < words.size(); m++) {
            String w = words.get(m);
            if (UNTIL.contains(w) || QuantityReader.PERIOD_WORDS.contains(w) || (w.equals("a") || w.equals("an"))
                    && m + 1 < words.size() && Lexicon.UNITS.containsKey(words.get(m + 1))) {
                return false; // "how many days until", "how many hours a day"
            }
            if (w.equals("in") && m + 2 < words.size() && isTimeUnit(words.get(m + 2))) {
                return false; // "how many hours are in one week": a conversion
            }
        }
        return true;
    }

    private static boolean isTimeUnit(String w) {
        return Lexicon.UNITS.containsKey(w) && Lexicon.UNITS.get(w).dimension().equals("time");
    }

    /**
     * "how much is it", "how much are they", "how much is a ticket": a price, not an amount of something. A
     * question that ends in a unit ("how much is a gallon") asks an amount.
     */
    private static boolean asksPrice(TextFeatures f, int how) {
        List<String> words = f.words;
        if (how + 3 >= words.size() || !LINKING_VERBS.contains(words.get(how + 2))) {
            return false;
        }
        String subject = words.get(how + 3);
        if (PRONOUNS.contains(subject)) {
            return true;
        }
        int last = how + 3 + (TextFeatures.ARTICLES.contains(subject) || subject.equals("my") || subject.equals("one") ? 1 : 0);
        return last == words.size() - 1 && !Lexicon.UNITS.containsKey(words.get(last))
                && !Lexicon.STOPWORDS.contains(words.get(last)) && !TextFeatures.NUMBER.matcher(words.get(last)).matches();
    }

    /** Whether word {@code i} starts a sentence or clause, possibly after greetings and fillers. */
    private static boolean opensClause(TextFeatures f, int i) {
        List<String> words = f.words;
        for (int k = i; k >= 0; k--) {
            if (f.sentenceStart.get(k)) {
                return true;
            }
            if (k < i && !Lexicon.FILLER.contains(words.get(k)) && !words.get(k).equals("and")
                    && !words.get(k).equals("or") && !words.get(k).equals("so") && !words.get(k).equals("but")) {
                return false;
            }
        }
        return true;
    }}
