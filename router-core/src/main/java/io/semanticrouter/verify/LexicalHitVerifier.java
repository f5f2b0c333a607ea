package io.semanticrouter.verify;

import io.semanticrouter.Embedding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The default {@link HitVerifier}: deterministic word-level rules that catch the near-duplicates an embedding
 * cannot tell apart. Each rule compares what the two questions say, not how they say it, so synonyms,
 * reordering, typos and politeness pass:
 * <ul>
 *   <li>{@link Rule#NEGATION}: one question negated ("not", "never", "without", "can't") and the other not,
 *       or opposite words (enable/disable, on/off, before/after, upload/download);</li>
 *   <li>{@link Rule#NUMBER}: different quantities after unit conversion ("two weeks" equals "14 days"; "3-day"
 *       does not equal "7-day"; "5 km" does not equal "5 miles"), or different units ("MB" vs "GB");</li>
 *   <li>{@link Rule#DATE_VERSION}: different years, versions, months, weekdays or relative days;</li>
 *   <li>{@link Rule#ENTITY}: a named thing (language, library, product, place, person: from a built-in list,
 *       capitalisation or its shape, like {@code c++} or {@code s3}) in one question only; aliases such as
 *       JS/JavaScript or k8s/Kubernetes count as the same, a one-letter typo in a long name is forgiven;</li>
 *   <li>{@link Rule#DIRECTION}: the same arguments swapped around "to", "from", "than", "into", "over";</li>
 *   <li>{@link Rule#SCOPE}: different question aspects (cost vs duration, why vs when, advantages vs
 *       disadvantages, symptoms vs treatment), or a "how do I" question against a cost/duration one.</li>
 * </ul>
 * Word lists are English first, with negations of a few other European languages; capitalisation is only
 * trusted in English sentence case.
 *
 * <p>Instances are thread-safe, and their verdicts depend only on the two questions: the one state they keep is a
 * bounded memo of the word features of cached questions ({@link Builder#rememberedQuestions}), which a hot entry
 * would otherwise have read again on every hit. {@link #defaults()} turns every rule on.
 */
public final class LexicalHitVerifier implements HitVerifier {

    private static final List<String[]> ANTONYM_STEMS = Lexicon.ANTONYMS.stream()
            .map(p -> new String[]{TextFeatures.stem(p[0]), TextFeatures.stem(p[1])}).toList();
    private static final LexicalHitVerifier DEFAULTS = builder().build();

    /** How many cached questions' features a verifier remembers by default ({@link Builder#rememberedQuestions}). */
    public static final int DEFAULT_REMEMBERED_QUESTIONS = 1024;

    private final Set<Rule> rules;
    private final PairScorer scorer;
    private final double minScore;
    private final FeatureMemo cachedSide;

    private LexicalHitVerifier(Builder b) {
        this.rules = Collections.unmodifiableSet(EnumSet.copyOf(b.rules));
        this.scorer = b.scorer;
        this.minScore = b.minScore;
        this.cachedSide = new FeatureMemo(b.remembered);
    }

    /** A verifier with every word rule on and no scorer. */
    public static LexicalHitVerifier defaults() {
        return DEFAULTS;
    }

    /** A builder starting from every word rule on and no scorer. */
    public static Builder builder() {
        return new Builder();
    }

    /** How many cached questions' features this verifier remembers now (for tests). */
    long rememberedQuestions() {
        return cachedSide.size();
    }

    /** How many characters of cached questions this verifier remembers now (for tests). */
    long rememberedChars() {
        return cachedSide.chars();
    }

    /** The rules this verifier runs. */
    public Set<Rule> rules() {
        return rules;
    }

    @Override
    public Verdict verify(String cachedQuestion, String newQuestion) {
        return verify(cachedQuestion, null, newQuestion, null);
    }

    @Override
    public Verdict verify(String cachedQuestion, Embedding cachedEmbedding, String newQuestion, Embedding newEmbedding) {
        return checked(cachedQuestion, cachedEmbedding, newQuestion, newEmbedding, false).verdict();
    }

    /**
     * A verdict, and for a refusal whether it is firm ({@link #firmRefusal}): a second chance may not overturn it.
     */
    record Checked(Verdict verdict, boolean firm) {
    }

    /**
     * {@link #verify(String, Embedding, String, Embedding)} with whether a refusal is firm, read from the same
     * features, so a verifier behind this one ({@link PairHeadHitVerifier}) need not read the questions again.
     * Firmness is read only when {@code firmness} is set (else a refusal is reported as not firm).
     */
    Checked checked(String cachedQuestion, Embedding cachedEmbedding, String newQuestion, Embedding newEmbedding,
            boolean firmness) {
        Objects.requireNonNull(cachedQuestion, "cachedQuestion");
        Objects.requireNonNull(newQuestion, "newQuestion");
        if (cachedQuestion.equals(newQuestion)) {
            return new Checked(Verdict.accept(), false);
        }
        TextFeatures a = cachedSide.of(cachedQuestion); // a cached entry is verified each time it is served
        TextFeatures b = new TextFeatures(newQuestion);
        List<Verdict> found = check(a, b, true);
        Verdict verdict = found.isEmpty() ? Verdict.accept() : found.get(0);
        if (found.isEmpty() && scorer != null) {
            double s = scorer.score(cachedQuestion, cachedEmbedding, newQuestion, newEmbedding);
            if (s < minScore) {
                verdict = Verdict.reject(Rule.SCORER, String.format(java.util.Locale.ROOT, "pair score %.3f < %.3f", s, minScore));
            }
        }
        return new Checked(verdict, firmness && !verdict.accepted() && firm(a, b, DEFAULTS.rules));
    }

    /**
     * Whether a refusal of these two questions should stand whatever a learned second chance scores: both ask
     * an aspect, they share none and one is an attribute ("How many guests ...?" / "How far ...?"), or one adds an amount with a
     * unit other than time where the other has no number ("What bitrate keeps it under 50 MB?"). The pair head
     * reads only similarity and word overlap, which a shared stem or an earlier turn inflates.
     */
    boolean firmRefusal(String cachedQuestion, String newQuestion) {
        return firm(cachedSide.of(cachedQuestion), new TextFeatures(newQuestion), rules);
    }

    private static boolean firm(TextFeatures a, TextFeatures b, Set<Rule> rules) {
        if (rules.contains(Rule.SCOPE) && !a.aspects.isEmpty() && !b.aspects.isEmpty()
                && !intersects(a.aspects, b.aspects) && (asksAttribute(a) || asksAttribute(b))) {
            return true;
        }
        if (rules.contains(Rule.SCOPE) && OtherProperty.asked(a, b) != null) {
            return true;
        }
        return rules.contains(Rule.NUMBER) && (addedMeasure(a, b) || addedMeasure(b, a));
    }

    /** Aspects named by question words or aspect nouns; any other aspect is an attribute ("how far": distance). */
    private static final Set<String> NAMED_ASPECTS = union(new HashSet<>(Lexicon.ASPECT_WORDS.values()),
            Set.of("quantity", "duration", "when", "age", "frequency", "cost", "definition", "cons"));

    /** Whether {@code t} asks the value of an attribute ("how far", "how heavy"), read from WordNet. */
    private static boolean asksAttribute(TextFeatures t) {
        for (String aspect : t.aspects) {
            if (!NAMED_ASPECTS.contains(aspect)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code x} has an amount with a unit other than time (no date, no period) and {@code y} no number. */
    private static boolean addedMeasure(TextFeatures x, TextFeatures y) {
        if (!y.quantities.isEmpty()) {
            return false;
        }
        for (TextFeatures.Quantity q : x.quantities) {
            String key = q.key();
            int end = key.indexOf(':') >= 0 ? key.indexOf(':') : key.indexOf('=');
            String dimension = end < 0 ? "n" : key.substring(0, end);
            if (!q.dateOrVersion() && !q.period() && !dimension.equals("n") && !dimension.equals("time")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every rule of this verifier that rejects the pair, in rule order, each with its evidence (empty when the
     * pair passes). The scorer is not run. Evaluation uses this to measure what each rule contributes.
     */
    public List<Verdict> explain(String cachedQuestion, String newQuestion) {
        Objects.requireNonNull(cachedQuestion, "cachedQuestion");
        Objects.requireNonNull(newQuestion, "newQuestion");
        return check(cachedQuestion, newQuestion, false);
    }

    private List<Verdict> check(String cached, String query, boolean firstOnly) {
        if (cached.equals(query)) {
            return List.of();
        }
        return check(cachedSide.of(cached), new TextFeatures(query), firstOnly);
    }

    private List<Verdict> check(TextFeatures a, TextFeatures b, boolean firstOnly) {
        if (a.normalized.equals(b.normalized)) {
            return List.of();
        }
        List<Verdict> out = new ArrayList<>(2);
        boolean mirrored = mirroredComparison(a, b);
        for (Rule rule : rules) {
            Verdict v = switch (rule) {
                case NEGATION -> negation(a, b, mirrored);
                case NUMBER -> number(a, b, false);
                case DATE_VERSION -> dateVersion(a, b);
                case ENTITY -> entity(a, b);
                case DIRECTION -> mirrored ? null : direction(a, b);
                case SCOPE -> scope(a, b);
                case SCORER -> null;
            };
            if (v != null) {
                out.add(v);
                if (firstOnly) {
                    break;
                }
            }
        }
        return out;
    }

    // --- the rules ---

    /**
     * Whether the questions compare the same two things the other way round with opposite words ("Is Python
     * slower than Java?" / "Is Java faster than Python?"): the swap and the opposite cancel out.
     */
    private static boolean mirroredComparison(TextFeatures a, TextFeatures b) {
        Set<String> onlyA = minus(a.contentStems, b.contentStems);
        Set<String> onlyB = minus(b.contentStems, a.contentStems);
        if (onlyA.size() != 1 || onlyB.size() != 1 || a.contentWords.size() != b.contentWords.size()) {
            return false;
        }
        String x = contentWordOf(a, onlyA.iterator().next());
        String y = contentWordOf(b, onlyB.iterator().next());
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

    private static String contentWordOf(TextFeatures t, String stem) {
        for (String w : t.contentWords) {
            if (TextFeatures.stem(w).equals(stem)) {
                return w;
            }
        }
        return stem;
    }

    private static Verdict negation(TextFeatures a, TextFeatures b, boolean mirrored) {
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
        Verdict opposite = opposites(minus(a.stems, b.stems), minus(b.stems, a.stems));
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
        if (!changeMarker(a) && !changeMarker(b) || !intersects(a.contentStems, b.contentStems)) {
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
                down |= i > 0 && content(t.words.get(i - 1)) && wn.verb(t.words.get(i - 1)); // "tone down"
            } else if (MORE_WORDS.contains(w) || LESS_WORDS.contains(w)) {
                up |= MORE_WORDS.contains(w);
                down |= LESS_WORDS.contains(w);
            } else if (content(w) && wn.verb(w) && !CHANGE_OF_STATE.contains(w)) {
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
                        && (wn.related(w, v) || w.length() >= 5 && editDistanceAtMost(w, v, 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Questions of more content words than this are not checked for a one-word substitution. */
    private static final int MAX_SUBSTITUTION_WORDS = 6;
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

    /**
     * Whether {@code t}, which says {@code own}, also names its opposite {@code pole} in another adjective: "make a
     * sluggish laptop faster" names the slowness "speed up a slow laptop" names, so "faster" / "slow" opposes
     * nothing.
     */
    /** Whether {@code w} follows "less" in {@code t}: "less costly" is the opposite of "costly" ("cheaper"). */
    private static boolean lessened(TextFeatures t, String w) {
        int i = t.words.indexOf(w);
        return i > 0 && t.words.get(i - 1).equals("less");
    }

    private static boolean namesBothPoles(TextFeatures t, String own, String pole) {
        for (String w : t.contentWords) {
            String pos = WordNet.get().partsOfSpeech(w);
            if (pos != null && pos.indexOf('a') >= 0 && !sameStem(w, own) && !sameStem(w, pole)
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

    /**
     * Different quantities. The quantities both questions mention are compared as one multiset; a difference
     * is blamed on {@link Rule#DATE_VERSION} when a differing quantity looks like a year or version (with
     * {@code dates}), else on {@link Rule#NUMBER}.
     */
    private static Verdict number(TextFeatures a, TextFeatures b, boolean dates) {
        Map<String, Integer> qa = counts(a.quantities);
        Map<String, Integer> qb = counts(b.quantities);
        if (!qa.equals(qb)) {
            Set<String> differing = new HashSet<>();
            for (String k : union(qa.keySet(), qb.keySet())) {
                if (!qa.getOrDefault(k, 0).equals(qb.getOrDefault(k, 0))) {
                    differing.add(k);
                }
            }
            boolean dateDiffers = false;
            boolean numberDiffers = false;
            boolean onlyPeriods = a.aspects.contains("frequency") && b.aspects.contains("frequency");
            for (TextFeatures.Quantity q : concat(a.quantities, b.quantities)) {
                if (differing.contains(q.key())) {
                    dateDiffers |= q.dateOrVersion();
                    numberDiffers |= !q.dateOrVersion();
                    onlyPeriods &= q.period();
                }
            }
            if (onlyPeriods && (hasNoPeriod(a) || hasNoPeriod(b))) {
                numberDiffers = false; // "how often" asks what "how many times a week" asks
            }
            if (dates ? dateDiffers : numberDiffers) {
                return Verdict.reject(dates ? Rule.DATE_VERSION : Rule.NUMBER,
                        "numbers " + shown(a.quantities) + " vs " + shown(b.quantities));
            }
        }
        if (!dates) {
            // units without numbers ("MB" vs "KB") differ when both name a different unit of one dimension
            Set<String> ua = minus(a.units, b.units);
            Set<String> ub = minus(b.units, a.units);
            for (String x : ua) {
                for (String y : ub) {
                    if (x.substring(0, x.indexOf(':')).equals(y.substring(0, y.indexOf(':')))) {
                        return Verdict.reject(Rule.NUMBER, "units " + a.units + " vs " + b.units);
                    }
                }
            }
        }
        return null;
    }

    private static boolean hasNoPeriod(TextFeatures t) {
        return t.quantities.stream().noneMatch(TextFeatures.Quantity::period);
    }

    private static Verdict dateVersion(TextFeatures a, TextFeatures b) {
        Verdict v = number(a, b, true);
        if (v != null) {
            return v;
        }
        if (!a.dates.equals(b.dates)) {
            return Verdict.reject(Rule.DATE_VERSION, "dates " + a.dates + " vs " + b.dates);
        }
        return null;
    }

    private static Verdict entity(TextFeatures a, TextFeatures b) {
        String missing = firstMissing(a, b);
        if (missing == null) {
            missing = firstMissing(b, a);
        }
        return missing == null ? null : Verdict.reject(Rule.ENTITY, "'" + missing + "' in one question only");
    }

    /** A named thing of {@code x} that {@code y} does not mention (allowing a small typo in long plain names). */
    private static String firstMissing(TextFeatures x, TextFeatures y) {
        for (String e : x.entities) {
            if (y.words.contains(e) || y.stems.contains(TextFeatures.stem(e)) || namedOtherwise(e, y.words)) {
                continue;
            }
            if (e.length() >= 5 && e.chars().noneMatch(Character::isDigit)) {
                boolean typo = false;
                for (String w : y.words) {
                    if (!Lexicon.ENTITY_ALIASES.containsKey(w) && editDistanceAtMost(e, w, e.length() >= 8 ? 2 : 1)) {
                        typo = true;
                        break;
                    }
                }
                if (typo) {
                    continue;
                }
            }
            return e;
        }
        return null;
    }

    /** Endings that make a place's name into its people or adjective ("Hawaiian", "Japanese", "Italian"). */
    private static final String[] DEMONYM_ENDINGS = {"ian", "an", "ese", "ish", "i"};

    /**
     * Whether {@code words} name {@code e} another way: by its initials ("LA" for "Los Angeles", or the name for
     * its initials), or by its demonym ("Hawaiian" for "Hawaii", "Italian" for "Italy").
     */
    private static boolean namedOtherwise(String e, List<String> words) {
        for (String w : words) {
            if (initials(e).equals(w) || initials(w).equals(e)) {
                return true;
            }
            if (e.length() >= 4 && w.length() > e.length() && e.chars().allMatch(Character::isLetter)) {
                int common = 0;
                while (common < e.length() && e.charAt(common) == w.charAt(common)) {
                    common++;
                }
                for (String end : DEMONYM_ENDINGS) {
                    if (common >= e.length() - 1 && w.endsWith(end) && w.length() - end.length() >= common
                            && w.length() - end.length() <= e.length()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The first letters of a name of several words ("la" for "los angeles"), or "" for a single word. */
    private static String initials(String name) {
        String[] parts = name.split("[ _]");
        if (parts.length < 2) {
            return "";
        }
        StringBuilder out = new StringBuilder(parts.length);
        for (String p : parts) {
            if (!p.isEmpty()) {
                out.append(p.charAt(0));
            }
        }
        return out.toString();
    }

    private static Verdict direction(TextFeatures a, TextFeatures b) {
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
        Set<String> sa = minus(a.contentStems, Persons.ROLES.keySet());
        Set<String> sb = minus(b.contentStems, Persons.ROLES.keySet());
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
            of = x.words.get(i + 1).equals("of") && k < x.words.size() && (sameStem(x.words.get(i), u)
                    && sameStem(x.words.get(k), v) || sameStem(x.words.get(i), v) && sameStem(x.words.get(k), u));
        }
        if (!of || !WordNet.get().noun(u) || !WordNet.get().noun(v)) {
            return false;
        }
        List<String> w = y.words;
        for (int i = 0; i + 1 < w.size(); i++) {
            if ((sameStem(w.get(i), v) && sameStem(w.get(i + 1), u) || sameStem(w.get(i), u) && sameStem(w.get(i + 1), v))
                    && (i + 2 == w.size() || !w.get(i + 2).equals("of")) && (i == 0 || !w.get(i - 1).equals("of"))) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions a pronoun may stand before or after ("plug it into" / "plug into it"). */
    private static final Set<String> PREPOSITIONS = Set.of("in", "into", "on", "onto", "to", "with", "from", "for",
            "at", "about", "under", "over", "through", "behind");

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
            if (Persons.OBJECTS.contains(pronoun) && PREPOSITIONS.contains(prep)
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
            } else if (content(w) || ROLE_VERBS.contains(w)) {
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
        while (head < n && sameStem(x.get(head), y.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < n - head && sameStem(x.get(n - 1 - tail), y.get(n - 1 - tail))) {
            tail++;
        }
        int end = n - tail; // the changed region is [head, end) in both
        for (int first = 1; first <= MAX_SWAPPED_WORDS && head + first < end; first++) {
            for (int second = 1; second <= MAX_SWAPPED_WORDS && head + first + second <= end; second++) {
                int middle = end - head - first - second;
                if ((first > 1 || second > 1) && middle == 0) {
                    continue; // a phrase put in front ("In Python, how do I reverse a list?") swaps no roles
                }
                if (middle == 0 && (adjectiveOnly(x.get(head)) || adjectiveOnly(x.get(head + 1)))) {
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

    /** Whether WordNet holds {@code w} as an adjective and not as a noun ("strong", "ripe"). */
    private static boolean adjectiveOnly(String w) {
        String pos = WordNet.get().partsOfSpeech(w);
        return pos != null && pos.indexOf('a') >= 0 && pos.indexOf('n') < 0;
    }

    /** Whether y's region is x's with its first {@code first} and last {@code second} words exchanged. */
    private static boolean exchanged(List<String> x, List<String> y, int at, int first, int middle, int second) {
        List<String> xs = new ArrayList<>(first + middle + second);
        xs.addAll(x.subList(at + first + middle, at + first + middle + second));
        xs.addAll(x.subList(at + first, at + first + middle));
        xs.addAll(x.subList(at, at + first));
        List<String> ys = y.subList(at, at + first + middle + second);
        for (int i = 0; i < xs.size(); i++) {
            if (!sameStem(xs.get(i), ys.get(i))) {
                return false;
            }
        }
        return !sameStem(String.join(" ", x.subList(at, at + first)), String.join(" ", y.subList(at, at + second)));
    }

    private static Verdict scope(TextFeatures a, TextFeatures b) {
        if (!a.properties.isEmpty() && !b.properties.isEmpty() && !intersects(a.properties, b.properties)) {
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
        Verdict added = addedWords(a, b, "cached");
        if (added == null) {
            added = addedWords(b, a, "new");
        }
        if (added != null) {
            return added;
        }
        String[] swapped = substitution(a, b);
        if (swapped == null) {
            swapped = whichPredicate(a, b);
        }
        if (swapped == null) {
            swapped = LongerSpanSwap.swapped(named(a, b), named(b, a), a.words, b.words);
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
        if (a.aspects.isEmpty() && a.method && intersects(b.aspects, Lexicon.NON_METHOD_ASPECTS)) {
            return Verdict.reject(Rule.SCOPE, "asks how vs " + b.aspects);
        }
        if (b.aspects.isEmpty() && b.method && intersects(a.aspects, Lexicon.NON_METHOD_ASPECTS)) {
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
                absent &= !y.stems.contains(w) && y.words.stream().noneMatch(v -> sameSense(w, v));
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
        if (a.contentWords.size() > MAX_SUBSTITUTION_WORDS + 1 || b.contentWords.size() > MAX_SUBSTITUTION_WORDS + 1) {
            return null;
        }
        List<String> pa = absentPhrase(a, b);
        List<String> pb = absentPhrase(b, a);
        if (pa == null || pb == null) {
            return null;
        }
        Set<String> restA = minus(a.contentStems, new HashSet<>(pa));
        Set<String> restB = minus(b.contentStems, new HashSet<>(pb));
        if (restA.isEmpty() || !restA.equals(restB)) {
            return null;
        }
        for (String u : pa) {
            for (String v : pb) {
                if (interchangeable(contentWordOf(a, u), contentWordOf(b, v))) {
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
                    && !containsPair(y.words, "and", x.words.get(i + 1))) {
                return "a clause 'and " + x.words.get(i + 1) + " ...' in the " + which + " question only";
            }
        }
        return null;
    }

    private static boolean containsPair(List<String> words, String u, String v) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(u) && words.get(i + 1).equals(v)) {
                return true;
            }
        }
        return false;
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
    private static Verdict addedWords(TextFeatures x, TextFeatures y, String which) {
        boolean contained = x.contentStems.containsAll(y.contentStems);
        boolean tiny = x.contentWords.size() <= MAX_JOINED_WORDS && y.contentWords.size() <= MAX_JOINED_WORDS;
        if (y.contentStems.isEmpty() || x.contentWords.size() > MAX_SUBSTITUTION_WORDS + 1 || !contained && !tiny) {
            return null;
        }
        // fewer pronouns or another predicate: the added words may restate the context, except another item joined
        // to a shared one in a very short question ("What glue holds it?" / "What glue and clamps do I need?")
        boolean onlyJoined = !contained || referring(y) > referring(x);
        List<String> w = x.words;
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            if (!content(word) || Persons.REFERRING.contains(word) || y.contentStems.contains(TextFeatures.stem(word))
                    || colourOnly(word, x) || lightVerb(w, i, y)) {
                // a pro-form ("the main ones") stands for a shared word, it adds none
                continue;
            }
            boolean modifier = !onlyJoined && (i == 0 || !content(w.get(i - 1)) || Persons.REFERRING.contains(w.get(i - 1))
                    || !WordNet.get().verb(word)) && modifiesShared(w, i, y); // "stretches ease lower back pain"
            int k = i - 1;
            while (k >= 0 && (TextFeatures.isArticle(w.get(k)) || w.get(k).equals("my") || w.get(k).equals("some"))) {
                k--;
            }
            boolean joined = k >= 1 && JOINING.contains(w.get(k)) && shared(w.get(k - 1), y)
                    && (!onlyJoined || !adjectiveOnly(word) && joinedItem(x, y, word)); // "weirdest and useless"
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
            if (!x.contentStems.contains(TextFeatures.stem(v)) && interchangeable(word, v)) {
                return false;
            }
        }
        return true;
    }

    /** Questions of at most this many content words may add a joined item while their predicates differ. */
    private static final int MAX_JOINED_WORDS = 3;

    /** Verbs that lend their place to a noun naming the act ("set prices" for "price", "give her a call"). */
    private static final Set<String> LIGHT_VERBS = Set.of("set", "sets", "setting", "make", "makes", "making",
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
            if (content(next) && !Persons.REFERRING.contains(next)) {
                String after = k + 1 < w.size() ? w.get(k + 1) : "";
                return y.contentStems.contains(TextFeatures.stem(next)) && WordNet.get().verb(next)
                        && !ADVERB_PARTICLES.contains(after); // "make the paint come off" is no painting
            }
        }
        return false;
    }

    /** Words that join another item to a shared one ("the eggs and milk", "all of them plus my car loan"). */
    private static final Set<String> JOINING = Set.of("and", "or", "plus");

    /** Whether {@code w} is a content word {@code y} has, or a pronoun {@code y} uses too ("them"). */
    private static boolean shared(String w, TextFeatures y) {
        return content(w) ? y.contentStems.contains(TextFeatures.stem(w)) : Persons.REFERRING.contains(w) && y.words.contains(w);
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
    private static final int MAX_ADDED_MODIFIERS = 3;

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
            if (!content(w)) {
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

    static boolean content(String w) {
        return !Lexicon.STOPWORDS.contains(w) && !Lexicon.FILLER.contains(w);
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

    /**
     * The two replaced parts when short questions are the same but for one content word put in place of another
     * ("Is it safe for dogs?" / "... for cats?"; also when that word is the only one: "Can I boil it?" / "Can I
     * roast it?"), or a thing named in one word for one named in two ("whole wheat flour" / "rye flour"), else
     * null. The questions are aligned
     * on their common beginning and end, so the replaced part is found however many words it has. Evaluative
     * words ("good", "suitable") may change.
     */
    private static String[] substitution(TextFeatures a, TextFeatures b) {
        List<String> x = named(a, b);
        List<String> y = named(b, a);
        if (x.isEmpty() || y.isEmpty() || x.size() > MAX_SUBSTITUTION_WORDS || y.size() > MAX_SUBSTITUTION_WORDS) {
            return null;
        }
        int shorter = Math.min(x.size(), y.size());
        int head = 0;
        while (head < shorter && sameStem(x.get(head), y.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < shorter - head && sameStem(x.get(x.size() - 1 - tail), y.get(y.size() - 1 - tail))) {
            tail++;
        }
        List<String> p = x.subList(head, x.size() - tail);
        List<String> q = y.subList(head, y.size() - tail);
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
                || p.size() == 1 && q.size() == 1 && namedOtherwise(p.get(0), q)) {
            return null; // "data base" / "database"; "New York" / "NY"
        }
        for (String u : p) {
            for (String v : q) {
                if (interchangeable(u, v)) {
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
                if (interchangeable(u, v) || Math.min(u.length(), v.length()) >= 3 && (u.startsWith(v) || v.startsWith(u))
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
                || !wn.modifier(q.get(0)) || LIGHT_VERBS.contains(q.get(1)) || adverb(q.get(1))
                || words.indexOf(q.get(1)) != words.indexOf(q.get(0)) + 1 || nounPosition(words, words.indexOf(q.get(0)))
                || nounPosition(otherWords, otherWords.indexOf(p.get(0)))) {
            return false;
        }
        return !interchangeable(p.get(0), q.get(0)) && !interchangeable(p.get(0), q.get(1));
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
        return k >= 0 && (DETERMINERS.contains(words.get(k)) || PREPOSITIONS.contains(words.get(k)) && !words.get(k).equals("to"));
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
        if (p.size() != 1 || q.size() != 2 || !LIGHT_VERBS.contains(q.get(0)) || !WordNet.get().verb(p.get(0))) {
            return false;
        }
        return !sameStem(q.get(1), p.get(0)) && !interchangeable(q.get(1), p.get(0)) && WordNet.get().noun(q.get(1));
    }

    /** Particles and prepositions that change what a verb does ("pay it off" / "pay with it"; "log in" / "log out"). */
    private static final Set<String> PARTICLES = Set.of("up", "down", "in", "into", "out", "on", "onto", "off", "with",
            "over", "back", "away", "through", "around");
    /** Particles that are no preposition: one after a verb changes it even when the other question has none. */
    private static final Set<String> ADVERB_PARTICLES = Set.of("up", "down", "off", "out", "back", "away");

    /**
     * When the questions have the same content words but a word takes another particle or preposition right
     * after it or its object pronoun ("How do I pay it off?" / "How do I pay with it?"; "turn it up" / "turn it
     * down"), or an adverb particle in one question only ("pay it" / "pay it back"): what changed, else null. A
     * preposition in one question only heads a phrase that moved ("reverse a list in Python").
     */
    private static String changedParticle(TextFeatures a, TextFeatures b) {
        if (!minus(a.contentStems, PARTICLES).equals(minus(b.contentStems, PARTICLES))
                || a.contentWords.size() > MAX_SUBSTITUTION_WORDS) {
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
            if (sameStem(words.get(i), verb)) {
                int j = i + 1 < words.size() && Persons.OBJECTS.contains(words.get(i + 1)) ? i + 2 : i + 1;
                String p = j < words.size() ? words.get(j) : "";
                return p.equals("into") ? "in" : p.equals("onto") ? "on" : PARTICLES.contains(p) ? p : "";
            }
        }
        return "";
    }

    /** Content words a "which" question may have for {@link #whichPredicate} to compare its predicates. */
    private static final int MAX_WHICH_WORDS = 6;

    /**
     * The two predicates, when short questions both ask "which" about the same choice with a different predicate
     * ("Which one is quieter?" / "Which one uses less power?"): the words each has alone, none of which may stand
     * for one of the other's. Else null.
     */
    private static String[] whichPredicate(TextFeatures a, TextFeatures b) {
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
                if (interchangeable(u, v)) {
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
        int most = nounPhrases ? MAX_ADDED_MODIFIERS : 2;
        if (onlyX.size() > most || onlyY.size() > most || onlyX.size() + onlyY.size() > (nounPhrases ? 5 : 3)
                || !onlyX.contains(u)
                || !onlyY.contains(v) || !WordNet.get().noun(u) || !WordNet.get().noun(v) || interchangeable(u, v)) {
            return null;
        }
        for (String s : onlyX) {
            for (String t : onlyY) {
                if (interchangeable(s, t)) {
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
            if (y.stream().noneMatch(o -> sameStem(o, w))) {
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

    private static String lastWord(String words) {
        return words.substring(words.lastIndexOf(' ') + 1);
    }

    static boolean sameStem(String u, String v) {
        return TextFeatures.stem(u).equals(TextFeatures.stem(v));
    }

    /**
     * Whether one word may stand for the other in a paraphrase: evaluative words, quantifiers, forms of one
     * word, a typo, numbers (the number rule compares those), an adjective and its attribute (tall / height),
     * or WordNet near synonyms. A part and its whole ("war" / "battle") are not near synonyms, and neither are
     * two kinds of one thing ("wheat" / "rye"), which WordNet does not relate.
     */
    private static boolean interchangeable(String p, String q) {
        if (sameSense(p, q) || Lexicon.EVALUATIVE.contains(p) || Lexicon.EVALUATIVE.contains(q)
                || !java.util.Collections.disjoint(WordNet.baseForms(p), WordNet.baseForms(q))
                || Lexicon.NUMBER_WORDS.containsKey(p) || Lexicon.NUMBER_WORDS.containsKey(q)
                || p.chars().anyMatch(Character::isDigit) || q.chars().anyMatch(Character::isDigit)
                || editDistanceAtMost(p, q, Math.min(p.length(), q.length()) >= 6 ? 2 : 1)) {
            return true;
        }
        WordNet wn = WordNet.get();
        String pp = wn.property(p);
        String qp = wn.property(q);
        return (qp != null && wn.attributesOf(p).contains(qp)) || (pp != null && wn.attributesOf(q).contains(pp))
                || (wn.related(p, q) && !wn.partWhole(p, q));
    }

    // --- helpers ---

    /** Whether the two words are a pair of {@link Lexicon#SAME_SENSE}, either way round. */
    private static boolean sameSense(String p, String q) {
        for (String[] pair : Lexicon.SAME_SENSE) {
            if (pair[0].equals(p) && pair[1].equals(q) || pair[0].equals(q) && pair[1].equals(p)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Integer> counts(List<TextFeatures.Quantity> qs) {
        Map<String, Integer> m = new HashMap<>();
        for (TextFeatures.Quantity q : qs) {
            m.merge(q.key(), 1, Integer::sum);
        }
        return m;
    }

    private static String shown(List<TextFeatures.Quantity> qs) {
        Set<String> s = new TreeSet<>();
        for (TextFeatures.Quantity q : qs) {
            s.add(q.shown());
        }
        return s.toString();
    }

    private static <T> List<T> concat(List<T> x, List<T> y) {
        List<T> out = new ArrayList<>(x);
        out.addAll(y);
        return out;
    }

    private static Set<String> union(Set<String> x, Set<String> y) {
        Set<String> out = new HashSet<>(x);
        out.addAll(y);
        return out;
    }

    private static Set<String> minus(Set<String> x, Set<String> y) {
        Set<String> out = new HashSet<>(x);
        out.removeAll(y);
        return out;
    }

    private static boolean intersects(Set<String> x, Set<String> y) {
        for (String s : x) {
            if (y.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Damerau-Levenshtein (adjacent transpositions) distance no larger than {@code max}, with early exit. */
    static boolean editDistanceAtMost(String s, String t, int max) {
        int n = s.length();
        int m = t.length();
        if (Math.abs(n - m) > max) {
            return false;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return false;
            }
            int[] tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[m] <= max;
    }

    /**
     * Builder of {@link LexicalHitVerifier}. Starts with every word rule on and no scorer.
     */
    public static final class Builder {
        private final Set<Rule> rules = EnumSet.complementOf(EnumSet.of(Rule.SCORER));
        private PairScorer scorer;
        private double minScore;
        private int remembered = DEFAULT_REMEMBERED_QUESTIONS;

        private Builder() {
        }

        /**
         * How many cached questions' word features the verifier remembers (default
         * {@value LexicalHitVerifier#DEFAULT_REMEMBERED_QUESTIONS}), so that an entry served repeatedly is not read again on each
         * hit; reading them is most of a verification. The verdicts do not change: features depend only on the text.
         * The new question is always read afresh. The memo holds at most {@code count x 64} characters of questions, so
         * about {@code count} typical ones, and never one over 512 characters; a remembered question of 64 characters
         * holds about 3.3 KB of heap and one of 512 about 41 KB (measured on QQP questions), so the default holds
         * about 3.4 MB of typical questions and at most about 5 MB. 0 remembers nothing.
         *
         * @throws IllegalArgumentException unless count is in [0, 1,000,000]
         */
        public Builder rememberedQuestions(int count) {
            if (count < 0 || count > 1_000_000) {
                throw new IllegalArgumentException("rememberedQuestions must be in [0, 1000000], was " + count);
            }
            this.remembered = count;
            return this;
        }

        /**
         * Runs exactly these word rules.
         *
         * @throws IllegalArgumentException if {@link Rule#SCORER} is listed (configure it with {@link #scorer})
         * @throws NullPointerException     if rules or one of them is null
         */
        public Builder rules(Set<Rule> rules) {
            Objects.requireNonNull(rules, "rules must not be null");
            Set<Rule> copy = new HashSet<>();
            for (Rule r : rules) {
                copy.add(Objects.requireNonNull(r, "rules must not hold null"));
            }
            if (copy.contains(Rule.SCORER)) {
                throw new IllegalArgumentException("SCORER is not a word rule; configure it with scorer(scorer, minScore)");
            }
            this.rules.clear();
            this.rules.addAll(copy);
            return this;
        }

        /** Turns these rules off. */
        public Builder without(Rule... off) {
            for (Rule r : off) {
                rules.remove(Objects.requireNonNull(r, "rule must not be null"));
            }
            return this;
        }

        /**
         * Adds a second-stage scorer run after the word rules passed: a pair scoring below {@code minScore} is
         * rejected with {@link Rule#SCORER}.
         *
         * @throws IllegalArgumentException unless minScore is in [0, 1]
         * @throws NullPointerException     if scorer is null
         */
        public Builder scorer(PairScorer scorer, double minScore) {
            if (!(minScore >= 0 && minScore <= 1)) {
                throw new IllegalArgumentException("minScore must be in [0, 1], was " + minScore);
            }
            this.scorer = Objects.requireNonNull(scorer, "scorer must not be null");
            this.minScore = minScore;
            return this;
        }

        /** The verifier; reads the WordNet resource now (about 0.1 s of CPU, once per JVM), not on the first hit. */
        public LexicalHitVerifier build() {
            WordNet.get();
            return new LexicalHitVerifier(this);
        }
    }
}
