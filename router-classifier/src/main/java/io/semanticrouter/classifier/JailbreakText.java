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
 * appended when they decode to readable text). Each step touches only tokens that show the trick, so ordinary
 * text in any script passes unchanged.
 */
final class JailbreakText {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200F\\u2060-\\u2064\\uFEFF]");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}@$]+");
    private static final Pattern SPACED = Pattern.compile("(?<![\\p{L}])(?:\\p{L}[ .*_·-]){3,}\\p{L}(?![\\p{L}])");
    private static final Pattern HYPHENATED = Pattern.compile("(?<=\\p{Ll})-(?=\\p{Ll})");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}");
    private static final Map<Character, Character> LOOK_ALIKES = lookAlikes();
    private static final Map<Character, Character> LEET = Map.of('0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's',
            '7', 't', '@', 'a', '$', 's');

    private JailbreakText() {
    }

    /**
     * The text with the tricks above undone; {@code notes} gets a word for each trick found (for the verdict).
     */
    static String normalise(String text, List<String> notes) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String visible = INVISIBLE.matcher(t).replaceAll("");
        if (!visible.equals(t)) {
            notes.add("invisible characters");
        }
        List<String> decoded = decodeBase64(visible);
        String folded = perToken(visible, notes);
        String joined = joinSpaced(folded, notes);
        String unhyphenated = HYPHENATED.matcher(joined).replaceAll("");
        if (!decoded.isEmpty()) {
            notes.add("base64 decoded");
            return unhyphenated + "\n" + String.join("\n", decoded);
        }
        return unhyphenated;
    }

    /** Look-alike letters and leetspeak, each only within tokens that mix them with Latin letters. */
    private static String perToken(String text, List<String> notes) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean lookAlike = false;
        boolean leet = false;
        while (m.find()) {
            String token = m.group();
            String replaced = foldLookAlikes(token);
            lookAlike |= !replaced.equals(token);
            String unleet = unLeet(replaced);
            leet |= !unleet.equals(replaced);
            m.appendReplacement(out, Matcher.quoteReplacement(unleet));
        }
        m.appendTail(out);
        if (lookAlike) {
            notes.add("look-alike letters");
        }
        if (leet) {
            notes.add("leetspeak");
        }
        return out.toString();
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
        return b.toString();
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
