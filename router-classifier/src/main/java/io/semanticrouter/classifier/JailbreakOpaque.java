package io.semanticrouter.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "obfuscated instruction" rule of {@link JailbreakGuard}: a prompt that tells the assistant to decode a payload
 * and then act on it, where no decoder could read the payload. New encodings appear faster than decoders for them,
 * and a guard that cannot read a request cannot judge it, so it fails closed: it reports a jailbreak technique.
 * All three parts are needed:
 * <ol>
 *   <li>a decoding verb: decode, decipher, decrypt, unscramble, translate from a code or cipher, convert to text,
 *       work out, apply a named rotation, or read "it", "this" or "the letters" (also in Spanish, French, German,
 *       Portuguese, Italian, Russian and Chinese);</li>
 *   <li>after it, joined by "and", "then" or punctuation, an order to act on the content: answer or respond to it,
 *       reply in full, do, follow, carry out or execute what it says, comply, help; not "answer with the decoded
 *       text" or "reply in plain English", which ask only for the decoding;</li>
 *   <li>an opaque payload, and no decoding appended by the normaliser: {@value #MIN_RUN} or six words in a row
 *       that are not common English (or common Spanish, French, German, Portuguese or Italian) words, most of them
 *       with a sign of an encoding (no vowel, four consonants in a row, "q" without "u", a lone consonant, case
 *       changing inside a word, digits or symbols, at most two distinct letters) or all of one length of at least
 *       four letters (the fixed-size groups ciphertext is written in), or one word with such a sign of at least
 *       {@value #MIN_BLOB} characters (not a web address). Text in any other script counts as readable.</li>
 * </ol>
 * A prompt about code, queries or data formats (regex, SQL, JSON, a stack trace...) is left to the other signals:
 * their tokens look like an encoding. Stateless.
 */
final class JailbreakOpaque {

    /** Fewest words of a payload run. */
    static final int MIN_RUN = 5;
    /** Fewest characters of a single opaque blob. */
    static final int MIN_BLOB = 24;
    /** The rule's name in verdicts. */
    static final String NAME = "obfuscated instruction";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String DECODE = "(?:\\b(?:decode|decipher|decrypt|unscramble|descramble|deobfuscate|uudecode|unswap|unencrypt)\\w*"
            + "|\\btranslate\\s+(?:\\w+\\s+){0,2}?(?:from|out of)\\s+(?:\\w+\\s+){0,2}?(?:code|cipher|morse|binary|encoding)"
            + "|\\bconvert\\s+(?:\\w+\\s+){0,2}?(?:to|into)\\s+(?:plain\\s+)?(?:text|english|letters|words)"
            + "|\\bwork\\s+(?:it|this|them)\\s+out|\\bapply\\s+rot\\s?-?\\d+|\\bcrack\\s+(?:it|this|the code)"
            + "|\\bread\\s+(?:it|this|them|the\\s+(?:\\w+\\s+)?(?:letters|message|symbols|characters|glyphs|cipher|code))\\b"
            + "|\\b(?:decodifica|descifra|desencripta|d[ée]code|d[ée]chiffre|d[ée]crypte|dekodiere|decodiere|entschl[üu]ssle|entschl[üu]ssele|entziffere"
            + "|decodifique|decifre|descriptografe|decifra|decritta)\\w*|расшифруй|декодируй|解码|解密|破译)";
    private static final String ACT = "(?:answer|respond|reply|comply|obey|execute|carry\\s+(?:it\\s+|them\\s+)?out|act\\s+on"
            + "|follow\\s+(?:it|them|what|its|their|the\\s+(?:instructions?|request|orders?|steps?))"
            + "|(?:just\\s+)?do\\s+(?:it|that|this|what|exactly|as|so)|help\\b(?!\\s+me\\s+(?:decode|read|understand|figure|work))"
            + "|perform\\s+(?:it|the)|fulfil+\\s+(?:it|the)|complete\\s+(?:it|the\\s+(?:task|request))"
            + "|responde|contesta|r[ée]ponds|ex[ée]cute|antworte|f[üu]hre\\s+\\S+\\s+aus|rispondi|esegui|ответь|выполни|回答|执行|照做)";
    private static final Pattern ORDER = Pattern.compile(DECODE + "[^\\n]{0,80}?(?:\\band\\b|\\bthen\\b|\\by\\b|\\bet\\b|\\bund\\b|\\be\\b|\\bи\\b"
            + "|[,;:.?!]|然后|并)\\s*(?:then\\s+|please\\s+|just\\s+)?" + ACT, FLAGS);
    private static final Pattern ONLY_DECODING = Pattern.compile("\\b(?:answer|respond|reply)\\s+(?:only\\s+)?(?:with|in)\\s+(?:only\\s+|just\\s+)?"
            + "(?:the\\s+)?(?:decoded|decrypted|plain|original|clear|translated|english|plaintext)", FLAGS);
    private static final Pattern ARTEFACT = Pattern.compile("\\b(?:regex|regexp|regular expression|snippet|function|sql|query|json|yaml|xml|html|css"
            + "|stack ?trace|traceback|exception|error message|log (?:file|line|entry)|script|source code|spreadsheet|csv|formula|equation)\\b", FLAGS);
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern EDGES = Pattern.compile("^[\\p{Ps}\\p{Pi}\"'`.,;:!?]+|[\\p{Pe}\\p{Pf}\"'`.,;:!?]+$");
    private static final Pattern FOUR_CONSONANTS = Pattern.compile("[b-df-hj-np-tv-xz]{4}", Pattern.CASE_INSENSITIVE);
    private static final Pattern Q_WITHOUT_U = Pattern.compile("q(?!u)");
    private static final Pattern INNER_CASE = Pattern.compile("\\p{Ll}\\p{Lu}");
    private static final Set<String> FOREIGN = Set.copyOf(java.util.Arrays.asList(("de la que el en los del se las por un para con no una su al lo como pero sus le ya este"
            + " porque esta entre cuando muy sin sobre también hasta hay donde quien desde todo nos todos uno les ni otros ese eso"
            + " esto antes algunos unos yo otro otra tanto esa estos mucho nada cual poco ella estar algo es son fue ser tiene hola"
            + " les des du une et est dans pour pas sur au avec ce il elle ne plus je nous vous tu mais ou sont être avoir fait bien"
            + " der die das und ist nicht ein eine zu den von mit sich auf für im dem es auch als an er wie wir ich sie aber bei oder"
            + " nach noch wenn nur kann os um uma não com mais dos na da do em ao pelo il gli di che per non della sono ma anche").split(" ")));

    private JailbreakOpaque() {
    }

    /**
     * The order the rule matched ("decode it and answer"), when the prompt asks the assistant to decode and act on a
     * payload no decoder could read; empty otherwise.
     *
     * @param parts the prompt normalised by {@link JailbreakText#parts}
     */
    static Optional<String> find(JailbreakText.Parts parts) {
        if (!parts.decoded().isEmpty()) {
            return Optional.empty(); // a decoder read the payload: the decoded text is judged instead
        }
        String text = parts.inPlace();
        Matcher m = ORDER.matcher(text);
        if (!m.find() || ONLY_DECODING.matcher(text).find() || ARTEFACT.matcher(text).find()) {
            return Optional.empty();
        }
        return opaque(text) ? Optional.of(m.group()) : Optional.empty();
    }

    /** Whether the text holds an opaque payload: a run of encoded-looking words, or one long encoded blob. */
    static boolean opaque(String text) {
        List<String> run = new ArrayList<>();
        Matcher t = TOKEN.matcher(text);
        while (t.find()) {
            String token = EDGES.matcher(t.group()).replaceAll("");
            if (token.chars().noneMatch(Character::isLetterOrDigit)) {
                continue; // a separator such as "/", "|" or "-"
            }
            if (readable(token)) {
                if (qualifies(run)) {
                    return true;
                }
                run.clear();
            } else if (!known(token) || token.length() > 2) {
                run.add(token);
            }
        }
        return qualifies(run);
    }

    /**
     * Whether a run of unknown words holds a payload: a long blob with a sign of an encoding, or
     * {@value #MIN_RUN} words in a row that are mostly encoded-looking (three of five, four of six) or all of one
     * length of at least four letters.
     */
    private static boolean qualifies(List<String> run) {
        for (String w : run) {
            if (w.length() >= MIN_BLOB && encoded(w) && !w.contains("://") && !w.startsWith("www.")) {
                return true;
            }
        }
        for (int i = 0; i + MIN_RUN <= run.size(); i++) {
            List<String> window = run.subList(i, Math.min(run.size(), i + MIN_RUN + 1));
            long signs = window.stream().filter(JailbreakOpaque::encoded).count();
            List<String> five = window.subList(0, MIN_RUN);
            boolean grouped = five.stream().mapToInt(String::length).distinct().count() == 1 && five.get(0).length() >= 4;
            if (signs * 10 >= window.size() * 6 || grouped) {
                return true;
            }
        }
        return false;
    }

    /** A word that ends a run: a known word of three letters or more, or a word in another script. */
    private static boolean readable(String token) {
        if (token.chars().anyMatch(c -> c > 127 && Character.isLetter(c))) {
            return true;
        }
        return token.length() > 2 && known(token);
    }

    private static boolean known(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        return JailbreakText.isCommonWord(w) || FOREIGN.contains(w);
    }

    /** Whether a word shows a sign of an encoding rather than a language. */
    static boolean encoded(String w) {
        if (!w.chars().allMatch(Character::isLetter)) {
            return !w.matches("\\p{L}+(?:['’-]\\p{L}+)*"); // digits or symbols; an apostrophe or hyphen is still a word
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.length() == 1) {
            return "aeiouy".indexOf(lower.charAt(0)) < 0;
        }
        boolean acronym = w.equals(w.toUpperCase(Locale.ROOT)) && w.length() <= 5;
        return !acronym && lower.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0)
                || FOUR_CONSONANTS.matcher(lower).find()
                || w.equals(lower) && Q_WITHOUT_U.matcher(lower).find()
                || INNER_CASE.matcher(w).find()
                || w.length() >= 4 && lower.chars().distinct().count() <= 2;
    }
}
