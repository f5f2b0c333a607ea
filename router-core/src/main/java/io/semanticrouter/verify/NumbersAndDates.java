package io.semanticrouter.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@link Rule#NUMBER} and {@link Rule#DATE_VERSION} family: refuses a pair whose quantities differ after unit
 * conversion.
 * <ul>
 *   <li>{@link Rule#NUMBER}: another amount or unit ("a 3-day trip" / "a 7-day trip"; "5 km" / "5 miles"), or
 *       units of one dimension without numbers ("in MB" / "in GB");</li>
 *   <li>{@link Rule#DATE_VERSION}: another year, version, month, weekday or relative day ("Python 3.11" / "Python
 *       3.12"; "on Monday" / "on Friday").</li>
 * </ul>
 * "How often" against "how many times a week" asks the same and passes.
 */
final class NumbersAndDates {

    /**
     * Different quantities. The quantities both questions mention are compared as one multiset; a difference
     * is blamed on {@link Rule#DATE_VERSION} when a differing quantity looks like a year or version (with
     * {@code dates}), else on {@link Rule#NUMBER}.
     */
    static Verdict number(TextFeatures a, TextFeatures b, boolean dates) {
        Map<String, Integer> qa = counts(a.quantities);
        Map<String, Integer> qb = counts(b.quantities);
        if (!qa.equals(qb)) {
            Set<String> differing = new HashSet<>();
            for (String k : Words.union(qa.keySet(), qb.keySet())) {
                if (!qa.getOrDefault(k, 0).equals(qb.getOrDefault(k, 0))) {
                    differing.add(k);
                }
            }
            boolean dateDiffers = false;
            boolean numberDiffers = false;
            boolean onlyPeriods = a.aspects.contains("frequency") && b.aspects.contains("frequency");
            for (TextFeatures.Quantity q : concat(a.quantities, b.quantities)) {
                if (differing.contains(q.key())) {
                    dateDiffers |= q.dateOrVersion();
                    numberDiffers |= !q.dateOrVersion();
                    onlyPeriods &= q.period();
                }
            }
            if (onlyPeriods && (hasNoPeriod(a) || hasNoPeriod(b))) {
                numberDiffers = false; // "how often" asks what "how many times a week" asks
            }
            if (dates ? dateDiffers : numberDiffers) {
                return Verdict.reject(dates ? Rule.DATE_VERSION : Rule.NUMBER,
                        "numbers " + shown(a.quantities) + " vs " + shown(b.quantities));
            }
        }
        if (!dates) {
            // units without numbers ("MB" vs "KB") differ when both name a different unit of one dimension
            Set<String> ua = Words.minus(a.units, b.units);
            Set<String> ub = Words.minus(b.units, a.units);
            for (String x : ua) {
                for (String y : ub) {
                    if (x.substring(0, x.indexOf(':')).equals(y.substring(0, y.indexOf(':')))) {
                        return Verdict.reject(Rule.NUMBER, "units " + a.units + " vs " + b.units);
                    }
                }
            }
        }
        return null;
    }

    private static boolean hasNoPeriod(TextFeatures t) {
        return t.quantities.stream().noneMatch(TextFeatures.Quantity::period);
    }

    /** Another year, version or date (a {@link Rule#DATE_VERSION} refusal), else null. */
    static Verdict dateVersion(TextFeatures a, TextFeatures b) {
        Verdict v = number(a, b, true);
        if (v != null) {
            return v;
        }
        if (!a.dates.equals(b.dates)) {
            return Verdict.reject(Rule.DATE_VERSION, "dates " + a.dates + " vs " + b.dates);
        }
        return null;
    }

    private static Map<String, Integer> counts(List<TextFeatures.Quantity> qs) {
        Map<String, Integer> m = new HashMap<>();
        for (TextFeatures.Quantity q : qs) {
            m.merge(q.key(), 1, Integer::sum);
        }
        return m;
    }

    private static String shown(List<TextFeatures.Quantity> qs) {
        Set<String> s = new TreeSet<>();
        for (TextFeatures.Quantity q : qs) {
            s.add(q.shown());
        }
        return s.toString();
    }

    private static <T> List<T> concat(List<T> x, List<T> y) {
        List<T> out = new ArrayList<>(x);
        out.addAll(y);
        return out;
    }

    private NumbersAndDates() {
    }
}
