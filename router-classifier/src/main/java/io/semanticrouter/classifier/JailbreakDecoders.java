package io.semanticrouter.classifier;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * More ways of hiding words that {@link JailbreakText} undoes: letters spaced apart with wider gaps between words
 * ("t e l l &nbsp; m e"), words separated by emoji or other pictographic symbols instead of spaces (not by maths
 * signs, so {@code a+b+c+d} stays), aLtErNaTiNg case, and
 * encodings whose decoded text is appended: pig latin, hex bytes, URL (percent) encoding and decimal character
 * codes. Each decoding is kept only when its result reads as common English words (pig latin: at least two more than
 * the input), so colour codes, hashes, ordinary URLs and lists of numbers pass unchanged; symbols stand for spaces
 * only when at least three of them sit between letters. A repeated run (spaced letters, hex bytes, character codes,
 * URL escapes) is matched at most {@link JailbreakCiphers#RUN} items at a time, so a 100 KB run neither overflows the
 * matcher's stack nor is scanned again from every position; a longer run is read in pieces. Stateless.
 */
final class JailbreakDecoders {

    private static final Pattern SPACED_TEXT = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?: \\p{L}| {2,}\\p{L}){7," + JailbreakCiphers.RUN + "}(?![\\p{L}\\p{N}])");
    private static final Pattern WIDE_GAP = Pattern.compile(" {2,}");
    private static final Pattern SYMBOL_GAP = Pattern.compile("(?<=\\p{L})[\\p{So}\\uFE0F]+(?=\\p{L})");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern PIG_WORD = Pattern.compile("\\b([A-Za-z]+?)(w|y)?ay\\b");
    private static final Pattern HEX = Pattern.compile("(?<![0-9A-Fa-f])(?:(?:0x|\\\\x)?[0-9A-Fa-f]{2}[ ,:]?){6," + JailbreakCiphers.RUN + "}(?![0-9A-Fa-f])");
    private static final Pattern HEX_BYTE = Pattern.compile("(?:0x|\\\\x)?([0-9A-Fa-f]{2})");
    private static final Pattern PERCENT = Pattern.compile("[^\\s%]{0,200}(?:%[0-9A-Fa-f]{2}[^\\s%]{0,200}){4," + JailbreakCiphers.RUN + "}");
    private static final Pattern PERCENT_LETTER = Pattern.compile("%(?:4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa])");
    private static final Pattern CODES = Pattern.compile("(?<!\\d)(?:(?:3[2-9]|[4-9]\\d|1[01]\\d|12[0-6])[ ,]+){5," + JailbreakCiphers.RUN + "}"
            + "(?:3[2-9]|[4-9]\\d|1[01]\\d|12[0-6])(?!\\d)");
    private static final Pattern CLAUSE = Pattern.compile("[^:\\n]{12,}");
    private static final Set<String> ONSETS = Set.of("bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kn",
            "ph", "pl", "pr", "qu", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "tw", "wh", "wr",
            "scr", "shr", "spl", "spr", "squ", "str", "thr");

    private JailbreakDecoders() {
    }

    /** Spaced letters with wide word gaps, symbol-separated words and alternating case, undone in place. */
    static String inPlace(String text, List<String> notes) {
        String t = text;
        Matcher m = SPACED_TEXT.matcher(t);
        StringBuilder out = new StringBuilder(t.length());
        boolean spaced = false;
        while (m.find()) {
            String run = m.group();
            if (!WIDE_GAP.matcher(run).find()) {
                continue; // letters with single gaps only: JailbreakText joins those per word
            }
            spaced = true;
            String joined = String.join(" ", java.util.Arrays.stream(WIDE_GAP.split(run)).map(w -> w.replace(" ", "")).toList());
            m.appendReplacement(out, Matcher.quoteReplacement(joined));
        }
        m.appendTail(out);
        if (spaced) {
            notes.add("spaced words");
            t = out.toString();
        }
        Matcher s = SYMBOL_GAP.matcher(t);
        if (s.results().count() >= 3) {
            notes.add("symbol-separated words");
            t = s.reset().replaceAll(" ");
        }
        return alternatingCase(t, notes);
    }

    /** The text lower-cased when most of its longer words flip case inside ("fReE fRoM eVeRy"). */
    private static String alternatingCase(String text, List<String> notes) {
        int words = 0;
        int flipped = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            flipped += flips(m.group()) ? 1 : 0;
        }
        if (flipped >= 4 && flipped * 10 >= words * 6) {
            notes.add("alternating case");
            return text.toLowerCase(Locale.ROOT);
        }
        return text;
    }

    /** A word whose case changes between most pairs of neighbouring letters ("fReE", "yOu"; not "JavaScript"). */
    private static boolean flips(String word) {
        int changes = 0;
        for (int i = 1; i < word.length(); i++) {
            changes += Character.isUpperCase(word.charAt(i)) != Character.isUpperCase(word.charAt(i - 1)) ? 1 : 0;
        }
        return changes >= 2 && changes * 10 >= (word.length() - 1) * 6;
    }

    /** Decoded pig latin, hex, URL-encoded and character-code text that reads as more English; appended by the caller. */
    static List<String> decoded(String text, List<String> notes) {
        List<String> out = new ArrayList<>();
        int before = out.size();
        Matcher c = CLAUSE.matcher(text);
        while (c.find()) {
            String clause = c.group().strip();
            String pig = pigLatin(clause);
            if (JailbreakText.englishWords(pig) >= Math.max(3, JailbreakText.englishWords(clause) + 2)) {
                out.add(pig);
            }
        }
        note(out, before, "pig latin", notes);
        before = out.size();
        Matcher h = HEX.matcher(text);
        while (h.find()) {
            keepIfEnglish(hex(h.group()), out);
        }
        note(out, before, "hex decoded", notes);
        before = out.size();
        Matcher p = PERCENT.matcher(text);
        while (p.find()) {
            if (PERCENT_LETTER.matcher(p.group()).results().count() >= 4) {
                keepIfEnglish(URLDecoder.decode(p.group().replace("+", "%2B"), StandardCharsets.UTF_8), out);
            }
        }
        note(out, before, "URL-decoded", notes);
        before = out.size();
        Matcher d = CODES.matcher(text);
        while (d.find()) {
            StringBuilder b = new StringBuilder();
            for (String n : d.group().split("[ ,]+")) {
                b.append((char) Integer.parseInt(n));
            }
            keepIfEnglish(b.toString(), out);
        }
        note(out, before, "character codes", notes);
        return out;
    }

    private static void note(List<String> out, int before, String what, List<String> notes) {
        if (out.size() > before) {
            notes.add(what);
        }
    }

    private static void keepIfEnglish(String decoded, List<String> out) {
        if (JailbreakText.englishWords(decoded) >= 2 && printable(decoded)) {
            out.add(decoded);
        }
    }

    /** Whether a decoding holds no control character but line breaks: what every decoder asks before keeping one. */
    static boolean printable(String decoded) {
        return decoded.chars().allMatch(ch -> ch >= 32 && ch != 127 || ch == '\n');
    }

    private static String hex(String run) {
        Matcher m = HEX_BYTE.matcher(run);
        byte[] bytes = new byte[run.length()];
        int n = 0;
        while (m.find()) {
            bytes[n++] = (byte) Integer.parseInt(m.group(1), 16);
        }
        return new String(bytes, 0, n, StandardCharsets.UTF_8);
    }

    /** Every word ending in "ay" read back from pig latin; other words as written. */
    static String pigLatin(String clause) {
        Matcher m = PIG_WORD.matcher(clause);
        StringBuilder out = new StringBuilder(clause.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(unPig(m.group(1), m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * One word back from pig latin: a vowel-initial word with its "way"/"yay" removed, or the consonants moved to
     * the end put back in front. A reading that is a common English word wins; else the vowel-initial reading, else
     * the longest moved cluster that can begin an English word, else a single consonant.
     */
    private static String unPig(String stem, String glide) {
        String body = glide == null ? stem : stem + glide;
        String vowelInitial = glide != null && "aeiouAEIOU".indexOf(stem.charAt(0)) >= 0 ? stem : null;
        List<String> readings = new ArrayList<>();
        if (vowelInitial != null) {
            readings.add(vowelInitial);
        }
        String onsetReading = null;
        for (int k = 1; k <= Math.min(3, body.length() - 1); k++) {
            String cluster = body.substring(body.length() - k);
            if (cluster.chars().anyMatch(ch -> "aeiouAEIOU".indexOf(ch) >= 0)) {
                break;
            }
            String r = cluster + body.substring(0, body.length() - k);
            readings.add(r);
            if (k > 1 && ONSETS.contains(cluster.toLowerCase(Locale.ROOT))) {
                onsetReading = r;
            }
        }
        for (String r : readings) {
            if (JailbreakText.englishWords(r) == 1) {
                return r;
            }
        }
        if (vowelInitial != null) {
            return vowelInitial;
        }
        if (onsetReading != null) {
            return onsetReading;
        }
        return readings.isEmpty() ? body : readings.get(0);
    }
}
