package io.semanticrouter.classifier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classical ciphers and bit-level encodings that {@link JailbreakText} and {@link JailbreakDecoders} do not undo,
 * decoded and appended by the caller: Caesar shifts other than 13 (ROT13 is {@link JailbreakText}'s), Atbash
 * (a to z, b to y, ...), words each spelt backwards in place, Morse code, binary bytes, octal bytes, backslash-u and
 * HTML numeric character escapes, regional-indicator ("flag letter") emoji, and ROT47 (the rotation of the printable
 * ASCII characters 33 to 126 by 47). These are the encodings the cipher-jailbreak
 * literature uses (CipherChat: Caesar, Atbash, Morse, Unicode; "Jailbroken": Morse and others; FlipAttack: words
 * spelt backwards) that were not yet undone.
 *
 * <p>Each decoding is kept only when it reads as clearly more common English than the input. For the letter
 * ciphers the test is per clause: count the words that are not common English words as written but become one
 * under a candidate (each of the 24 Caesar shifts other than 0 and 13, Atbash, per-word reversal); the best
 * candidate is kept when it turns at least three such words, at least 40% of them, and more than twice as many as
 * the runner-up. The encodings of bits and codes are kept when the decoding is printable and at least two of its
 * words, and a third of them, are common English words. So a question quoting Morse for "SOS", binary numbers
 * in homework, a Caesar exercise that names no hidden sentence, a hash or UUID, and Hebrew or Greek text pass
 * unchanged.
 *
 * <p>Cost is linear in the text: the letter ciphers read at most {@value #MAX_CIPHER_WORDS} words of a prompt
 * (each tried 26 ways), every other decoder is a single regular-expression pass, and at most
 * {@value #MAX_APPENDED} decodings of the other ciphers are appended.
 *
 * <p>ROT47 is read line by line (a line, or the part of one after a colon and a space) and its decodings come after
 * the others, outside that cap: one for each line that reads as English in ROT47, as many as the text has such lines
 * of at least 12 characters, and noted "ROT47" after the other ciphers' notes. This keeps what the guard appended
 * when ROT47 had a decoding step of its own after this class's: a long prompt with more than
 * {@value #MAX_APPENDED} other decodings still gets its ROT47 lines read ({@code JailbreakCiphersTest} pins it).
 * Stateless.
 */
final class JailbreakCiphers {

    /** Most words of one prompt the letter ciphers try. */
    static final int MAX_CIPHER_WORDS = 3_000;
    /** Most decodings this class appends for one prompt. */
    static final int MAX_APPENDED = 16;
    /**
     * Most items (Morse letters, bytes, escapes) one regular-expression match takes: Java's matcher recurses once per
     * repeated group, so an unbounded run of 100 KB would overflow the stack; a longer run is read in pieces.
     */
    static final int RUN = 256;
    private static final int ATBASH = 26;
    private static final int WORD_REVERSAL = 27;
    private static final Pattern CLAUSE = Pattern.compile("[^:\\n]{12,}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern MORSE = Pattern.compile(
            "(?<![\\w.\\-])[.\\-]{1,7}(?:(?: {1,7}| *[/|] *)[.\\-]{1,7}){5," + RUN + "}(?![\\w.\\-])");
    private static final Pattern MORSE_WORD_GAP = Pattern.compile(" *[/|] *| {2,}");
    private static final Pattern BINARY_SPACED = Pattern.compile("(?<![\\w.])[01]{7,8}(?:[ ,]+[01]{7,8}){3," + RUN + "}(?![\\w.])");
    private static final Pattern BINARY_SOLID = Pattern.compile("(?<![\\w.])(?:[01]{8}){4," + RUN + "}(?![\\w.])");
    private static final Pattern OCTAL = Pattern.compile("(?<![\\w\\\\])(?:\\\\?[0-7]{3}(?:[ ,]+|(?=\\\\))){5," + RUN + "}\\\\?[0-7]{3}(?!\\d)");
    private static final Pattern UNICODE_ESCAPES = Pattern.compile("(?:\\\\u[0-9A-Fa-f]{4}|&#x[0-9A-Fa-f]{1,6};|&#\\d{1,7};){4," + RUN + "}");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})|&#x([0-9A-Fa-f]{1,6});|&#(\\d{1,7});");
    private static final Pattern FLAG_LETTERS = Pattern.compile("(?:[\\x{1F1E6}-\\x{1F1FF}]\\s*){6," + RUN + "}");
    private static final Map<String, Character> MORSE_CODE = morseCode();
    /** Where ROT47 pieces end: a line break, or a colon and a space ("decode this: ..."), which ROT47 text seldom has. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\n|: ");

    private JailbreakCiphers() {
    }

    /**
     * Decoded text for each cipher or encoding found, at most {@value #MAX_APPENDED}, then the {@link #rot47(String, List)
     * ROT47} decodings, which do not count toward that cap; {@code notes} names them.
     */
    static List<String> decoded(String text, List<String> notes) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        letterCiphers(text, out, notes);
        collect(out, notes, "Morse code", morse(text));
        collect(out, notes, "binary decoded", binary(text));
        collect(out, notes, "octal decoded", octal(text));
        collect(out, notes, "character escapes", escapes(text));
        collect(out, notes, "flag letters", flagLetters(text));
        List<String> capped = out.size() <= MAX_APPENDED ? out : new ArrayList<>(out.subList(0, MAX_APPENDED));
        capped.addAll(rot47(text, notes)); // outside the cap, as when ROT47 was a step of its own (class comment)
        return capped;
    }

    private static void collect(List<String> out, List<String> notes, String what, List<String> found) {
        if (!found.isEmpty() && out.size() < MAX_APPENDED) {
            notes.add(what);
            out.addAll(found);
        }
    }

    /** How many words the letter ciphers try on this text (at most {@value #MAX_CIPHER_WORDS}); for tests. */
    static int cipherWordsTried(String text) {
        return letterCiphers(text, new ArrayList<>(), new ArrayList<>());
    }

    /** Caesar shifts, Atbash and per-word reversal, tried clause by clause within the word budget; words tried. */
    private static int letterCiphers(String text, List<String> out, List<String> notes) {
        Matcher c = CLAUSE.matcher(text);
        int budget = MAX_CIPHER_WORDS;
        int tried = 0;
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        while (budget > 0 && out.size() < MAX_APPENDED && c.find()) {
            List<String> words = new ArrayList<>();
            Matcher w = LATIN_WORD.matcher(c.group());
            while (w.find() && words.size() < budget) {
                String word = w.group().toLowerCase(Locale.ROOT);
                if (!JailbreakText.isCommonWord(word)) {
                    words.add(word);
                }
            }
            budget -= Math.max(1, words.size());
            tried += words.size();
            int best = bestCandidate(words);
            String clause = c.group().strip();
            if (best > 0) {
                out.add(apply(clause, best));
                found.add(best == ATBASH ? "Atbash" : best == WORD_REVERSAL ? "words spelt backwards" : "Caesar shift");
            }
        }
        notes.addAll(found);
        return tried;
    }

    /**
     * The candidate (shift 1 to 25 but 13, {@link #ATBASH}, {@link #WORD_REVERSAL}) that turns the most of these
     * uncommon words into common ones, when it clearly wins; else 0.
     */
    static int bestCandidate(List<String> uncommon) {
        if (uncommon.size() < 3) {
            return 0;
        }
        int best = 0;
        int bestGain = 0;
        int second = 0;
        for (int k = 1; k <= WORD_REVERSAL; k++) {
            if (k == 13) {
                continue;
            }
            int gain = 0;
            for (String word : uncommon) {
                gain += JailbreakText.isCommonWord(apply(word, k)) ? 1 : 0;
            }
            if (gain > bestGain) {
                second = bestGain;
                bestGain = gain;
                best = k;
            } else if (gain > second) {
                second = gain;
            }
        }
        boolean clear = bestGain >= 3 && bestGain * 10 >= uncommon.size() * 4 && bestGain > 2 * second;
        return clear ? best : 0;
    }

    /** The text under candidate {@code k}: shifted back by k letters, Atbash, or each word spelt backwards. */
    static String apply(String text, int k) {
        if (k == WORD_REVERSAL) {
            Matcher m = LATIN_WORD.matcher(text);
            StringBuilder out = new StringBuilder(text.length());
            while (m.find()) {
                m.appendReplacement(out, new StringBuilder(m.group()).reverse().toString());
            }
            return m.appendTail(out).toString();
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean lower = ch >= 'a' && ch <= 'z';
            if (lower || ch >= 'A' && ch <= 'Z') {
                int base = lower ? 'a' : 'A';
                int p = ch - base;
                ch = (char) (base + (k == ATBASH ? 25 - p : (p - k + 26) % 26));
            }
            b.append(ch);
        }
        return b.toString();
    }

    /** Morse runs (letters split by spaces, words by a slash, a bar or wider gaps) that read as English. */
    static List<String> morse(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MORSE.matcher(dotsAndDashes(text));
        while (m.find()) {
            StringBuilder b = new StringBuilder();
            int unknown = 0;
            int letters = 0;
            for (String word : MORSE_WORD_GAP.split(m.group().strip())) {
                for (String code : word.strip().split(" +")) {
                    Character ch = MORSE_CODE.get(code);
                    unknown += ch == null ? 1 : 0;
                    letters++;
                    b.append(ch == null ? '?' : ch);
                }
                b.append(' ');
            }
            if (unknown * 5 <= letters) {
                keepIfEnglish(b.toString().strip().toLowerCase(Locale.ROOT), out);
            }
        }
        return out;
    }

    /** The text with middle dots, bullets and dash look-alikes written as '.' and '-' (same length). */
    private static String dotsAndDashes(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            b.append("\u00B7\u2022\u2219\u22C5".indexOf(ch) >= 0 ? '.' : "\u2212\u2013\u2014_".indexOf(ch) >= 0 ? '-' : ch);
        }
        return b.toString();
    }

    /** Binary bytes, 7 or 8 bits apart or 8-bit groups run together, that read as English. */
    static List<String> binary(String text) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(BINARY_SPACED, BINARY_SOLID)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String bits = m.group().replaceAll("[ ,]+", " ");
                List<String> groups = new ArrayList<>();
                if (bits.indexOf(' ') >= 0) {
                    groups.addAll(List.of(bits.split(" ")));
                } else {
                    for (int i = 0; i + 8 <= bits.length(); i += 8) {
                        groups.add(bits.substring(i, i + 8));
                    }
                }
                byte[] bytes = new byte[groups.size()];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) Integer.parseInt(groups.get(i), 2);
                }
                keepIfEnglish(new String(bytes, StandardCharsets.UTF_8), out);
            }
        }
        return out;
    }

    /** Octal byte runs ({@code 151 147 156}, {@code \151\147\156}) that read as English. */
    static List<String> octal(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = OCTAL.matcher(text);
        while (m.find()) {
            StringBuilder b = new StringBuilder();
            for (String n : m.group().split("[ ,\\\\]+")) {
                if (!n.isEmpty()) {
                    b.append((char) Integer.parseInt(n, 8));
                }
            }
            keepIfEnglish(b.toString(), out);
        }
        return out;
    }

    /** Runs of backslash-u escapes or numeric HTML entities ({@code &#105;}, {@code &#x69;}) that read as English. */
    static List<String> escapes(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = UNICODE_ESCAPES.matcher(text);
        while (m.find()) {
            StringBuilder b = new StringBuilder();
            Matcher e = ESCAPE.matcher(m.group());
            while (e.find()) {
                int cp = e.group(1) != null ? Integer.parseInt(e.group(1), 16)
                        : e.group(2) != null ? Integer.parseInt(e.group(2), 16) : Integer.parseInt(e.group(3));
                if (Character.isValidCodePoint(cp)) {
                    b.appendCodePoint(cp);
                }
            }
            keepIfEnglish(b.toString(), out);
        }
        return out;
    }

    /** Runs of regional-indicator emoji (the letters flags are made of) read as letters, when English. */
    static List<String> flagLetters(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = FLAG_LETTERS.matcher(text);
        while (m.find()) {
            StringBuilder b = new StringBuilder();
            m.group().codePoints().forEach(cp -> b.append(Character.isWhitespace(cp) ? ' ' : (char) ('a' + cp - 0x1F1E6)));
            keepIfEnglish(b.toString(), out);
        }
        return out;
    }

    /**
     * Lines (and the parts of a line after a colon) that read as at least two more common English words (and at
     * least three, a fifth of the words) in ROT47 than as written, decoded; only lines of which a fifth of the
     * visible characters are what ROT47 makes of lower-case letters (digits 2 to 9 and {@code :;<=>?@}) and a tenth
     * what it makes of "i" to "o". Notes "ROT47" when it decoded any.
     */
    static List<String> rot47(String text, List<String> notes) {
        List<String> out = new ArrayList<>();
        for (String line : LINE_BREAK.split(text)) {
            if (line.length() < 12) {
                continue;
            }
            long visible = line.chars().filter(c -> c > ' ').count();
            long rotated = line.chars().filter(c -> c >= '2' && c <= '@').count();
            long vowels = line.chars().filter(c -> c == '@' || c == ':' || c == '?' || c == '=' || c == '<' || c == '>').count();
            if (rotated * 5 < visible || vowels * 10 < visible) {
                continue; // "i" to "o" become ":" to "@": English in ROT47 is full of them, timetables and invoices are not
            }
            String decoded = rot47(line);
            int english = JailbreakText.englishWords(decoded);
            if (english >= Math.max(3, JailbreakText.englishWords(line) + 2) && english * 5 >= decoded.split("\\s+").length) {
                out.add(decoded.strip());
            }
        }
        if (!out.isEmpty()) {
            notes.add("ROT47");
        }
        return out;
    }

    /** ROT47: each character from 33 to 126 moved 47 places round that range; others (spaces) kept. */
    static String rot47(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 33 && c <= 126 ? (char) (33 + (c - 33 + 47) % 94) : c);
        }
        return b.toString();
    }

    /** Keeps a decoding that is printable and has at least two common English words, a third of its words. */
    private static void keepIfEnglish(String decoded, List<String> out) {
        int words = decoded.isBlank() ? 0 : decoded.strip().split("\\s+").length;
        int english = JailbreakText.englishWords(decoded);
        if (JailbreakDecoders.printable(decoded) && english >= 2 && english * 3 >= words) {
            out.add(decoded);
        }
    }

    private static Map<String, Character> morseCode() {
        String letters = "abcdefghijklmnopqrstuvwxyz0123456789.,?'!/()&:;=+-\"@";
        String[] codes = (".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- "
                + "-.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. .-.-.- --..-- ..--.. .----. -.-.-- "
                + "-..-. -.--. -.--.- .-... ---... -.-.-. -...- .-.-. -....- .-..-. .--.-.").split(" ");
        Map<String, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            map.put(codes[i], letters.charAt(i));
        }
        return Map.copyOf(map);
    }
}
