package io.semanticrouter.verify;

import java.util.List;
import java.util.Set;

/**
 * The added-words check of the {@link Rule#SCOPE} family, for short follow-ups: refuses a question that holds
 * every content word of the other and adds words that change what is asked.
 * <ul>
 *   <li>a noun or adjective modifying a shared noun ("Can I give her water?" / "Can I give her coconut
 *       water?");</li>
 *   <li>another item joined to a shared one ("Can I skip the eggs?" / "Can I skip the eggs and milk?");</li>
 *   <li>a state added after a shared word at the end ("How long will it keep?" / "How long will it keep
 *       frozen?").</li>
 * </ul>
 * Words that only add colour, or stand for a pronoun of the other question ("Can I freeze it?" / "Can I freeze
 * the soup?"), are not counted.
 */
final class AddedWords {

    /**
     * Content words {@code x} adds to short {@code y}, when {@code x} holds every content word of {@code y} and
     * the added ones modify or join a shared word: nouns or adjectives before a shared noun, after a function word
     * or pronoun unless the first is no verb ("give her water" / "give her coconut water"; "use oil" / "use extra
     * virgin oil") or another item after "and"/"or" ("skip the eggs" / "skip the eggs and milk"). Then
     * {@code x} asks a narrower or different question. Words that only add colour (evaluative words, fillers
     * such as "exactly", numbers, words asking the aspect) do not count, and no words count when they stand for
     * a pronoun of {@code y} ("Can I freeze it?" / "Can I freeze the soup?"): they restate the context. Other
     * added words ("how many coats" / "how many coats of paint") mostly restate the context too. A pro-form
     * ("which are the main ones") is never an added word.
     */
    static Verdict addedWords(TextFeatures x, TextFeatures y, String which) {
        boolean contained = x.contentStems.containsAll(y.contentStems);
        boolean tiny = x.contentWords.size() <= MAX_JOINED_WORDS && y.contentWords.size() <= MAX_JOINED_WORDS;
        if (y.contentStems.isEmpty() || x.contentWords.size() > Words.MAX_SUBSTITUTION_WORDS + 1 || !contained && !tiny) {
            return null;
        }
        // fewer pronouns or another predicate: the added words may restate the context, except another item joined
        // to a shared one in a very short question ("What glue holds it?" / "What glue and clamps do I need?")
        boolean onlyJoined = !contained || referring(y) > referring(x);
        List<String> w = x.words;
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            if (!Words.content(word) || Persons.REFERRING.contains(word) || y.contentStems.contains(TextFeatures.stem(word))
                    || colourOnly(word, x) || lightVerb(w, i, y)) {
                // a pro-form ("the main ones") stands for a shared word, it adds none
                continue;
            }
            boolean modifier = !onlyJoined && (i == 0 || !Words.content(w.get(i - 1)) || Persons.REFERRING.contains(w.get(i - 1))
                    || !WordNet.get().verb(word)) && modifiesShared(w, i, y); // "stretches ease lower back pain"
            int k = i - 1;
            while (k >= 0 && (TextFeatures.isArticle(w.get(k)) || w.get(k).equals("my") || w.get(k).equals("some"))) {
                k--;
            }
            boolean joined = k >= 1 && JOINING.contains(w.get(k)) && shared(w.get(k - 1), y)
                    && (!onlyJoined || !Words.adjectiveOnly(word) && joinedItem(x, y, word)); // "weirdest and useless"
            if (modifier || joined || !onlyJoined && addedState(w, i, y)) {
                return Verdict.reject(Rule.SCOPE, "adds '" + word + "' in the " + which + " question");
            }
        }
        return null;
    }

    /**
     * Whether {@code word}, joined to a shared word in {@code x} ("the paper and the developer"), is another item
     * even though the questions differ elsewhere too: it stands for no pronoun of {@code y} ({@code x} has as many)
     * and for none of the words only {@code y} has.
     */
    private static boolean joinedItem(TextFeatures x, TextFeatures y, String word) {
        for (String v : y.contentWords) {
            if (!x.contentStems.contains(TextFeatures.stem(v)) && Words.interchangeable(word, v)) {
                return false;
            }
        }
        return true;
    }

    /** Questions of at most this many content words may add a joined item while their predicates differ. */
    private static final int MAX_JOINED_WORDS = 3;

    /** Verbs that lend their place to a noun naming the act ("set prices" for "price", "give her a call"). */
    static final Set<String> LIGHT_VERBS = Set.of("set", "sets", "setting", "make", "makes", "making",
            "give", "gives", "giving", "do", "does", "doing", "have", "has", "having");

    /**
     * Whether the word at {@code i} is a light verb whose noun, after an article or pronoun, is a word {@code y}
     * uses as its verb ("How should I set prices for my mugs?" / "How should I price my mugs?").
     */
    private static boolean lightVerb(List<String> w, int i, TextFeatures y) {
        if (!LIGHT_VERBS.contains(w.get(i))) {
            return false;
        }
        for (int k = i + 1; k < w.size() && k <= i + 3; k++) {
            String next = w.get(k);
            if (Words.content(next) && !Persons.REFERRING.contains(next)) {
                String after = k + 1 < w.size() ? w.get(k + 1) : "";
                return y.contentStems.contains(TextFeatures.stem(next)) && WordNet.get().verb(next)
                        && !Scope.ADVERB_PARTICLES.contains(after); // "make the paint come off" is no painting
            }
        }
        return false;
    }

    /** Words that join another item to a shared one ("the eggs and milk", "all of them plus my car loan"). */
    private static final Set<String> JOINING = Set.of("and", "or", "plus");

    /** Whether {@code w} is a content word {@code y} has, or a pronoun {@code y} uses too ("them"). */
    private static boolean shared(String w, TextFeatures y) {
        return Words.content(w) ? y.contentStems.contains(TextFeatures.stem(w)) : Persons.REFERRING.contains(w) && y.words.contains(w);
    }

    /** Words that restate "can", "should" or "need" rather than a condition ("Is bringing my dog allowed?"). */
    static final Set<String> MODAL_STATES = Set.of("allowed", "permitted", "possible", "ok", "okay", "fine",
            "legal", "acceptable", "advisable", "recommended", "necessary", "required", "needed", "worth", "wise");

    /**
     * Whether the added word at {@code i} ends the question and states a condition of a shared word before it: an
     * adjective or a past participle ("How long will it keep frozen?", "Can I eat it raw?"), not a word that is
     * also an adverb and no noun ("mixed together").
     */
    private static boolean addedState(List<String> w, int i, TextFeatures y) {
        if (i == 0 || i != w.size() - 1 || !shared(w.get(i - 1), y) || MODAL_STATES.contains(w.get(i))) {
            return false;
        }
        String pos = WordNet.get().partsOfSpeech(w.get(i));
        if (pos != null && pos.indexOf('r') >= 0 && pos.indexOf('n') < 0) {
            return false; // an adverb too: "mixed together", "do it again"
        }
        return pos != null && pos.indexOf('a') >= 0 || pastParticiple(w.get(i));
    }

    /** A regular past participle of a WordNet verb ("managed", "frozen"), which may modify a noun. */
    static boolean pastParticiple(String w) {
        if (w.length() < 5 || !w.endsWith("ed") && !w.endsWith("en")) {
            return false;
        }
        for (String b : WordNet.baseForms(w)) {
            String pos = b.equals(w) ? null : WordNet.get().partsOfSpeech(b);
            if (pos != null && pos.indexOf('v') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Longest run of added modifiers before a shared noun ("extra virgin olive oil"). */
    static final int MAX_ADDED_MODIFIERS = 3;

    /**
     * Whether {@code words} from {@code i} are up to three added nouns or adjectives and then a noun {@code y}
     * has ("coconut water", "extra virgin oil"), or "one"/"ones" standing for what a pronoun of {@code y} names
     * ("cook them" / "cook frozen ones").
     */
    private static boolean modifiesShared(List<String> words, int i, TextFeatures y) {
        WordNet wn = WordNet.get();
        for (int j = i; j < words.size() && j < i + MAX_ADDED_MODIFIERS + 1; j++) {
            String w = words.get(j);
            if (j > i && (w.equals("one") || w.equals("ones"))) {
                return referring(y) > 0;
            }
            if (!Words.content(w)) {
                return false;
            }
            if (y.contentStems.contains(TextFeatures.stem(w))) {
                // after an article a shared word WordNet holds only as a verb is a noun ("a full capsize")
                return j > i && (wn.noun(w) || i > 0 && TextFeatures.isArticle(words.get(i - 1))
                        && "v".equals(wn.partsOfSpeech(w)));
            }
            if (!wn.modifier(w) && !(j == i && pastParticiple(w))) { // "a managed switch"
                return false;
            }
        }
        return false;
    }

    private static int referring(TextFeatures t) {
        int n = 0;
        for (String w : t.words) {
            n += Persons.REFERRING.contains(w) ? 1 : 0;
        }
        return n;
    }

    /** Whether an added word only adds colour: evaluative, a filler, a number or a word asking the aspect. */
    private static boolean colourOnly(String w, TextFeatures t) {
        return Lexicon.EVALUATIVE.contains(w) || Lexicon.ADDED_FILLERS.contains(w) || Lexicon.FILLER.contains(w)
                || Lexicon.VAGUE_QUALIFIERS.contains(w)
                || Lexicon.NUMBER_WORDS.containsKey(w) || w.chars().anyMatch(Character::isDigit)
                || t.askingWords.contains(w) || Lexicon.ASPECT_WORDS.containsKey(w) || w.endsWith("ly")
                || w.equals("then") && t.words.get(t.words.size() - 1).equals(w); // "How do I do it then?"
    }

    private AddedWords() {
    }
}
