package io.semanticrouter.verify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link LexicalHitVerifier} reads from one question: normalised words, negations, quantities, dates,
 * named things, question aspects and ordered argument pairs. Built once per text in a few microseconds;
 * immutable after construction.
 */
final class TextFeatures {

    private static final Pattern DIGIT_LETTER = Pattern.compile("(?<![\\p{L}\\d.])(\\d+)(?=[a-zA-Z°%$€£¥₹])");
    private static final Pattern SYMBOL_DIGIT = Pattern.compile("([$€£¥₹])(?=\\d)");
    private static final Pattern THOUSANDS = Pattern.compile("(\\d),(?=\\d{3}\\b)");
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{N}'.+#]*[\\p{L}\\p{N}+#]|[\\p{L}\\p{N}]|[$€£¥₹%]|->|→|[.?!;:,]");
    private static final Pattern SHORT_HYPHEN = Pattern.compile("\\b(\\p{L}{1,2})-(\\p{L}{2,})\\b");
    private static final Pattern PREFIX_HYPHEN = Pattern.compile(
            "(?i)\\b(anti|non|over|under|hyper|hypo|counter)-(\\p{L}{3,})\\b");
    private static final Set<String> LINKING_VERBS = Set.of("is", "are", "was", "were", "be");
    private static final Set<String> PRONOUNS = Set.of("it", "that", "this", "they", "these", "those", "one");
    private static final Set<String> FOREIGN_FUNCTION_WORDS = Set.of("der", "die", "das", "und", "ist", "ein", "eine",
            "nicht", "wie", "ich", "le", "la", "les", "est", "et", "une", "des", "el", "los", "las", "es", "y", "que",
            "het", "een", "niet", "il", "di", "che", "um", "uma", "não");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being",
            "get", "gets", "got", "gotten");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Prepositions that may open a phrase put in front of a question ("In Kotlin, ..."). */
    private static final Set<String> FRONTING = Set.of("in", "for", "on", "with", "using", "at", "from", "within",
            "inside", "during", "without", "under", "via");
    /** Longest phrase read as put in front, in words. */
    private static final int MAX_FRONTED_WORDS = 5;
    private static final Set<String> FAIL = Set.of("fail", "fails", "failed", "failing");
    private static final Set<String> DEMONSTRATIVES = Set.of("those", "these", "both");
    /** Words after "how" that ask an aspect ("how much", "how long", "how often"). */
    private static final Set<String> ASKING_WORDS = Set.of("much", "many", "long", "often", "soon");
    private static final Set<String> UNTIL = Set.of("until", "till", "til", "before");
    /** Words before a time unit that make it the period of a frequency ("each day", "per week"). */
    private static final Set<String> PERIOD_WORDS = Set.of("each", "every", "per");
    private static final Set<String> SYMMETRIC_GLUE = Set.of("a", "an", "the", "or", "and", "vs", "versus", "&");
    private static final Pattern INFLECTION = Pattern.compile("(ed|d|es|s)$");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(st|nd|rd|th)");
    private static final Pattern IDENTIFIER = Pattern.compile(".*\\p{L}.*\\d.*|.*\\d.*\\p{L}.*|.*[+#].*|.+\\..+");
    private static final Set<String> BROKEN_CONTRACTIONS = Set.of("cant", "dont", "doesnt", "isnt", "didnt",
            "shouldnt", "wouldnt", "couldnt", "arent", "wasnt", "werent", "havent", "hasnt", "wont", "aint");

    /**
     * A number, with its unit when one follows; {@code period} when it is the period of a frequency ("three
     * times a week").
     */
    record Quantity(String key, boolean dateOrVersion, String shown, boolean period) {
    }

    final List<String> words = new ArrayList<>();
    final Set<String> stems = new HashSet<>();
    int negations;
    /** For each negation, the stem of the first content word after it ("" when none). */
    final List<String> negatedWords = new ArrayList<>();
    final List<Quantity> quantities = new ArrayList<>();
    final Set<String> units = new LinkedHashSet<>();
    final Set<String> dates = new LinkedHashSet<>();
    final Set<String> entities = new LinkedHashSet<>();
    final Set<String> aspects = new LinkedHashSet<>();
    boolean method;
    /** Asks what something is ("what is", "meaning of"); an aspect only when no other aspect is asked. */
    boolean definition;
    /** "marker NUL left NUL right" for argument pairs around direction markers. */
    final Set<String> directedPairs = new HashSet<>();
    /** Words that ask an aspect rather than name a thing ("much" of "how much", "times" of "how many times"). */
    final Set<String> askingWords = new HashSet<>();
    /** Whether the question is in the passive voice ("is the earth orbited by the moon", "how is GDP measured"). */
    boolean passive;
    /**
     * Whether the question names a symmetric relation ("similar", "compatible", "married"), so its two sides
     * may change places.
     */
    boolean symmetric;
    /** Content words (no stop words, fillers or markers) in order. */
    final List<String> contentWords = new ArrayList<>();
    String source;
    String destination;
    final Set<String> timeSensitive = new LinkedHashSet<>();
    /** How many verbs of stopping or preventing the question uses ("stop", "prevent", "turn off"). */
    int stopping;
    /** Properties asked about: WordNet property nouns, and the attribute of "how tall is" and the like. */
    final Set<String> properties = new LinkedHashSet<>();
    /** Qualifier phrases ("without external libraries", "quickly"): the stems of their content words. */
    final List<List<String>> qualifiers = new ArrayList<>();
    /**
     * How many of the first {@link #contentWords} belong to a phrase put in front of the question and closed by a
     * comma ("In CSS, how do I ...": 1); 0 when there is none.
     */
    int frontedContent;
    /** The index in {@link #words} after a phrase put in front ("In CSS,"), 0 when there is none. */
    private int frontedEnd;
    /** Stems of {@link #contentWords}. */
    final Set<String> contentStems = new HashSet<>();
    final String normalized;
    /** Indices in {@link #words} of the words right after a comma. */
    final Set<Integer> afterComma = new HashSet<>(2);
    /** Whether a sentence ends before the last word ("How do I ...? Which book ...?"). */
    boolean severalSentences;
    /** How many words came before the first full stop, question or exclamation mark; -1 before one is read. */
    private int firstStop = -1;
    /** Words written as a possessor with "'s" ("my friend's car": "friend"), pronouns and question words left out. */
    final Set<String> possessorNames = new HashSet<>(2);

    private final List<Boolean> capitalised = new ArrayList<>();
    private final List<Boolean> sentenceStart = new ArrayList<>();

    TextFeatures(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('’', '\'').replace('‘', '\'');
        if (hasAsciiDigit(t)) { // each of these three needs a digit (\d is ASCII here): most questions skip them
            t = THOUSANDS.matcher(t).replaceAll("$1");
            t = SYMBOL_DIGIT.matcher(t).replaceAll("$1 ");
            t = DIGIT_LETTER.matcher(t).replaceAll("$1 ");
        }
        t = t.replace(".NET", " dotnet ").replace(".net ", " dotnet ");
        if (t.indexOf('-') >= 0) {
            t = SHORT_HYPHEN.matcher(t).replaceAll("$1$2"); // wi-fi -> wifi, e-mail -> email
            t = PREFIX_HYPHEN.matcher(t).replaceAll("$1$2"); // non-renewable -> nonrenewable
        }
        tokenize(withoutCourtesy(t));
        severalSentences = firstStop >= 0 && firstStop < words.size();
        normalized = String.join(" ", words);
        joinMultiwordNames();
        readFeatures();
    }

    /**
     * Whether a word has the shape of an identifier ({@link #IDENTIFIER}) and is no plain number. Every alternative of
     * that pattern needs a digit, '+', '#' or '.', so a word without any of them (most words) skips both patterns:
     * the same answer, for a fraction of the cost (they took about a tenth of a verification).
     */
    static boolean identifierWord(String w) {
        boolean mark = false;
        for (int i = 0; i < w.length() && !mark; i++) {
            char c = w.charAt(i);
            mark = c >= '0' && c <= '9' || c == '+' || c == '#' || c == '.';
        }
        return mark && IDENTIFIER.matcher(w).matches() && !NUMBER.matcher(w).matches();
    }

    /**
     * {@code w} without a final "ed", "d", "es" or "s": what {@code INFLECTION.matcher(w).replaceFirst("")} gives,
     * without the pattern (the earliest match ends the word, so a word ending in "ed" or "es" loses two letters, one
     * ending in "d" or "s" one). A word ending in a line terminator, before which '$' also matches, goes to the
     * pattern.
     */
    static String withoutInflection(String w) {
        int n = w.length();
        if (n == 0) {
            return w;
        }
        char last = w.charAt(n - 1);
        if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return INFLECTION.matcher(w).replaceFirst("");
        }
        if (last != 'd' && last != 's') {
            return w;
        }
        return n >= 2 && w.charAt(n - 2) == 'e' ? w.substring(0, n - 2) : w.substring(0, n - 1);
    }

    private static boolean hasAsciiDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    // --- tokenizing ---

    /**
     * A leading sentence of courtesy: a greeting, thanks or an apology up to the first full stop, colon,
     * exclamation mark, ", but" or a comma before a question word ("Hello, apologies for the basic question: ...",
     * "Thanks for your time. ...", "Sorry for the silly question, but ...", "Apologies for the newbie question,
     * how do I ..."); a bare "Morning!" greets too.
     */
    private static final Pattern COURTESY = Pattern.compile(
            "^\\s*(?:(?:hi|hello|hey|greetings|good (?:morning|afternoon|evening)|(?:morning|afternoon|evening)(?=!)"
                    + "|thanks|thank you|many thanks|apologies|sorry|excuse me)\\b[^.:!?]{0,80}(?:[.:!]|,\\s*but\\b"
                    + "|,(?=\\s*(?:how|what|why|where|which|who|can|could|should|is|are|do|does)\\b))\\s*)+",
            Pattern.CASE_INSENSITIVE);

    /** The text without a leading sentence of courtesy, when a question of some words follows it. */
    private static String withoutCourtesy(String t) {
        Matcher m = COURTESY.matcher(t);
        if (m.find() && t.length() - m.end() >= 10) {
            return t.substring(m.end());
        }
        return t;
    }

    private void tokenize(String t) {
        Matcher m = TOKEN.matcher(t);
        boolean start = true;
        while (m.find()) {
            String raw = m.group();
            if (raw.length() == 1 && ".?!;:,".indexOf(raw.charAt(0)) >= 0) {
                if (raw.equals(",")) {
                    afterComma.add(words.size());
                } else if (!words.isEmpty() && ".?!".indexOf(raw.charAt(0)) >= 0 && firstStop < 0) {
                    firstStop = words.size();
                }
                if (raw.equals(",") && frontedEnd == 0 && !words.isEmpty() && words.size() <= MAX_FRONTED_WORDS
                        && FRONTING.contains(words.get(0))) {
                    frontedEnd = words.size(); // "In CSS, how do I ...", "For doubles, what are ..."
                }
                start = start || raw.charAt(0) != ',';
                continue;
            }
            boolean cap = Character.isUpperCase(raw.codePointAt(0)) || hasInnerUpper(raw);
            String lower = raw.toLowerCase(Locale.ROOT);
            if ((lower.endsWith("'s") || lower.endsWith("s'")) && lower.length() > 3) {
                String owner = lower.substring(0, lower.indexOf('\''));
                if (!Lexicon.STOPWORDS.contains(owner)) {
                    possessorNames.add(owner); // "friend's"; "it's", "what's", "he's" are contractions
                }
            }
            for (String w : expand(raw)) {
                add(w, cap, start);
                start = false;
                cap = false; // the "not" of "Can't" is not a name
            }
        }
    }

    /** Expands contractions: "can't" -> can not, "doesn't"/"doesnt" -> does not, "it's" -> it. */
    private static List<String> expand(String raw) {
        String w = raw.toLowerCase(Locale.ROOT);
        if (w.endsWith("n't") || BROKEN_CONTRACTIONS.contains(w)) {
            String base = w.endsWith("n't") ? w.substring(0, w.length() - 3) : w.substring(0, w.length() - 2);
            base = switch (base) {
                case "ca" -> "can";
                case "wo" -> "will";
                case "ai", "" -> "is";
                default -> base;
            };
            return List.of(base, "not");
        }
        if (w.equals("cannot")) {
            return List.of("can", "not");
        }
        int apostrophe = w.indexOf('\'');
        if (apostrophe > 0) {
            w = w.substring(0, apostrophe);
        }
        Matcher ord = ORDINAL.matcher(w);
        if (ord.matches()) {
            w = ord.group(1);
        }
        return List.of(w);
    }

    private static boolean hasInnerUpper(String raw) {
        for (int i = 1; i < raw.length(); i++) {
            if (Character.isUpperCase(raw.charAt(i)) && Character.isLowerCase(raw.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private void add(String w, boolean cap, boolean start) {
        words.add(w);
        capitalised.add(cap);
        sentenceStart.add(start);
    }

    /** Joins names of several words ("new york", "sql server") into one token, longest first. */
    private void joinMultiwordNames() {
        for (int i = 0; i < words.size(); i++) {
            List<String[]> candidates = Lexicon.MULTIWORD.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            for (String[] name : candidates) {
                if (i + name.length > words.size()) {
                    continue;
                }
                boolean match = true;
                for (int k = 1; k < name.length && match; k++) {
                    match = words.get(i + k).equals(name[k]);
                }
                if (match) {
                    words.set(i, String.join(" ", name));
                    for (int k = 1; k < name.length; k++) {
                        words.remove(i + 1);
                        capitalised.remove(i + 1);
                        sentenceStart.remove(i + 1);
                    }
                    break;
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String canonical = Lexicon.ENTITY_ALIASES.get(words.get(i));
            if (canonical != null) {
                words.set(i, canonical);
            }
        }
    }

    // --- features ---

    private void readFeatures() {
        int n = words.size();
        boolean useCapitals = capitalsAreMeaningful();
        boolean[] consumed = new boolean[n];
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            if (!Lexicon.FILLER.contains(w)) {
                stems.add(stem(w));
            }
            if (Lexicon.NEGATIONS.contains(w) || FAIL.contains(w) && i + 1 < n && words.get(i + 1).equals("to")) {
                negations++; // "fails to start" says "does not start"
                negatedWords.add(nextContentWord(i));
            }
            if (Lexicon.TIME_SENSITIVE.contains(w)) {
                timeSensitive.add(w);
            }
            readAspect(i, w);
            if (!consumed[i]) {
                i = readQuantity(i, consumed);
            }
        }
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            if (consumed[i]) {
                continue;
            }
            Lexicon.Unit unit = Lexicon.UNITS.get(w);
            if (unit != null && !Lexicon.UNITS_ONLY_AFTER_NUMBERS.contains(w)) {
                units.add(unit.dimension() + ":" + unit.name());
            }
            if (isDate(i)) {
                dates.add(w);
            }
            if (Lexicon.ENTITY_ALIASES.containsKey(w)
                    || (useCapitals && capitalised.get(i) && !sentenceStart.get(i) && w.length() > 1
                    && !Lexicon.STOPWORDS.contains(w) && !Lexicon.FILLER.contains(w) && !Lexicon.DATE_WORDS.contains(w)
                    && !Lexicon.UNITS.containsKey(w))
                    || identifierWord(w)) {
                entities.add(w);
            }
        }
        if (aspects.contains("quantity") && quantities.stream().anyMatch(Quantity::period)) {
            aspects.remove("quantity"); // "how many walks a day" asks how often
            aspects.add("frequency");
        }
        if (definition && aspects.isEmpty()) {
            aspects.add("definition");
        }
        readDirections();
        readOrder();
        readVoiceAndSymmetry();
        for (String w : contentWords) {
            contentStems.add(stem(w));
        }
        readStoppingAndProperties();
        readQualifiers();
        if (!properties.isEmpty()) {
            aspects.remove("definition"); // "what is the weight of" asks the weight, not what weight is
        }
    }

    /**
     * Counts verbs of stopping ("stop", "turn off", "keep ... from", "cut out", "give up") and reads the properties
     * asked about.
     */
    /** Verbs of cleaning that remove what they take "off" or "away" ("clean the rust off", "wash it away"). */
    private static final Set<String> CLEANING = Set.of("clean", "wipe", "scrape", "wash", "scrub", "brush", "rinse",
            "rub", "peel", "strip", "sand");
    private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "its", "our", "their");

    /**
     * Whether the "-ed" form at {@code i} describes the state of a thing rather than an act of stopping: it
     * follows an article, a possessive or a content word ("a drain blocked with hair", "my blocked drain",
     * "recover deleted files"), not an auxiliary or a subject ("is blocked", "I blocked").
     */
    private boolean describesState(int i) {
        if (i == 0 || !words.get(i).endsWith("ed")) {
            return false;
        }
        String before = words.get(i - 1);
        return ARTICLES.contains(before) || POSSESSIVES.contains(before)
                || !Lexicon.STOPWORDS.contains(before) && !Lexicon.FILLER.contains(before)
                && !Lexicon.NEGATIONS.contains(before);
    }

    private void readStoppingAndProperties() {
        WordNet wn = WordNet.get();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            List<String> after = words.subList(i + 1, Math.min(words.size(), i + 5));
            if (wn.stopping(w) && !describesState(i)
                    || (next.equals("off") && (stem(w).equals("turn") || stem(w).equals("switch") || stem(w).equals("shut")))
                    || CLEANING.contains(w) && (after.contains("off") || after.contains("away"))
                    || (stem(w).equals("get") && (next.equals("rid") || after.contains("out") || after.contains("off")))
                    || (stem(w).equals("cut") && next.equals("out")) || (stem(w).equals(stem("give")) && next.equals("up"))
                    || (stem(w).equals("keep") && after.contains("from"))) {
                stopping++;
            }
            String property = Lexicon.STOPWORDS.contains(w) ? null : wn.property(w);
            if (property != null) {
                properties.add(property);
            }
            if (w.equals("how") && i + 2 < words.size() && LINKING_VERBS.contains(words.get(i + 2))) {
                properties.addAll(wn.attributesOf(next)); // "how tall is": height
            }
        }
    }

    /**
     * Qualifier phrases: the content words after a marker ("without", "using", "for", "in"...), "at" after a content
     * word ("from the station late at night"; not "I'm at my wits' end") or a relative word or a participle after a noun
     * ("that share global flags", "indexed by a key") up to the next marker, and adverbs of manner ("quickly",
     * "asynchronously"). Vague ones ("in advance") are left out.
     */
    private void readQualifiers() {
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() >= 6 && w.endsWith("ly") && !Lexicon.NOT_MANNER.contains(w) && !Lexicon.FILLER.contains(w)) {
                qualifiers.add(List.of(stem(w)));
                continue;
            }
            boolean participle = participleAfterNoun(i);
            String before = words.get(i - 1);
            boolean at = w.equals("at") && !Lexicon.STOPWORDS.contains(before) && !Lexicon.FILLER.contains(before);
            if (!Lexicon.QUALIFIER_MARKERS.contains(w) && !relativeClause(i) && !participle && !at) {
                continue;
            }
            List<String> phrase = new ArrayList<>(3);
            if (participle) {
                phrase.add(stem(w)); // "indexed by an enum": the participle is part of what qualifies
            }
            boolean vague = false;
            for (int k = i + 1; k < words.size() && k <= i + 5 && !Lexicon.QUALIFIER_MARKERS.contains(words.get(k)); k++) {
                String x = words.get(k);
                if (!Lexicon.STOPWORDS.contains(x) && !Lexicon.FILLER.contains(x) && !Lexicon.NEGATIONS.contains(x)) {
                    phrase.add(stem(x));
                    vague |= Lexicon.VAGUE_QUALIFIERS.contains(x);
                }
            }
            if (!phrase.isEmpty() && !vague) {
                qualifiers.add(phrase);
            }
        }
    }

    /** Prepositions after which a participle following a noun opens a reduced relative clause. */
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "with", "from", "in", "on", "for", "at",
            "as", "into", "to", "under", "over");

    /**
     * Whether the word at {@code i} is a past participle right after a noun and before a preposition ("an array
     * indexed by an enum", "files shared with a group"): a reduced relative clause that qualifies the noun.
     */
    private boolean participleAfterNoun(int i) {
        String before = words.get(i - 1);
        String w = words.get(i);
        return i + 2 < words.size() && (w.endsWith("ed") || w.endsWith("en"))
                && PARTICIPLE_PREPOSITIONS.contains(words.get(i + 1)) && !Lexicon.STOPWORDS.contains(before)
                && !Lexicon.FILLER.contains(before) && !AddedWords.MODAL_STATES.contains(w)
                && WordNet.get().noun(before) && AddedWords.pastParticiple(w);
    }

    /** Words that open a relative clause after a noun ("subcommands that share global flags"). */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whose", "where");

    /** Whether the word at {@code i} opens a relative clause: a relative word right after a content word. */
    private boolean relativeClause(int i) {
        String before = words.get(i - 1);
        return RELATIVES.contains(words.get(i)) && !Lexicon.STOPWORDS.contains(before) && !Lexicon.FILLER.contains(before)
                && WordNet.get().noun(before);
    }

    private String nextContentWord(int i) {
        for (int k = i + 1; k < words.size() && k <= i + 4; k++) {
            String w = words.get(k);
            if (!Lexicon.STOPWORDS.contains(w) && !Lexicon.FILLER.contains(w) && !Lexicon.NEGATIONS.contains(w)) {
                return stem(w);
            }
        }
        return "";
    }

    /** Whether {@code x} and {@code y} are joined by a symmetric "and"/"or"/"vs" ("a fruit or a vegetable"). */
    boolean joinedSymmetrically(String x, String y) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equals(x) && !words.get(i).equals(y)) {
                continue;
            }
            String other = words.get(i).equals(x) ? y : x;
            int k = i + 1;
            boolean conjunction = false;
            while (k < words.size() && SYMMETRIC_GLUE.contains(words.get(k))) {
                conjunction |= !ARTICLES.contains(words.get(k)); // "a square or a rectangle", not "a square a rectangle"
                k++;
            }
            if (conjunction && k < words.size() && words.get(k).equals(other)) {
                return true;
            }
        }
        return false;
    }

    /** Whether word {@code i} starts a sentence or clause, possibly after greetings and fillers. */
    private boolean opensClause(int i) {
        for (int k = i; k >= 0; k--) {
            if (sentenceStart.get(k)) {
                return true;
            }
            if (k < i && !Lexicon.FILLER.contains(words.get(k)) && !words.get(k).equals("and")
                    && !words.get(k).equals("or") && !words.get(k).equals("so") && !words.get(k).equals("but")) {
                return false;
            }
        }
        return true;
    }

    /** Capitals mark names only in ordinary English sentence case (not Title Case, not German nouns). */
    private boolean capitalsAreMeaningful() {
        int caps = 0;
        for (int i = 0; i < words.size(); i++) {
            if (capitalised.get(i) && !sentenceStart.get(i)) {
                caps++;
            }
        }
        int n = words.size();
        int foreign = 0;
        for (String w : words) {
            if (FOREIGN_FUNCTION_WORDS.contains(w)) {
                foreign++;
            }
        }
        return foreign < 2 && caps * 2 <= n;
    }

    private boolean isDate(int i) {
        String w = words.get(i);
        if (i > 0 && words.get(i - 1).equals("good")) {
            return false; // "good morning"
        }
        if (Lexicon.AMBIGUOUS_MONTHS.contains(w)) {
            boolean nearNumber = (i > 0 && NUMBER.matcher(words.get(i - 1)).matches())
                    || (i + 1 < words.size() && NUMBER.matcher(words.get(i + 1)).matches());
            return nearNumber || (capitalised.get(i) && !sentenceStart.get(i));
        }
        return Lexicon.DATE_WORDS.contains(w);
    }

    private void readAspect(int i, String w) {
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        if (Lexicon.QUESTION_WORDS.contains(w) && !opensClause(i)) {
            return; // "when the airline cancels": a conjunction, not the question
        }
        if (w.equals("what") && opensClause(i)) {
            String after = i + 2 < words.size() ? words.get(i + 2) : "";
            if (next.equals("is") || next.equals("are") || next.equals("does") && (words.contains("mean") || words.contains("do"))) {
                definition = true;
            }
            if ((next.equals("can") || next.equals("should")) && after.equals("i")) {
                method = true; // "what can I do"
            }
        }
        if (w.equals("how")) {
            String after = i + 2 < words.size() ? words.get(i + 2) : "";
            if (ASKING_WORDS.contains(next)) {
                askingWords.add(next); // "how much": the aspect says what is asked
                if (next.equals("many") && after.equals("times")) {
                    askingWords.add(after);
                }
            }
            switch (next) {
                case "much" -> aspects.add(after.equals("time") ? "duration" : asksPrice(i) ? "cost" : "quantity");
                case "long" -> aspects.add(UNTIL.contains(after) ? "when" : "duration"); // "how long until": when
                case "many" -> aspects.add(after.equals("times") ? "frequency" : countsTime(i + 2) ? "duration" : "quantity");
                case "often" -> aspects.add("frequency");
                case "soon" -> aspects.add("when");
                case "old" -> aspects.add("age");
                case "to", "do", "can", "should", "would", "could", "does" -> method = true;
                default -> readAttributeAsked(next);
            }
            return;
        }
        if (w.equals("meaning") || w.equals("define") || w.equals("definition")) {
            definition = true;
        }
        if ((w.equals("way") || w.equals("ways")) && next.equals("to") || w.equals("steps") || w.equals("guide")
                || w.equals("tutorial")) {
            method = true;
        }
        if (w.equals("number") && next.equals("of")) {
            aspects.add(countsTime(i + 2) ? "duration" : "quantity"); // "a good number of minutes to talk"
        }
        if (w.equals("side") && (next.equals("effects") || next.equals("effect"))) {
            aspects.add("cons");
        }
        String aspect = Lexicon.ASPECT_WORDS.get(w);
        if (aspect == null) {
            aspect = Lexicon.ASPECT_WORDS.get(withoutInflection(w)); // "treated", "causes"
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

    /**
     * "how big", "how deep", "how fast": the attribute the adjective after "how" gives a value of (size, depth,
     * speed) is the aspect asked, and the adjective only asks it. Evaluative adjectives ("how good") and adjectives
     * WordNet gives no attribute of ask nothing this way.
     */
    private void readAttributeAsked(String next) {
        String pos = WordNet.get().partsOfSpeech(next);
        if (pos == null || pos.indexOf('a') < 0 || Lexicon.EVALUATIVE.contains(next)) {
            return;
        }
        Set<String> attributes = WordNet.get().attributesOf(next);
        if (!attributes.isEmpty()) {
            aspects.add(new java.util.TreeSet<>(attributes).first());
            askingWords.add(next);
        }
    }

    /**
     * Whether word {@code k} is a unit of time and the question asks how long ("how many weeks will it take",
     * "how many hours should it cook", "a good number of minutes to talk"), not how often ("how many days a
     * week"), when ("how many days until") or a conversion ("how many hours in a week").
     */
    private boolean countsTime(int k) {
        if (k >= words.size() || !isTimeUnit(words.get(k))) {
            return false;
        }
        for (int m = k + 1; m < words.size(); m++) {
            String w = words.get(m);
            if (UNTIL.contains(w) || PERIOD_WORDS.contains(w) || (w.equals("a") || w.equals("an"))
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
    private boolean asksPrice(int how) {
        if (how + 3 >= words.size() || !LINKING_VERBS.contains(words.get(how + 2))) {
            return false;
        }
        String subject = words.get(how + 3);
        if (PRONOUNS.contains(subject)) {
            return true;
        }
        int last = how + 3 + (ARTICLES.contains(subject) || subject.equals("my") || subject.equals("one") ? 1 : 0);
        return last == words.size() - 1 && !Lexicon.UNITS.containsKey(words.get(last))
                && !Lexicon.STOPWORDS.contains(words.get(last)) && !NUMBER.matcher(words.get(last)).matches();
    }

    /** A number read so far: its value, and the index of the last word it took. */
    private record Amount(double value, int last) {
    }

    /**
     * The number word or digits at {@code i} ("forty two", "half a", "a" before a unit), or null when no number
     * starts there.
     */
    private Amount numberAt(int i, boolean digits) {
        String w = words.get(i);
        double value;
        int j = i;
        if (digits) {
            value = Double.parseDouble(w);
        } else if (Lexicon.NUMBER_WORDS.containsKey(w)) {
            value = Lexicon.NUMBER_WORDS.get(w);
            if (j + 2 < words.size() && (words.get(j + 1).equals("a") || words.get(j + 1).equals("an"))
                    && (Lexicon.UNITS.containsKey(words.get(j + 2)) || Lexicon.MULTIPLIERS.containsKey(words.get(j + 2)))) {
                j++; // "half a liter", "half a dozen"
            }
            if (value >= 20 && value % 10 == 0 && j + 1 < words.size()) {
                Double unitPart = Lexicon.NUMBER_WORDS.get(words.get(j + 1));
                if (unitPart != null && unitPart >= 1 && unitPart < 10 && unitPart == Math.floor(unitPart)) {
                    value += unitPart;
                    j++;
                }
            }
        } else if ((w.equals("a") || w.equals("an") || w.equals("one") || PERIOD_WORDS.contains(w))
                && i + 1 < words.size() && Lexicon.UNITS.containsKey(words.get(i + 1))
                && !Lexicon.UNITS_ONLY_AFTER_NUMBERS.contains(words.get(i + 1))
                && (!PERIOD_WORDS.contains(w) || Lexicon.UNITS.get(words.get(i + 1)).dimension().equals("time"))) {
            value = 1; // "a week", "an hour", "one mile", "each day"
        } else {
            return null;
        }
        return new Amount(value, j);
    }

    /** The number times the multipliers after it ("3 million"), plus a half for "and a half". */
    private Amount withMultipliers(Amount number, boolean digits) {
        double value = number.value();
        int j = number.last();
        while (j + 1 < words.size() && Lexicon.MULTIPLIERS.containsKey(words.get(j + 1))
                && !(words.get(j + 1).equals("m") && digits && j + 2 >= words.size())) {
            value *= Lexicon.MULTIPLIERS.get(words.get(j + 1));
            j++;
        }
        if (!digits && j > number.last()) { // "six hundred (and) fifty"
            int k = j + 1 < words.size() && words.get(j + 1).equals("and") ? j + 2 : j + 1;
            Amount rest = k < words.size() && !words.get(k).equals("half") ? numberAt(k, false) : null;
            if (rest != null && rest.value() >= 1 && rest.value() < value && rest.last() >= k) {
                value += rest.value();
                j = rest.last();
            }
        }
        if (j + 1 < words.size() && (words.get(j + 1).equals("and") || words.get(j + 1).equals("a"))
                && j + 2 < words.size() && words.get(j + 2).equals("half")) {
            value += 0.5; // "two and a half hours"
            j += 2;
        }
        return new Amount(value, j);
    }

    /** Reads a number starting at {@code i} (digits or words, with multiplier and unit); returns the last index used. */
    private int readQuantity(int i, boolean[] consumed) {
        String w = words.get(i);
        boolean digits = NUMBER.matcher(w).matches();
        Amount number = numberAt(i, digits);
        if (number == null) {
            return i;
        }
        Amount amount = withMultipliers(number, digits);
        double value = amount.value();
        int j = amount.last();
        String key;
        String shown = w;
        boolean dateOrVersion = false;
        if (j + 2 < words.size() && (words.get(j + 1).equals("degrees") || words.get(j + 1).equals("degree"))
                && Lexicon.UNITS.containsKey(words.get(j + 2))) {
            j++; // "37 degrees Celsius"
        }
        Lexicon.Unit unit = j + 1 < words.size() ? Lexicon.UNITS.get(words.get(j + 1)) : null;
        boolean unitAfter = unit != null;
        if (unit == null && i > 0 && Lexicon.UNITS.containsKey(words.get(i - 1)) && !consumed[i - 1]
                && Lexicon.UNITS.get(words.get(i - 1)).dimension().equals("currency")) {
            unit = Lexicon.UNITS.get(words.get(i - 1)); // "$ 500"
            consumed[i - 1] = true;
        }
        if (unit != null) {
            if (unitAfter) {
                j++;
            }
            shown = w + " " + unit.name();
            key = unit.factor() > 0
                    ? unit.dimension() + "=" + round(value * unit.factor())
                    : unit.dimension() + ":" + unit.name() + "=" + round(value);
        } else {
            key = "n=" + round(value);
            String prev = i > 0 ? words.get(i - 1) : "";
            dateOrVersion = (digits && value >= 1900 && value <= 2100 && value == Math.floor(value))
                    || Lexicon.VERSION_WORDS.contains(prev) || Lexicon.ENTITY_ALIASES.containsKey(prev)
                    || w.chars().filter(c -> c == '.').count() > 1;
            if (digits && w.contains(".")) {
                key = "n=" + w; // "3.10" and "3.1" are different versions
            }
        }
        if (Lexicon.NUMBER_WORDS.containsKey(w) && unit == null && !digits && value <= 1) {
            return j; // "half", "single" without a unit: too vague to compare
        }
        if (unit == null && !digits && i > 0 && DEMONSTRATIVES.contains(words.get(i - 1))) {
            return j; // "of those two": the things the conversation named, not a quantity asked about
        }
        for (int k = i; k <= j; k++) {
            consumed[k] = true;
        }
        String before = i > 0 ? words.get(i - 1) : "";
        boolean period = unit != null && unit.dimension().equals("time") && value == 1 && (before.equals("times")
                || PERIOD_WORDS.contains(w) || (w.equals("a") || w.equals("an")) && !before.isEmpty()
                && !Lexicon.QUALIFIER_MARKERS.contains(before) && !Lexicon.STOPWORDS.contains(before));
        quantities.add(new Quantity(key, dateOrVersion, shown, period));
        return j;
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /**
     * Ordered argument pairs around "after" and "before": "sow beans after clover" gives (beans, clover), so the
     * same words the other way round ask another question. The words stay content words for the other rules.
     */
    private void readOrder() {
        List<String> content = new ArrayList<>();
        List<Integer> markerAt = new ArrayList<>();
        for (String w : words) {
            if (Lexicon.ORDER_MARKERS.contains(w)) {
                markerAt.add(content.size());
                content.add("|" + w);
            } else if (Lexicon.DIRECTION_MARKERS.contains(w)) {
                content.add("|");
            } else if (!Lexicon.STOPWORDS.contains(w) && !Lexicon.FILLER.contains(w)) {
                content.add(w);
            }
        }
        for (int m : markerAt) {
            List<String> right = new ArrayList<>(2);
            for (int k = m + 1; k < content.size() && right.size() < 2 && !content.get(k).startsWith("|"); k++) {
                right.add(content.get(k));
            }
            for (int k = m - 1; k >= 0 && k >= m - 3 && !content.get(k).startsWith("|"); k--) {
                for (String r : right) {
                    if (!r.equals(content.get(k))) {
                        directedPairs.add(content.get(m).substring(1) + "\u0000" + content.get(k) + "\u0000" + r);
                    }
                }
            }
        }
    }

    /**
     * Ordered argument pairs around direction markers: "Python faster than Java" gives (python, java);
     * "from Madrid to Lisbon" gives source madrid and destination lisbon.
     */
    private void readDirections() {
        List<String> content = new ArrayList<>();
        List<Integer> markerAt = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean marker = Lexicon.DIRECTION_MARKERS.contains(w) || w.equals("->") || w.equals("→");
            if (marker && symmetricBefore(i)) {
                continue; // "similar to", "how far is Paris from London": either side may come first
            }
            if (marker && w.equals("in") && aspects.contains("quantity")) {
                marker = false; // "how many hours in a week" and "a week in hours" ask the same
            }
            if (marker) {
                markerAt.add(content.size());
                content.add("|" + w);
            } else if (!Lexicon.STOPWORDS.contains(w) && !Lexicon.FILLER.contains(w)) {
                content.add(w);
                contentWords.add(w);
                frontedContent += i < frontedEnd ? 1 : 0;
            }
        }
        for (int m : markerAt) {
            String marker = content.get(m).substring(1);
            List<String> right = new ArrayList<>(2);
            for (int k = m + 1; k < content.size() && right.size() < 2; k++) {
                if (content.get(k).startsWith("|")) {
                    break;
                }
                right.add(content.get(k));
            }
            if (right.isEmpty()) {
                continue;
            }
            if (marker.equals("from")) {
                source = right.get(0);
            }
            if ((marker.equals("to") || marker.equals("into") || marker.equals("->") || marker.equals("→"))
                    && destination == null) {
                destination = right.get(0);
            }
            for (int k = m - 1, taken = 0; k >= 0 && taken < 3; k--) {
                String left = content.get(k);
                if (left.startsWith("|")) {
                    break;
                }
                for (String r : right) {
                    if (!r.equals(left)) {
                        directedPairs.add(marker + "\u0000" + left + "\u0000" + r);
                    }
                }
                taken++;
            }
        }
        if (source == null) {
            destination = null;
        }
    }

    /** Whether a symmetric predicate comes among the three words before word {@code i} ("far is Paris from"). */
    private boolean symmetricBefore(int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (Lexicon.SYMMETRIC_PREDICATES.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Passive voice: a form of "be" or "get", then a participle. Symmetric relation: a word of
     * {@link Lexicon#SYMMETRIC_PREDICATES}.
     */
    private void readVoiceAndSymmetry() {
        int auxiliary = -1;
        boolean participle = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            symmetric |= Lexicon.SYMMETRIC_PREDICATES.contains(w);
            if (PASSIVE_AUXILIARIES.contains(w)) {
                auxiliary = i;
                participle = false;
            } else if (auxiliary >= 0 && !participle && (participle(w) || WordNet.get().irregularForm(w))) {
                participle = true;
                passive = true;
            }
        }
    }

    /** A regular past participle's ending ("calculated", "taken", "shown"). */
    private static boolean participle(String w) {
        return w.length() > 3 && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn"));
    }

    /** Whether {@code w} is "a", "an" or "the". */
    static boolean isArticle(String w) {
        return ARTICLES.contains(w);
    }

    /** A light stem: enough to match "enabled"/"enable"/"enabling" and plurals, the same on both sides. */
    static String stem(String w) {
        String s = w;
        if (s.length() > 4 && s.endsWith("ies")) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.length() > 5 && s.endsWith("ing")) {
            s = s.substring(0, s.length() - 3);
            if (s.length() > 2 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2) && s.charAt(s.length() - 1) != 's') {
                s = s.substring(0, s.length() - 1); // stopping -> stop
            }
        } else if (s.length() > 4 && s.endsWith("ed")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 3 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
