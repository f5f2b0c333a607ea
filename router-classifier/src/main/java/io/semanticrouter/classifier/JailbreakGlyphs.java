package io.semanticrouter.classifier;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters dressed up so that a pattern check misses them, undone for {@link JailbreakText}: styled letters
 * (superscript and modifier letters, small capitals, circled, squared and negative-circled letters, mathematical
 * bold, italic, script, fraktur and double-struck letters) become plain letters; "glitch" (zalgo) text, letters
 * buried under piles of combining marks, loses its marks. (ROT47, a rotation of ASCII symbols rather than a
 * dressing of letters, is decoded by {@link JailbreakCiphers}.)
 *
 * <p>Most styled letters have a compatibility form that NFKC folds, but the folding is silent: the guard's
 * learned model reads an extra, normalised view only when a note says a trick was undone, so a prompt written in
 * circled or fraktur letters reached the model only as written. {@link #unstyle} folds them before NFKC and notes
 * "styled letters" when at least {@value #MIN_STYLED} were folded. Small capitals have no compatibility form; they
 * are folded only when the text holds at least {@value #MIN_STYLED} of them and one that phonetic transcription does
 * not use (IPA writes "ɪ", "ʊ", "ʏ", "ʀ", "ʟ", "ɴ", "ʙ", "ɢ", "ʜ"), so a pronunciation guide is left as written.
 *
 * <p>Glitch marks are stripped per word, and only from a word that carries more combining marks (from the general
 * combining blocks, not the marks of Thai, Devanagari, Arabic or Hebrew) than letters after canonical decomposition,
 * and at least two letters or three marks: ordinary accents in French, German or Vietnamese ("người", "ở") stay.
 * Stateless.
 */
final class JailbreakGlyphs {

    /** Fewest folded letters that count as styled text (a lone superscript or "ᴀ" stays unnoted). */
    static final int MIN_STYLED = 3;
    private static final String SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ";
    private static final String SMALL_CAPS_PLAIN = "abcdefghijklmnoprstuvwyz";
    private static final String IPA_SMALL_CAPS = "ɪʊʏʀʟɴʙɢʜ";
    private static final Map<Character, Character> SMALL = smallCaps();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    private JailbreakGlyphs() {
    }

    /** The text with styled letters written plainly; notes "styled letters" when it folded some. */
    static String unstyle(String text, List<String> notes) {
        if (text.chars().allMatch(c -> c < 0x262)) {
            return text; // nothing styled below the IPA small capitals: the common case, one cheap pass
        }
        boolean smallCaps = useSmallCaps(text);
        StringBuilder out = new StringBuilder(text.length());
        int folded = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            char plain = plain(cp, smallCaps);
            if (plain != 0) {
                out.append(plain);
                folded++;
            } else {
                out.appendCodePoint(cp);
            }
        }
        if (folded < MIN_STYLED) {
            return text;
        }
        notes.add("styled letters");
        return out.toString();
    }

    /** The plain ASCII letter a styled letter stands for, or 0 when {@code cp} is not one. */
    private static char plain(int cp, boolean smallCaps) {
        if (cp >= 0x1F150 && cp <= 0x1F169) {
            return (char) ('A' + cp - 0x1F150); // negative circled capitals
        }
        if (cp >= 0x1F170 && cp <= 0x1F189) {
            return (char) ('A' + cp - 0x1F170); // negative squared capitals
        }
        if (!styledRange(cp)) {
            return 0;
        }
        String nfkc = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        if (nfkc.length() == 1) {
            char c = nfkc.charAt(0);
            if (c < 128 && Character.isLetter(c)) {
                return c;
            }
            if (smallCaps && SMALL.containsKey(c)) {
                return SMALL.get(c); // modifier small capitals fold to small capitals first ("ᶦ" is "ɪ")
            }
        }
        return 0;
    }

    private static boolean styledRange(int cp) {
        return cp >= 0x02B0 && cp <= 0x02FF || cp >= 0x0262 && cp <= 0x029F || cp >= 0x1D00 && cp <= 0x1DBF
                || cp >= 0x2070 && cp <= 0x209F || cp >= 0x2460 && cp <= 0x24FF || cp >= 0xA730 && cp <= 0xA731
                || cp >= 0xFF21 && cp <= 0xFF5A || cp >= 0x1D400 && cp <= 0x1D7FF || cp >= 0x1F130 && cp <= 0x1F149;
    }

    /** Whether small capitals stand for letters here: enough of them, one of them not an IPA symbol. */
    private static boolean useSmallCaps(String text) {
        int n = 0;
        boolean nonIpa = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String n1 = c >= 0x1D2C && c <= 0x1DBF ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC) : String.valueOf(c);
            char k = n1.length() == 1 ? n1.charAt(0) : c;
            if (SMALL.containsKey(k)) {
                n++;
                nonIpa |= IPA_SMALL_CAPS.indexOf(k) < 0;
            }
        }
        return n >= MIN_STYLED && nonIpa;
    }

    /** The text with glitch marks taken off the words buried under them; notes "glitch marks". */
    static String unglitch(String text, List<String> notes) {
        if (text.chars().noneMatch(JailbreakGlyphs::glitchMark)) {
            return text; // NFKC composed every ordinary accent: no loose mark, no glitch text
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean stripped = false;
        while (m.find()) {
            String word = Normalizer.normalize(m.group(), Normalizer.Form.NFD);
            long marks = word.chars().filter(JailbreakGlyphs::glitchMark).count();
            long letters = word.chars().filter(Character::isLetter).count();
            String replacement = m.group();
            if (marks > letters && (letters >= 2 || marks >= 3)) {
                StringBuilder b = new StringBuilder(word.length());
                word.chars().filter(c -> !glitchMark(c)).forEach(c -> b.append((char) c));
                replacement = Normalizer.normalize(b, Normalizer.Form.NFC);
                stripped = true;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        if (!stripped) {
            return text;
        }
        notes.add("glitch marks");
        return out.toString();
    }

    /** A mark from the general combining blocks (diacritical marks, their extensions, marks for symbols, half marks). */
    private static boolean glitchMark(int c) {
        return c >= 0x0300 && c <= 0x036F || c >= 0x1AB0 && c <= 0x1AFF || c >= 0x1DC0 && c <= 0x1DFF
                || c >= 0x20D0 && c <= 0x20FF || c >= 0xFE20 && c <= 0xFE2F;
    }

    private static Map<Character, Character> smallCaps() {
        Map<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < SMALL_CAPS.length(); i++) {
            map.put(SMALL_CAPS.charAt(i), SMALL_CAPS_PLAIN.charAt(i));
        }
        return Map.copyOf(map);
    }
}
