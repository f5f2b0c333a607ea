package io.semanticrouter.classifier;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the common ways of hiding jailbreak language from a pattern check, so the phrase rules see plain
 * words: Unicode compatibility forms (full-width letters), zero-width and soft-hyphen characters, Cyrillic and
 * Greek look-alike letters inside Latin words, digits and symbols standing for letters ("1gn0re"), letters
 * spaced or dotted apart ("i g n o r e", "f.o.r.g.e.t"), hyphens inside words, and base64 blobs (decoded and
 * appended when they decode to readable text), words split by a hyphen and a space ("bo- mb") or assembled from
 * quoted pieces ({@code a = "ign", b = "ore", a+b}), and clauses written backwards or in ROT13 (the decoded
 * clause is appended). Leetspeak, reversed text and ROT13 are undone only when the result holds more common
 * English words than the input, so ordinary text in any script passes unchanged. {@link JailbreakDecoders} adds
 * pig latin, hex, URL encoding, character codes, widely spaced letters, symbol-separated words and alternating case;
 * {@link JailbreakCiphers} adds Caesar shifts, Atbash, words spelt backwards, Morse code, binary and octal bytes,
 * character escapes, flag-letter emoji and ROT47.
 *
 * <p>Normalising is the dearest step of a phrase check, so a guard check does it once: {@link #normalised} gives
 * the {@link Normalised} text and its notes, which the phrase rules, the learned model's n-gram features and its
 * normalised view all read.
 */
final class JailbreakText {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200F\\u2060-\\u2064\\uFEFF]");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}@$]+");
    private static final Pattern SPACED = Pattern.compile("(?<![\\p{L}])(?:\\p{L}[ .*_·-]){3," + JailbreakCiphers.RUN + "}\\p{L}(?![\\p{L}])");
    private static final Pattern HYPHENATED = Pattern.compile("(?<=\\p{Ll})-(?=\\p{Ll})");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}");
    private static final Map<Character, Character> LOOK_ALIKES = lookAlikes();
    private static final Map<Character, Character> LEET = Map.of('0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's',
            '7', 't', '@', 'a', '$', 's');
    private static final Pattern SPLIT_WORD = Pattern.compile("(?<=\\p{L})- (?=\\p{Ll})(?!(?:and|or|to|nor)\\b)");
    private static final Pattern PIECE = Pattern.compile("\\b([A-Za-z_]\\w{0,2})\\s*=\\s*[\"']([^\"'\\n]{1,24})[\"']");
    private static final Pattern CONCAT = Pattern.compile("\\b[A-Za-z_]\\w{0,2}(?:\\s*\\+\\s*[A-Za-z_]\\w{0,2})+\\b");
    private static final Pattern CLAUSE = Pattern.compile("[^:\\n]{12,}");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z']+");
    private static final java.util.Set<String> ENGLISH = englishWords();

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]{0,60}>|<!--|-->|[\"\u201C\u201D\u00AB\u00BB]");
    private static final Pattern SENTENCE_END = Pattern.compile("\\n+|(?<=[.!?;])\\s+");
    private static final Pattern CUE = Pattern.compile("\\b(?:you|your|ai|assistant|model|bot|chatbot|llm|system|instructions?"
            + "|ignore|disregard|forget|must|now|reveal|prompt|print|rules|reply|respond|answer)\\b", Pattern.CASE_INSENSITIVE);
    /** Most segments {@link #segments} returns. */
    static final int MAX_SEGMENTS = 8;

    private JailbreakText() {
    }

    /**
     * The sentences, lines and quoted or tagged pieces of a long or multi-line text, so an instruction hidden in
     * pasted content can be judged on its own; empty for a short single-line text without quotes. Pieces of at
     * least 3 words, at most 300 characters each; when there are more than {@value #MAX_SEGMENTS}, the ones with the
     * most words that address an assistant or give it orders.
     */
    static List<String> segments(String text) {
        boolean quoted = text.indexOf('"') >= 0 || text.indexOf('\'') >= 0 && text.indexOf(':') >= 0 || text.indexOf('<') >= 0;
        if (text.length() <= 160 && text.indexOf('\n') < 0 && !quoted) {
            return List.of();
        }
        java.util.LinkedHashSet<String> pieces = new java.util.LinkedHashSet<>();
        for (String part : SENTENCE_END.split(TAG.matcher(text).replaceAll("\n"))) {
            String p = part.strip();
            if (p.length() >= 15 && p.split("\\s+").length >= 3) {
                pieces.add(p.length() <= 300 ? p : p.substring(0, 300));
            }
        }
        pieces.remove(text.strip());
        List<String> out = new ArrayList<>(pieces);
        if (out.size() > MAX_SEGMENTS) {
            List<String> ranked = new ArrayList<>(out);
            ranked.sort(java.util.Comparator.comparingLong((String p) -> -CUE.matcher(p).results().count()));
            java.util.Set<String> keep = new java.util.HashSet<>(ranked.subList(0, MAX_SEGMENTS));
            out.removeIf(p -> !keep.contains(p));
        }
        return out;
    }

    /**
     * For tests only: when set, told the text of each call to {@link #parts} (so a test can count how often a
     * guard check normalises its text); {@code null}, the default, costs one volatile read.
     */
    static volatile java.util.function.Consumer<String> normaliseHook;

    /**
     * The text with the tricks above undone; {@code notes} gets a word for each trick found (for the verdict).
     */
    static String normalise(String text, List<String> notes) {
        return parts(text, notes).joined();
    }

    /**
     * A text normalised once for all the readers of one check: its {@link Parts}, the joined text
     * ({@link #normalise} of the text) and the notes naming the tricks undone, in the order found.
     */
    record Normalised(Parts parts, String text, List<String> notes) {
        /** Whether a trick was undone (some note was made). */
        boolean changed() {
            return !notes.isEmpty();
        }
    }

    /** {@link #parts} of the text with its notes, for readers that share one normalisation. */
    static Normalised normalised(String text) {
        List<String> notes = new ArrayList<>();
        Parts parts = parts(text, notes);
        return new Normalised(parts, parts.joined(), List.copyOf(notes));
    }

    /**
     * The normalised text in its two parts: {@code inPlace}, the text with the in-place tricks undone, and
     * {@code decoded}, what the decoders read out of it (appended by {@link #normalise}).
     */
    record Parts(String inPlace, List<String> decoded) {
        /** The in-place text, then each decoding on its own line. */
        String joined() {
            return decoded.isEmpty() ? inPlace : inPlace + "\n" + String.join("\n", decoded);
        }
    }

    /** {@link #normalise}, keeping apart the text and what was decoded from it. */
    static Parts parts(String text, List<String> notes) {
        java.util.function.Consumer<String> hook = normaliseHook;
        if (hook != null) {
            hook.accept(text);
        }
        String t = JailbreakGlyphs.unglitch(Normalizer.normalize(JailbreakGlyphs.unstyle(text, notes), Normalizer.Form.NFKC), notes);
        String visible = INVISIBLE.matcher(t).replaceAll("");
        if (!visible.equals(t)) {
            notes.add("invisible characters");
        }
        List<String> decoded = decodeBase64(visible);
        if (!decoded.isEmpty()) {
            notes.add("base64 decoded");
        }
        decoded.addAll(JailbreakDecoders.decoded(visible, notes));
        decoded.addAll(JailbreakCiphers.decoded(visible, notes));
        String folded = perToken(JailbreakDecoders.inPlace(visible, notes), notes);
        String joined = joinSpaced(folded, notes);
        String pieces = joinPieces(joined, notes);
        String unhyphenated = HYPHENATED.matcher(pieces).replaceAll("");
        List<String> appended = new ArrayList<>(decoded);
        appended.addAll(decodedClauses(unhyphenated, notes));
        return new Parts(unhyphenated, List.copyOf(appended));
    }

    /** Words split by "- " ("bo- mb") and words assembled from quoted pieces ({@code a = "ign"; ... a+b}). */
    private static String joinPieces(String text, List<String> notes) {
        String t = SPLIT_WORD.matcher(text).replaceAll("");
        Map<String, String> pieces = new java.util.HashMap<>();
        Matcher p = PIECE.matcher(t);
        while (p.find()) {
            pieces.put(p.group(1), p.group(2));
        }
        if (pieces.size() >= 2) {
            Matcher c = CONCAT.matcher(t);
            StringBuilder out = new StringBuilder(t.length());
            while (c.find()) {
                String[] names = c.group().split("\\s*\\+\\s*");
                StringBuilder word = new StringBuilder();
                for (String n : names) {
                    word.append(pieces.getOrDefault(n, null));
                }
                boolean known = java.util.Arrays.stream(names).allMatch(pieces::containsKey);
                c.appendReplacement(out, Matcher.quoteReplacement(known ? word.toString() : c.group()));
            }
            c.appendTail(out);
            t = out.toString();
        }
        if (!t.equals(text)) {
            notes.add("split words");
        }
        return t;
    }

    /**
     * Clauses (between line breaks and colons) that read as more common English words when reversed or in
     * ROT13 than as written, decoded.
     */
    private static List<String> decodedClauses(String text, List<String> notes) {
        List<String> out = new ArrayList<>();
        Matcher m = CLAUSE.matcher(text);
        boolean reversed = false;
        boolean rot13 = false;
        while (m.find()) {
            String clause = m.group().strip();
            int plain = englishWords(clause);
            String back = new StringBuilder(clause).reverse().toString();
            String rot = rot13(clause);
            if (englishWords(back) >= Math.max(2, plain + 2)) {
                out.add(back);
                reversed = true;
            } else if (englishWords(rot) >= Math.max(2, plain + 2)) {
                out.add(rot);
                rot13 = true;
            }
        }
        if (reversed) {
            notes.add("reversed text");
        }
        if (rot13) {
            notes.add("ROT13");
        }
        return out;
    }

    static String rot13(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c = (char) ('a' + (c - 'a' + 13) % 26);
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) ('A' + (c - 'A' + 13) % 26);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Whether a lower-case word is one of the common English words. */
    static boolean isCommonWord(String word) {
        return ENGLISH.contains(word);
    }

    /** How many words of the text are common English words. */
    static int englishWords(String text) {
        Matcher m = ENGLISH_WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
        int n = 0;
        while (m.find()) {
            n += ENGLISH.contains(m.group()) ? 1 : 0;
        }
        return n;
    }

    private static java.util.Set<String> englishWords() {
        try (var in = JailbreakText.class.getResourceAsStream("english-common-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource english-common-words.txt is missing from the classpath");
            }
            java.util.Set<String> words = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    words.addAll(List.of(line.strip().split("\\s+")));
                }
            }
            words.remove("");
            return java.util.Set.copyOf(words);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read english-common-words.txt", e);
        }
    }

    /** Look-alike letters and leetspeak, each only within tokens that mix them with Latin letters. */
    private static String perToken(String text, List<String> notes) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder folded = new StringBuilder(text.length());
        StringBuilder unleeted = new StringBuilder(text.length());
        int last = 0;
        boolean lookAlike = false;
        boolean leet = false;
        while (m.find()) {
            String token = m.group();
            String replaced = foldLookAlikes(token);
            lookAlike |= !replaced.equals(token);
            String unleet = unLeet(replaced);
            leet |= !unleet.equals(replaced);
            folded.append(text, last, m.start()).append(replaced);
            unleeted.append(text, last, m.start()).append(unleet);
            last = m.end();
        }
        folded.append(text.substring(last));
        unleeted.append(text.substring(last));
        if (lookAlike) {
            notes.add("look-alike letters");
        }
        // leetspeak only when it makes the text read as more English ("mp3" and "sha256" stay)
        if (leet && englishWords(unleeted.toString()) > englishWords(folded.toString())) {
            notes.add("leetspeak");
            return unleeted.toString();
        }
        return folded.toString();
    }

    private static String foldLookAlikes(String token) {
        boolean foreign = false;
        boolean latin = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            latin |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
            if (b == Character.UnicodeBlock.CYRILLIC || b == Character.UnicodeBlock.GREEK) {
                if (!LOOK_ALIKES.containsKey(c)) {
                    return token; // a real Cyrillic or Greek word
                }
                foreign = true;
            }
        }
        if (!foreign || !latin) {
            return token; // only words that mix scripts are disguised
        }
        StringBuilder b = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            b.append(LOOK_ALIKES.getOrDefault(token.charAt(i), token.charAt(i)));
        }
        return b.toString();
    }

    private static String unLeet(String token) {
        int letters = 0;
        int leet = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            letters += c >= 'a' && c <= 'z' ? 1 : 0;
            leet += LEET.containsKey(c) ? 1 : 0;
        }
        if (letters < 2 || leet == 0 || leet > letters) {
            return token;
        }
        StringBuilder b = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            b.append(LEET.getOrDefault(token.charAt(i), token.charAt(i)));
        }
        String asI = b.toString();
        if (token.indexOf('1') >= 0 && !ENGLISH.contains(asI)) {
            String asL = asI.replace('i', 'l');
            for (int i = 0; i < token.length(); i++) {
                if (token.charAt(i) == 'i') {
                    asL = asL.substring(0, i) + 'i' + asL.substring(i + 1); // a written i stays i
                }
            }
            return ENGLISH.contains(asL) ? asL : asI;
        }
        return asI;
    }

    private static String joinSpaced(String text, List<String> notes) {
        Matcher m = SPACED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean found = false;
        while (m.find()) {
            found = true;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[ .*_·-]", "")));
        }
        m.appendTail(out);
        if (found) {
            notes.add("spaced letters");
        }
        return out.toString();
    }

    /** The blobs that decode to mostly printable UTF-8 text. */
    private static List<String> decodeBase64(String text) {
        List<String> decoded = new ArrayList<>();
        Matcher m = BASE64.matcher(text);
        while (m.find()) {
            String blob = m.group();
            if (blob.chars().noneMatch(Character::isDigit) && blob.chars().noneMatch(c -> c == '+' || c == '/')
                    && !blob.endsWith("=")) {
                continue; // a long plain word, not an encoding
            }
            try {
                byte[] bytes = Base64.getDecoder().decode(blob.length() % 4 == 0 ? blob : pad(blob));
                String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                if (readable(s)) {
                    decoded.add(s);
                }
            } catch (IllegalArgumentException | CharacterCodingException e) {
                // not base64 after all
            }
        }
        return decoded;
    }

    private static String pad(String blob) {
        return blob + "=".repeat((4 - blob.length() % 4) % 4);
    }

    private static boolean readable(String s) {
        long printable = s.chars().filter(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c)
                || ".,;:!?'\"-()".indexOf(c) >= 0).count();
        return s.length() >= 8 && printable >= 0.9 * s.length() && s.chars().anyMatch(Character::isWhitespace);
    }

    private static Map<Character, Character> lookAlikes() {
        String from = "аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅαοκνρτυχΑΒΕΗΙΚΜΝΟΡΤΥΧΖ";
        String to = "aeopcyxijsdqwABEKMHOPCTXIJSaokvptuxABEHIKMNOPTYXZ";
        Map<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < from.length(); i++) {
            map.put(from.charAt(i), to.charAt(i));
        }
        return Map.copyOf(map);
    }
}
