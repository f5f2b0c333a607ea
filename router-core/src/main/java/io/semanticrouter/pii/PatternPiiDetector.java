package io.semanticrouter.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data that has a fixed shape, and checks the shape's own rules so that look-alikes do not
 * count: e-mail addresses, phone numbers (7 to 15 digits with an international prefix, a national shape of the
 * US, UK, Germany, France, India or Brazil, or a word such as "call" or "mobile" beside them; see
 * {@link PhoneShapes}), payment card numbers (13 to 19 digits passing the Luhn check; 12 after a word such as
 * "card"; not beside a word such as "ISBN" or "order" unless an expiry or a security code follows it, "card
 * on file" comes before it or a verb of paying is right before it ("paid with", "autopay from"); not inside a UPS tracking number; not when the first group is an eight-digit date, as in a
 * timestamp id 20260307-114522-8841), US social security numbers (valid area and group;
 * nine digits run together or in dotted groups only beside a word such as "SSN", split 5-4 only right after one),
 * IBANs (ISO 13616 mod-97 check), IPv6 addresses and IPv4 addresses (every part in range, and evidence that
 * the dotted number is an address rather than a version, a reference or an identifier; see
 * {@link Ipv4Evidence}). An SSN, a phone or a card number whose label names another identifier ("part number",
 * "lot", "routing number", "IMEI of ...:") is refused unless the label also holds a word of its own type; see
 * {@link ContextCues#label}; for an SSN or a phone a one-word compound label (Vertragsnummer) counts as one. A 3-2-4 SSN
 * shape right after a lower-case common word or an acronym ("receipt 208 44 9031", "APN 512-...") is refused
 * too ({@link ContextCues#wordRightBefore}). Names of people need a model; see the classifier module.
 *
 * <p>Stateless and thread-safe; {@link #INSTANCE} is shared.
 */
public final class PatternPiiDetector implements PiiDetector {

    /** The shared instance. */
    public static final PatternPiiDetector INSTANCE = new PatternPiiDetector();

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}(?![\\w-])");
    private static final Pattern CARD = Pattern.compile("(?<![\\w.+-])\\d(?:[ -]?\\d){11,18}(?!\\d|[.-]\\d)");
    /** A country code right before a digit run ("+55 21 ..."): a number that starts with '+' is a phone, never a card. */
    private static final Pattern AFTER_COUNTRY_CODE = Pattern.compile("\\+\\d{1,3}[ .-]?$");
    private static final Pattern SSN = Pattern.compile("(?<![\\d-])(\\d{3})[- ](\\d{2})[- ](\\d{4})(?![\\d-])");
    /** Nine digits run together: an SSN only beside a word that names one ({@code applicant_ssn=...}). */
    private static final Pattern SSN_RUN = Pattern.compile("(?<![\\w.+/-])(\\d{3})(\\d{2})(\\d{4})(?![\\w/]|[.-]\\d)");
    /** Nine digits in dotted groups (471.39.2056): an SSN only beside a word that names one, as for a run. */
    private static final Pattern SSN_DOTTED = Pattern.compile(
            "(?<![\\w.+/-])(\\d{3})\\.(\\d{2})\\.(\\d{4})(?![\\w/]|[.-]\\d)");
    /**
     * Nine digits split 5-4 (47291 5530): an SSN only right after an SSN word, since the shape is also a ZIP+4
     * code and a split phone number.
     */
    private static final Pattern SSN_FIVE_FOUR = Pattern.compile(
            "(?<![\\w.+/-])(\\d{3})(\\d{2})[ -](\\d{4})(?![\\w/]|[.-]\\d)");
    /**
     * A first group of eight digits that is a date (yyyymmdd) and then a dash or a space: a timestamp id such
     * as a chat session 20260307-114522-8841. Cards are grouped 4-4-4-4 or 4-6-5, never with eight digits first.
     */
    private static final Pattern DATED_ID = Pattern.compile(
            "(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[ -]\\d.*");
    private static final Set<String> SSN_WORDS = Set.of("ssn", "social", "ss", "socsec");
    private static final Pattern IBAN = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])");
    /** A dotted quad not inside a longer dotted number or a word (v1.2.3.4); a full stop may end the sentence. */
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\w.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?!\\w|\\.\\d)");
    private static final Pattern IPV6 = Pattern.compile(
            "(?<![\\w:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\\w:])|(?<![\\w:])(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}(?![\\w:])");
    /**
     * Digit groups with an optional country code, "(0)", area code in brackets and extension; the Brazilian
     * written trunk placeholder "0xx" may stand before the area code (0xx61, (0xx11)); groups are parted
     * by a space, dot, dash or slash, and the slash may stand between spaces (030 / 1234 5678).
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.+/-])(?:(?:\\+\\d{1,3}|00\\d{1,3})[ .-]?(?:\\(0\\)[ .-]?)?)?"
                    + "(?:\\((?:0[xX]{2})?\\d{1,5}\\)[ .-]?|0[xX]{2} ?)?"
                    + "\\d{1,15}(?:(?:[ .\\-/]| / )\\d{1,8}){0,5}(?:\\s?(?:x|ext\\.?)\\s?\\d{1,5})?(?![\\w/]|[.-]\\d)");
    /** Words that make a Luhn-valid digit run something other than a card number. */
    private static final Set<String> NOT_CARD_WORDS = Set.of("isbn", "issn", "order", "tracking", "reference", "ref",
            "invoice", "ticket", "serial", "imei", "iccid", "id", "sku", "barcode", "ean", "upc", "gtin", "parcel",
            "shipment", "awb");
    /** Words naming another nine-digit number: a bank routing number, a tax or provider id, a phone, an order. */
    private static final Set<String> NOT_SSN_WORDS = notSsnWords();
    private static final Set<String> CARD_WORDS = Set.of("card", "cc", "credit", "debit", "visa", "mastercard", "amex",
            "maestro", "discover", "jcb");
    /** Words of a card's own terms: its expiry date and its security code ("exp 04/29", "CVV2 on the back"). */
    private static final Set<String> CARD_TERMS = Set.of("exp", "expiry", "expires", "expiration", "cvc", "cvv",
            "csc");
    /** Verbs of paying that, right before a number or before "with" or "to" right before it, name a card. */
    private static final Set<String> PAY_VERBS = Set.of("used", "paid", "pay", "paying", "charged", "charge",
            "billed", "autopay", "autopays", "autopaid");
    /** Words between a verb of paying and the number: "paid with", "charged to", "autopay from". */
    private static final Set<String> PAY_LINKS = Set.of("with", "to", "from");
    private static final Pattern CARD_CONTEXT = Pattern.compile("(?i)(card|cc|credit|debit|visa|mastercard|amex)\\b[^.?!]{0,20}$");

    private PatternPiiDetector() {
    }

    @Override
    public List<PiiMatch> detect(String text) {
        Objects.requireNonNull(text, "text");
        List<PiiMatch> out = new ArrayList<>();
        find(EMAIL, text, "EMAIL", out, m -> true);
        find(IBAN, text, "IBAN", out, m -> ibanValid(m.group()));
        find(CARD, text, "CREDIT_CARD", out, m -> luhnValid(m.group()) && !DATED_ID.matcher(m.group()).matches()
                && !AFTER_COUNTRY_CODE.matcher(before(text, m.start(), 6)).find()
                && (digits(m.group()) >= 13 || CARD_CONTEXT.matcher(before(text, m.start(), 40)).find())
                && !PhoneShapes.insideTracking(text, m.start(), m.end())
                && (cardTerms(text, m.start(), m.end())
                        || ContextCues.nearest(text, m.start(), m.end(), 5, 2, CARD_WORDS, NOT_CARD_WORDS)
                                != ContextCues.Verdict.AGAINST
                        && ContextCues.label(text, m.start(), CARD_WORDS, false) != ContextCues.Verdict.AGAINST));
        find(SSN, text, "SSN", out, m -> ssnValid(m) && ssnLabelled(text, m.start(), m.end()));
        find(SSN_RUN, text, "SSN", out, m -> ssnCued(text, m));
        find(SSN_DOTTED, text, "SSN", out, m -> ssnCued(text, m));
        find(SSN_FIVE_FOUR, text, "SSN", out, m -> ssnValid(m) && ssnRightAfterCue(text, m));
        find(IPV4, text, "IP_ADDRESS", out, m -> ipv4Address(text, m));
        find(IPV6, text, "IP_ADDRESS", out, m -> true);
        String phoneText = PhoneShapes.withoutIdioms(text);
        find(PHONE, text, "PHONE", out, m -> PhoneShapes.isPhone(phoneText, m.start(), m.end())
                && !PhoneShapes.insideTracking(text, m.start(), m.end()));
        out.sort(Comparator.comparingInt(PiiMatch::start));
        return out;
    }

    private interface Check {
        boolean test(Matcher m);
    }

    private static void find(Pattern p, String text, String type, List<PiiMatch> out, Check check) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (!overlaps(out, m.start(), m.end()) && check.test(m)) {
                out.add(new PiiMatch(type, m.start(), m.end()));
            }
        }
    }

    private static boolean overlaps(List<PiiMatch> found, int start, int end) {
        for (PiiMatch f : found) {
            if (start < f.end() && f.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** Luhn check over the digits of a candidate card number. */
    static boolean luhnValid(String s) {
        String digits = s.replaceAll("[ -]", "");
        if (digits.length() < 12 || digits.length() > 19 || digits.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 == 1. */
    static boolean ibanValid(String s) {
        String iban = s.replace(" ", "");
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        String moved = iban.substring(4) + iban.substring(0, 4);
        int rest = 0;
        for (int i = 0; i < moved.length(); i++) {
            char c = moved.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            rest = v > 9 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
        }
        return rest == 1;
    }

    private static boolean ssnValid(Matcher m) {
        int area = Integer.parseInt(m.group(1));
        int group = Integer.parseInt(m.group(2));
        int serial = Integer.parseInt(m.group(3));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }

    /**
     * A 3-2-4 number is an SSN unless its label names another identifier: an SSN word in the label wins; a
     * label read from the lists ({@link ContextCues#label}) or from the form of the word right before it
     * ({@link ContextCues#wordRightBefore}: a common word or an acronym) refuses it.
     */
    private static boolean ssnLabelled(String text, int start, int end) {
        if (ContextCues.inRange(text, start, end, SSN)) {
            return false; // "Lockers 305-12-4478 to 305-12-4490": a range of numbered things
        }
        if (socSec(text, start)) {
            return true; // "soc sec 147-..." : the clipped "social security" before the number
        }
        ContextCues.Verdict label = ContextCues.label(text, start, SSN_WORDS);
        if (label != ContextCues.Verdict.NONE) {
            return label == ContextCues.Verdict.FOR;
        }
        return ContextCues.wordRightBefore(text, start, SSN_WORDS) != ContextCues.Verdict.AGAINST;
    }

    /**
     * A nine-digit run or dotted number is an SSN when its area and group are valid, its label does not name
     * another identifier, and an SSN word is in its label ("SSN #", "social sec #") or is the nearest cue.
     */
    private static boolean ssnCued(String text, Matcher m) {
        if (!ssnValid(m)) {
            return false;
        }
        if (socSec(text, m.start())) {
            return true;
        }
        ContextCues.Verdict label = ContextCues.label(text, m.start(), SSN_WORDS);
        if (label == ContextCues.Verdict.NONE && holdsAny(ContextCues.columnHeader(text, m.start()), SSN_WORDS)) {
            return true; // "employee,ssn,start; Diaz,373042289,..." : the header names the column
        }
        return label == ContextCues.Verdict.FOR || label == ContextCues.Verdict.NONE
                && ContextCues.nearest(text, m.start(), m.end(), 4, 2, SSN_WORDS, NOT_SSN_WORDS)
                        == ContextCues.Verdict.FOR;
    }

    /**
     * "ss no 47291 5530", "SSN: 31847 2096": an SSN word among the three words right before the number, and no
     * word of another number (zip, phone, routing) nearer to it.
     */
    private static boolean ssnRightAfterCue(String text, Matcher m) {
        return ContextCues.label(text, m.start(), SSN_WORDS) == ContextCues.Verdict.FOR
                && ContextCues.nearest(text, m.start(), m.end(), 3, 0, SSN_WORDS, NOT_SSN_WORDS)
                        == ContextCues.Verdict.FOR;
    }

    /** Every part in range without a leading zero, and evidence that the dotted quad is an address. */
    private static boolean ipv4Address(String text, Matcher m) {
        int[] parts = new int[4];
        for (int i = 1; i <= 4; i++) {
            String part = m.group(i);
            parts[i - 1] = Integer.parseInt(part);
            if (parts[i - 1] > 255 || part.length() > 1 && part.startsWith("0")) {
                return false;
            }
        }
        return Ipv4Evidence.isAddress(text, m.start(), m.end(), parts);
    }

    private static boolean holdsAny(List<String> words, Set<String> set) {
        return words.stream().anyMatch(set::contains);
    }

    private static Set<String> notSsnWords() {
        Set<String> words = new HashSet<>(PhoneShapes.OTHER_NUMBER_WORDS);
        words.addAll(PhoneShapes.PHONE_WORDS);
        words.addAll(Set.of("routing", "aba", "rtn", "ein", "fein", "npi", "zip", "itin"));
        return Set.copyOf(words);
    }

    /**
     * "soc sec", "soc-sec #": the clipped form of "social security" among the three words before the number.
     * "sec" alone (section, seconds) says nothing.
     */
    private static boolean socSec(String text, int start) {
        List<String> before = ContextCues.wordsBefore(text, start, 3);
        for (int i = 0; i + 1 < before.size(); i++) {
            if (before.get(i).equals("sec") && before.get(i + 1).equals("soc")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Strong card evidence that outweighs a word of another number ("the invoice with ...", "my ticket order
     * failed, I used ..."): an expiry or a security code among the four words after the number, a verb of paying
     * right before it ("I used", "paid with", "charged to", "autopay from"), or "card on file" in its sentence
     * before it.
     */
    private static boolean cardTerms(String text, int start, int end) {
        if (ContextCues.wordsAfter(text, end, 4).stream().anyMatch(CARD_TERMS::contains)) {
            return true;
        }
        List<String> before = ContextCues.wordsBefore(text, start, 12);
        if (!before.isEmpty() && (PAY_VERBS.contains(before.get(0)) || before.size() > 1
                && PAY_LINKS.contains(before.get(0)) && PAY_VERBS.contains(before.get(1)))) {
            return true;
        }
        for (int i = 0; i + 2 < before.size(); i++) {
            if (before.get(i).equals("file") && before.get(i + 1).equals("on")
                    && (before.get(i + 2).equals("card") || before.get(i + 2).equals("cards"))) {
                return true;
            }
        }
        return false;
    }

    private static String before(String text, int start, int width) {
        return text.substring(Math.max(0, start - width), start);
    }

    private static int digits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }
}
