package io.semanticrouter.verify;

import io.semanticrouter.Embedding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 *
 * <p>This class holds the rule set, the order the rule families run in ({@code check}), the memo of cached
 * questions' features and the scorer stage; each family's checks live in a package-private class of their own:
 * {@code Negation}, {@code NumbersAndDates}, {@code NamedThings}, {@code SwappedRoles} (direction) and {@code Scope},
 * which runs the follow-up checks of {@code AddedWords} and {@code Substitution}; {@code Firmness} tells whether a
 * refusal is firm and {@code Words} holds the word tests they share.
 */
public final class LexicalHitVerifier implements HitVerifier {

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
        return new Checked(verdict, firmness && !verdict.accepted() && Firmness.firm(a, b, DEFAULTS.rules));
    }

    /**
     * Whether a refusal of these two questions should stand whatever a learned second chance scores: both ask
     * an aspect, they share none and one is an attribute ("How many guests ...?" / "How far ...?"), or one adds an amount with a
     * unit other than time where the other has no number ("What bitrate keeps it under 50 MB?"). The pair head
     * reads only similarity and word overlap, which a shared stem or an earlier turn inflates.
     */
    boolean firmRefusal(String cachedQuestion, String newQuestion) {
        return Firmness.firm(cachedSide.of(cachedQuestion), new TextFeatures(newQuestion), rules);
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
        boolean mirrored = Negation.mirroredComparison(a, b);
        for (Rule rule : rules) {
            Verdict v = switch (rule) {
                case NEGATION -> Negation.negation(a, b, mirrored);
                case NUMBER -> NumbersAndDates.number(a, b, false);
                case DATE_VERSION -> NumbersAndDates.dateVersion(a, b);
                case ENTITY -> NamedThings.entity(a, b);
                case DIRECTION -> mirrored ? null : SwappedRoles.direction(a, b);
                case SCOPE -> Scope.scope(a, b);
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
