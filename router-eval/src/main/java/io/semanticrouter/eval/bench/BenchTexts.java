package io.semanticrouter.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Short, distinct questions (our own templates) for the benchmarks: 8 actions x 6 subjects x 5 settings. */
final class BenchTexts {

    private static final String[] ACTIONS = {"clean", "repair", "choose", "store", "paint", "measure", "replace", "insure"};
    private static final String[] SUBJECTS = {"a wooden table", "a bicycle chain", "a winter coat", "a kitchen knife",
        "a garden hose", "a laptop battery"};
    private static final String[] SETTINGS = {"", " at home", " on a budget", " without special tools", " for the first time"};

    /** 240 questions such as "How do I repair a bicycle chain on a budget?". */
    static final List<String> QUESTIONS;

    /** The same questions, reworded: "What is the best way to repair a bicycle chain on a budget?". */
    static final List<String> PARAPHRASES;

    /** 48 questions unrelated to the others ("Why do parrots live longer in Chile?"), for misses. */
    static final List<String> UNRELATED;

    private static final String[] ANIMALS = {"parrots", "tortoises", "wolves", "salmon", "owls", "bees"};
    private static final String[] PLACES = {"Chile", "Norway", "Kenya", "Japan", "Peru", "Iceland", "Vietnam", "Canada"};

    static {
        List<String> q = new ArrayList<>();
        List<String> p = new ArrayList<>();
        for (String setting : SETTINGS) {
            for (String subject : SUBJECTS) {
                for (String action : ACTIONS) {
                    q.add(String.format(Locale.ROOT, "How do I %s %s%s?", action, subject, setting));
                    p.add(String.format(Locale.ROOT, "What is the best way to %s %s%s?", action, subject, setting));
                }
            }
        }
        QUESTIONS = List.copyOf(q);
        PARAPHRASES = List.copyOf(p);
        List<String> u = new ArrayList<>();
        for (String animal : ANIMALS) {
            for (String place : PLACES) {
                u.add(String.format(Locale.ROOT, "Why do %s live longer in %s?", animal, place));
            }
        }
        UNRELATED = List.copyOf(u);
    }

    private BenchTexts() {
    }
}
