package io.semanticrouter.verify;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a question into the word list of a {@link TextFeatures}: normalises it (NFKC, straight
 * apostrophes, "1,000" to "1000", "$5" and "5kg" split, "wi-fi" to "wifi"), drops a leading sentence of courtesy,
 * expands contractions, and records for each word whether it was capitalised and whether it opens a sentence, the
 * words after commas, a phrase put in front and possessors; then joins names of several words. Example: "Hi! Why
 * can't my friend's Wi-Fi reach 5GHz?" gives the words why, can, not, my, friend, wifi, reach, 5, ghz, with
 * possessor "friend".
 */
final class Tokenizer {

    private static final Pattern DIGIT_LETTER = Pattern.compile("(?<![\\p{L}\\d.])(\\d+)(?=[a-zA-Z°%$€£¥₹])");
    private static final Pattern SYMBOL_DIGIT = Pattern.compile("([$€£¥₹])(?=\\d)");
    private static final Pattern THOUSANDS = Pattern.compile("(\\d),(?=\\d{3}\\b)");
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{N}'.+#]*[\\p{L}\\p{N}+#]|[\\p{L}\\p{N}]|[$€£¥₹%]|->|→|[.?!;:,]");
    private static final Pattern SHORT_HYPHEN = Pattern.compile("\\b(\\p{L}{1,2})-(\\p{L}{2,})\\b");
    private static final Pattern PREFIX_HYPHEN = Pattern.compile(
            "(?i)\\b(anti|non|over|under|hyper|hypo|counter)-(\\p{L}{3,})\\b");
    /** Prepositions that may open a phrase put in front of a question ("In Kotlin, ..."). */
    private static final Set<String> FRONTING = Set.of("in", "for", "on", "with", "using", "at", "from", "within",
            "inside", "during", "without", "under", "via");
    /** Longest phrase read as put in front, in words. */
    private static final int MAX_FRONTED_WORDS = 5;
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(st|nd|rd|th)");
    private static final Set<String> BROKEN_CONTRACTIONS = Set.of("cant", "dont", "doesnt", "isnt", "didnt",
            "shouldnt", "wouldnt", "couldnt", "arent", "wasnt", "werent", "havent", "hasnt", "wont", "aint");

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

    private Tokenizer() {
    }

    /**
     * Normalises {@code text} and fills the words of {@code f} with their capitals and sentence starts, the words
     * after commas, the end of a phrase put in front, the first stop and the possessors.
     */
    static void tokenize(String text, TextFeatures f) {
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
        split(withoutCourtesy(t), f);
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

    /** The text without a leading sentence of courtesy, when a question of some words follows it. */
    private static String withoutCourtesy(String t) {
        Matcher m = COURTESY.matcher(t);
        if (m.find() && t.length() - m.end() >= 10) {
            return t.substring(m.end());
        }
        return t;
    }

    private static void split(String t, TextFeatures f) {
        List<String> words = f.words;
        Matcher m = TOKEN.matcher(t);
        boolean start = true;
        while (m.find()) {
            String raw = m.group();
            if (raw.length() == 1 && ".?!;:,".indexOf(raw.charAt(0)) >= 0) {
                if (raw.equals(",")) {
                    f.afterComma.add(words.size());
                } else if (!words.isEmpty() && ".?!".indexOf(raw.charAt(0)) >= 0 && f.firstStop < 0) {
                    f.firstStop = words.size();
                }
                if (raw.equals(",") && f.frontedEnd == 0 && !words.isEmpty() && words.size() <= MAX_FRONTED_WORDS
                        && FRONTING.contains(words.get(0))) {
                    f.frontedEnd = words.size(); // "In CSS, how do I ...", "For doubles, what are ..."
                }
                start = start || raw.charAt(0) != ',';
                continue;
            }
            boolean cap = Character.isUpperCase(raw.codePointAt(0)) || hasInnerUpper(raw);
            String lower = raw.toLowerCase(Locale.ROOT);
            if ((lower.endsWith("'s") || lower.endsWith("s'")) && lower.length() > 3) {
                String owner = lower.substring(0, lower.indexOf('\''));
                if (!Lexicon.STOPWORDS.contains(owner)) {
                    f.possessorNames.add(owner); // "friend's"; "it's", "what's", "he's" are contractions
                }
            }
            for (String w : expand(raw)) {
                add(f, w, cap, start);
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

    private static void add(TextFeatures f, String w, boolean cap, boolean start) {
        f.words.add(w);
        f.capitalised.add(cap);
        f.sentenceStart.add(start);
    }

    /** Joins names of several words ("new york", "sql server") into one token, longest first. */
    static void joinMultiwordNames(TextFeatures f) {
        List<String> words = f.words;
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
                        f.capitalised.remove(i + 1);
                        f.sentenceStart.remove(i + 1);
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
}
