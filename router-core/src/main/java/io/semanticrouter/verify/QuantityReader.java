package io.semanticrouter.verify;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the quantities of a question into {@link TextFeatures#quantities}: a number in digits or words, with its
 * multipliers ("3 million", "six hundred and fifty", "two and a half") and the unit after it or a currency sign
 * before it, keyed by dimension and value so that equal amounts in other units compare equal. Example: "how long
 * is a 5 km run" gives the quantity "length=5000.00" shown as "5 km"; "three times a week" gives a period of one
 * week.
 */
final class QuantityReader {

    private static final Set<String> DEMONSTRATIVES = Set.of("those", "these", "both");
    /** Words before a time unit that make it the period of a frequency ("each day", "per week"). */
    static final Set<String> PERIOD_WORDS = Set.of("each", "every", "per");

    private QuantityReader() {
    }

    /** A number read so far: its value, and the index of the last word it took. */
    private record Amount(double value, int last) {
    }

    /**
     * The number word or digits at {@code i} ("forty two", "half a", "a" before a unit), or null when no number
     * starts there.
     */
    private static Amount numberAt(TextFeatures f, int i, boolean digits) {
        List<String> words = f.words;
        String w = words.get(i);
        double value;
        int j = i;
        if (digits) {
            value = Double.parseDouble(w);
        } else if (Lexicon.NUMBER_WORDS.containsKey(w)) {
            value = Lexicon.NUMBER_WORDS.get(w);
            if (j + 2 < words.size() && (words.get(j + 1).equals("a") || words.get(j + 1).equals("an"))
                    && (Lexicon.UNITS.containsKey(words.get(j + 2)) || Lexicon.MULTIPLIERS.containsKey(words.get(j + 2)))) {
                j++; // "half a liter", "half a dozen"
            }
            if (value >= 20 && value % 10 == 0 && j + 1 < words.size()) {
                Double unitPart = Lexicon.NUMBER_WORDS.get(words.get(j + 1));
                if (unitPart != null && unitPart >= 1 && unitPart < 10 && unitPart == Math.floor(unitPart)) {
                    value += unitPart;
                    j++;
                }
            }
        } else if ((w.equals("a") || w.equals("an") || w.equals("one") || PERIOD_WORDS.contains(w))
                && i + 1 < words.size() && Lexicon.UNITS.containsKey(words.get(i + 1))
                && !Lexicon.UNITS_ONLY_AFTER_NUMBERS.contains(words.get(i + 1))
                && (!PERIOD_WORDS.contains(w) || Lexicon.UNITS.get(words.get(i + 1)).dimension().equals("time"))) {
            value = 1; // "a week", "an hour", "one mile", "each day"
        } else {
            return null;
        }
        return new Amount(value, j);
    }

    /** The number times the multipliers after it ("3 million"), plus a half for "and a half". */
    private static Amount withMultipliers(TextFeatures f, Amount number, boolean digits) {
        List<String> words = f.words;
        double value = number.value();
        int j = number.last();
        while (j + 1 < words.size() && Lexicon.MULTIPLIERS.containsKey(words.get(j + 1))
                && !(words.get(j + 1).equals("m") && digits && j + 2 >= words.size())) {
            value *= Lexicon.MULTIPLIERS.get(words.get(j + 1));
            j++;
        }
        if (!digits && j > number.last()) { // "six hundred (and) fifty"
            int k = j + 1 < words.size() && words.get(j + 1).equals("and") ? j + 2 : j + 1;
            Amount rest = k < words.size() && !words.get(k).equals("half") ? numberAt(f, k, false) : null;
            if (rest != null && rest.value() >= 1 && rest.value() < value && rest.last() >= k) {
                value += rest.value();
                j = rest.last();
            }
        }
        if (j + 1 < words.size() && (words.get(j + 1).equals("and") || words.get(j + 1).equals("a"))
                && j + 2 < words.size() && words.get(j + 2).equals("half")) {
            value += 0.5; // "two and a half hours"
            j += 2;
        }
        return new Amount(value, j);
    }

    /** Reads a number starting at {@code i} (digits or words, with multiplier and unit); returns the last index used. */
    static int read(TextFeatures f, int i, boolean[] consumed) {
        List<String> words = f.words;
        String w = words.get(i);
        boolean digits = TextFeatures.NUMBER.matcher(w).matches();
        Amount number = numberAt(f, i, digits);
        if (number == null) {
            return i;
        }
        Amount amount = withMultipliers(f, number, digits);
        double value = amount.value();
        int j = amount.last();
        String key;
        String shown = w;
        boolean dateOrVersion = false;
        if (j + 2 < words.size() && (words.get(j + 1).equals("degrees") || words.get(j + 1).equals("degree"))
                && Lexicon.UNITS.containsKey(words.get(j + 2))) {
            j++; // "37 degrees Celsius"
        }
        Lexicon.Unit unit = j + 1 < words.size() ? Lexicon.UNITS.get(words.get(j + 1)) : null;
        boolean unitAfter = unit != null;
        if (unit == null && i > 0 && Lexicon.UNITS.containsKey(words.get(i - 1)) && !consumed[i - 1]
                && Lexicon.UNITS.get(words.get(i - 1)).dimension().equals("currency")) {
            unit = Lexicon.UNITS.get(words.get(i - 1)); // "$ 500"
            consumed[i - 1] = true;
        }
        if (unit != null) {
            if (unitAfter) {
                j++;
            }
            shown = w + " " + unit.name();
            key = unit.factor() > 0
                    ? unit.dimension() + "=" + round(value * unit.factor())
                    : unit.dimension() + ":" + unit.name() + "=" + round(value);
        } else {
            key = "n=" + round(value);
            String prev = i > 0 ? words.get(i - 1) : "";
            dateOrVersion = (digits && value >= 1900 && value <= 2100 && value == Math.floor(value))
                    || Lexicon.VERSION_WORDS.contains(prev) || Lexicon.ENTITY_ALIASES.containsKey(prev)
                    || w.chars().filter(c -> c == '.').count() > 1;
            if (digits && w.contains(".")) {
                key = "n=" + w; // "3.10" and "3.1" are different versions
            }
        }
        if (Lexicon.NUMBER_WORDS.containsKey(w) && unit == null && !digits && value <= 1) {
            return j; // "half", "single" without a unit: too vague to compare
        }
        if (unit == null && !digits && i > 0 && DEMONSTRATIVES.contains(words.get(i - 1))) {
            return j; // "of those two": the things the conversation named, not a quantity asked about
        }
        for (int k = i; k <= j; k++) {
            consumed[k] = true;
        }
        String before = i > 0 ? words.get(i - 1) : "";
        boolean period = unit != null && unit.dimension().equals("time") && value == 1 && (before.equals("times")
                || PERIOD_WORDS.contains(w) || (w.equals("a") || w.equals("an")) && !before.isEmpty()
                && !Lexicon.QUALIFIER_MARKERS.contains(before) && !Lexicon.STOPWORDS.contains(before));
        f.quantities.add(new TextFeatures.Quantity(key, dateOrVersion, shown, period));
        return j;
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }}
