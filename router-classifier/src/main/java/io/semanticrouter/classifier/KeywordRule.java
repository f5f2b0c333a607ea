package io.semanticrouter.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A hard routing rule on the words of a question: it matches when every {@link Builder#allOf} term is
 * present, at least one {@link Builder#anyOf} term is (when there are any), and no {@link Builder#noneOf}
 * term is. Terms are phrases or regular expressions; phrases match as whole words by default ("refund" does
 * not match "refunded"; add both forms or use a regex; in scripts written without spaces, such as Chinese or
 * Japanese, a phrase matches inside running text), case-insensitively by default, in any script.
 *
 * <pre>{@code
 * KeywordRule refunds = KeywordRule.builder("refunds")
 *         .anyOf("refund", "money back", "chargeback")
 *         .noneOf("refund policy")
 *         .route("support-model")
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Used through {@link KeywordSelector}.
 */
public final class KeywordRule {

    private final String name;
    private final List<Pattern> all;
    private final List<Pattern> any;
    private final List<Pattern> none;
    private final List<String> models;

    private KeywordRule(Builder b) {
        this.name = b.name;
        this.all = List.copyOf(b.all);
        this.any = List.copyOf(b.any);
        this.none = List.copyOf(b.none);
        this.models = List.copyOf(b.models);
    }

    /**
     * A builder for a rule called {@code name} (shown in traces and used as the routed category).
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public static Builder builder(String name) {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("rule name must not be blank");
        }
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** The models the rule routes to, best first. */
    public List<String> models() {
        return models;
    }

    /**
     * Whether the rule matches the text, and if so, the text of the term that decided it.
     *
     * @throws NullPointerException if text is null
     */
    public Optional<String> match(String text) {
        Objects.requireNonNull(text, "text");
        for (Pattern p : none) {
            if (p.matcher(text).find()) {
                return Optional.empty();
            }
        }
        String evidence = null;
        for (Pattern p : all) {
            Matcher m = p.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
            evidence = evidence == null ? m.group() : evidence + " + " + m.group();
        }
        if (!any.isEmpty()) {
            String found = null;
            for (Pattern p : any) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    found = m.group();
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            evidence = evidence == null ? found : evidence + " + " + found;
        }
        return Optional.of(evidence);
    }

    @Override
    public String toString() {
        return "KeywordRule[" + name + " -> " + models + "]";
    }

    private static boolean unspaced(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }

    /** Builder of {@link KeywordRule}; terms added after a setting use that setting. */
    public static final class Builder {
        private final String name;
        private final List<Pattern> all = new ArrayList<>();
        private final List<Pattern> any = new ArrayList<>();
        private final List<Pattern> none = new ArrayList<>();
        private final List<String> models = new ArrayList<>();
        private boolean caseSensitive;
        private boolean wholeWords = true;

        private Builder(String name) {
            this.name = name;
        }

        /** Match the following terms with their case (default: case-insensitive, Unicode-aware). */
        public Builder caseSensitive(boolean on) {
            this.caseSensitive = on;
            return this;
        }

        /** Match the following phrases as whole words (default) or anywhere, also inside words. */
        public Builder wholeWords(boolean on) {
            this.wholeWords = on;
            return this;
        }

        /** Phrases that must all be present (AND). */
        public Builder allOf(String... phrases) {
            add(all, phrases, false);
            return this;
        }

        /** Phrases of which at least one must be present (OR). */
        public Builder anyOf(String... phrases) {
            add(any, phrases, false);
            return this;
        }

        /** Phrases none of which may be present (NOT). */
        public Builder noneOf(String... phrases) {
            add(none, phrases, false);
            return this;
        }

        /**
         * A regular expression that must match (AND with the other required terms).
         *
         * @throws IllegalArgumentException naming the expression when it does not compile
         */
        public Builder regex(String regex) {
            add(all, new String[]{regex}, true);
            return this;
        }

        /** A regular expression that must not match (NOT). */
        public Builder notRegex(String regex) {
            add(none, new String[]{regex}, true);
            return this;
        }

        /**
         * Where matching questions go, best first (required).
         *
         * @throws IllegalArgumentException if no model or a blank one is given
         */
        public Builder route(String... models) {
            if (models.length == 0) {
                throw new IllegalArgumentException("rule '" + name + "' needs at least one model");
            }
            for (String m : models) {
                if (m == null || m.isBlank()) {
                    throw new IllegalArgumentException("rule '" + name + "': model names must not be blank");
                }
                this.models.add(m);
            }
            return this;
        }

        /**
         * Builds the rule.
         *
         * @throws IllegalStateException if it has no model, or no term at all
         */
        public KeywordRule build() {
            if (models.isEmpty()) {
                throw new IllegalStateException("rule '" + name + "' has no model: call route(..)");
            }
            if (all.isEmpty() && any.isEmpty()) {
                throw new IllegalStateException("rule '" + name + "' has no allOf, anyOf or regex term: it would match everything");
            }
            return new KeywordRule(this);
        }

        private void add(List<Pattern> into, String[] terms, boolean regex) {
            for (String t : terms) {
                if (t == null || t.isBlank()) {
                    throw new IllegalArgumentException("rule '" + name + "': terms must not be blank");
                }
                String body = regex ? t : Pattern.quote(t.strip()).replace(" ", "\\E\\s+\\Q");
                if (!regex && wholeWords) {
                    // scripts written without spaces (Chinese, Japanese, Thai...) have no word boundaries to check
                    String stripped = t.strip();
                    boolean openStart = unspaced(stripped.codePointAt(0));
                    boolean openEnd = unspaced(stripped.codePointBefore(stripped.length()));
                    body = (openStart ? "" : "(?<![\\p{L}\\p{N}_])") + body + (openEnd ? "" : "(?![\\p{L}\\p{N}_])");
                }
                int flags = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
                try {
                    into.add(Pattern.compile(body, flags));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("rule '" + name + "': bad regular expression '" + t + "': "
                            + e.getDescription(), e);
                }
            }
        }
    }
}
