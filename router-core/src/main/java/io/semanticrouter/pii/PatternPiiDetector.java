package io.semanticrouter.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data that has a fixed shape, and checks the shape's own rules so that look-alikes do not
 * count: e-mail addresses, phone numbers (7 to 15 digits with a leading + or typical grouping, not dates or
 * version strings), payment card numbers (13 to 19 digits passing the Luhn check; 12 after a word such as
 * "card"), US social security
 * numbers (valid area and group), IBANs (ISO 13616 mod-97 check) and IPv4/IPv6 addresses (every part in
 * range). Names of people need a model; see the classifier module.
 *
 * <p>Stateless and thread-safe; {@link #INSTANCE} is shared.
 */
public final class PatternPiiDetector implements PiiDetector {

    /** The shared instance. */
    public static final PatternPiiDetector INSTANCE = new PatternPiiDetector();

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}(?![\\w-])");
    private static final Pattern CARD = Pattern.compile("(?<![\\d.-])\\d(?:[ -]?\\d){11,18}(?!\\d|[.-]\\d)");
    private static final Pattern SSN = Pattern.compile("(?<![\\d-])(\\d{3})[- ](\\d{2})[- ](\\d{4})(?![\\d-])");
    private static final Pattern IBAN = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])");
    private static final Pattern IPV6 = Pattern.compile(
            "(?<![\\w:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\\w:])|(?<![\\w:])(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}(?![\\w:])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.+/-])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{2,5}(?:[ .-]\\d{2,5}){0,4}(?:x\\d{1,5})?(?![\\w/-]|\\.\\d)"
                    + "|(?<![\\w.+/-])\\+\\d{7,15}(?![\\w/-]|\\.\\d)");
    /** Words that announce a phone number or a card just before it. */
    private static final Pattern PHONE_CONTEXT = Pattern.compile(
            "(?i)(phone|tel|telephone|mobile|cell|desk|fax|call|calling|text|sms|whatsapp|phone number|mobile number|reach me|answering at|messages to|registered|contact)\\W{0,3}(?:me\\W+)?(?:on|at|is|:)?\\W{0,3}$");
    private static final Pattern CARD_CONTEXT = Pattern.compile("(?i)(card|cc|credit|debit|visa|mastercard|amex)\\b[^.?!]{0,20}$");

    private PatternPiiDetector() {
    }

    @Override
    public List<PiiMatch> detect(String text) {
        Objects.requireNonNull(text, "text");
        List<PiiMatch> out = new ArrayList<>();
        find(EMAIL, text, "EMAIL", out, m -> true);
        find(IBAN, text, "IBAN", out, m -> ibanValid(m.group()));
        find(CARD, text, "CREDIT_CARD", out, m -> luhnValid(m.group())
                && (digits(m.group()) >= 13 || CARD_CONTEXT.matcher(before(text, m.start(), 40)).find()));
        find(SSN, text, "SSN", out, PatternPiiDetector::ssnValid);
        find(IPV4, text, "IP_ADDRESS", out, PatternPiiDetector::ipv4Valid);
        find(IPV6, text, "IP_ADDRESS", out, m -> true);
        find(PHONE, text, "PHONE", out, m -> phoneLike(m.group(), PHONE_CONTEXT.matcher(before(text, m.start(), 30)).find()));
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

    private static boolean ipv4Valid(Matcher m) {
        for (int i = 1; i <= 4; i++) {
            String part = m.group(i);
            if (Integer.parseInt(part) > 255 || part.length() > 1 && part.startsWith("0")) {
                return false;
            }
        }
        return true;
    }

    private static String before(String text, int start, int width) {
        return text.substring(Math.max(0, start - width), start);
    }

    private static int digits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }

    /**
     * A phone number has 7 to 15 digits and is not a date (2024-01-31), a time or a version string. Announced by
     * a word such as "phone", "call me on" or "mobile:", any grouping counts; otherwise it needs a country code,
     * an area code in brackets, the 3-3-4 grouping or a trunk 0.
     */
    private static boolean phoneLike(String s, boolean announced) {
        String core = s.replaceAll("x\\d+$", "");
        long digits = core.chars().filter(Character::isDigit).count();
        if (digits < 7 || digits > 15) {
            return false;
        }
        s = core;
        if (s.matches("\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}") || s.matches("\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}")) {
            return false; // a date
        }
        if (s.matches("\\d{3}[- ]\\d{2}[- ]\\d{4}")) {
            return false; // the shape of a social security number, valid or not
        }
        if (announced) {
            return true; // "phone: 01.84.17.61.18", "call me on 450 0840"
        }
        if (s.contains(".") && !s.contains(" ") && !s.startsWith("+")) {
            return false; // 1.2.3.4567 looks like a version
        }
        if (s.startsWith("+") || s.startsWith("(")) {
            return true;
        }
        // without a country code: the North American 3-3-4 grouping, or a national number with a trunk 0
        return s.matches("\\d{3}[ .-]\\d{3}[ .-]\\d{4}") || s.startsWith("0") && digits >= 9 && digits <= 11;
    }
}
