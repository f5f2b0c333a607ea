package io.semanticrouter.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The request of a text with its wrapper taken off, so the unsafe head can read the intent rather than the frame:
 * greetings, thanks and politeness, hypotheticals, stated purposes ("for my novel", "for research", "asking for a
 * friend", "out of curiosity") and claimed professions ("as a nurse, ...") are removed. The patterns describe the
 * shape of a frame (a purpose phrase ending in a kind of work, a hypothetical adverb) in English and a few other
 * languages, not particular sentences. Story settings ("in a baseball game", "in a film I am directing") and role
 * set-ups stay: they are often what makes a request harmless, and taking them off blocked such benign prompts in
 * cross-validation. Stateless.
 */
final class JailbreakIntent {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String WORK = "(?:novel|story|stories|book|screenplay|script|film|movie|play|game|video game|thriller"
            + "|fiction|fanfic|fan fiction|scene|chapter|episode|series|show|comic|poem|song|podcast|documentary|campaign|rpg"
            + "|research|project|thesis|dissertation|paper|class|course|lecture|homework|assignment|essay|article|report"
            + "|presentation|training|workshop|study|experiment|curiosity|science|purposes?|reasons?|friend)";
    private static final List<Pattern> FRAMES = List.of(
            // greetings and thanks
            Pattern.compile("^\\s*(?:hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening)|dear \\w+|hola|bonjour"
                    + "|hallo|ciao|olá)(?: there| all| friend| buddy| assistant| ai| chatgpt)?\\s*[,!.:-]*\\s*", FLAGS),
            Pattern.compile("\\b(?:thanks|thank you|thx|cheers)(?: (?:so much|a lot|in advance))?\\s*[.!]*\\s*$", FLAGS),
            // politeness and request wrappers
            Pattern.compile("\\b(?:please|pls|plz|kindly|por favor|s'il (?:te|vous) pla[iî]t|bitte|per favore)\\b\\s*,?", FLAGS),
            Pattern.compile("^\\s*(?:(?:could|can|would|will) you(?: please)?(?: be so kind as to)?|i was wondering if you could"
                    + "|i(?:'d| would) (?:like|love) (?:you|it if you could)(?: to)?|i need you to|would it be possible(?: for you)?"
                    + " to|do you mind|would you mind)\\s+", FLAGS),
            // hypotheticals
            Pattern.compile("\\b(?:purely |just |speaking |completely )?(?:hypothetically|theoretically|in theory|in principle"
                    + "|hipotéticamente|hypothétiquement|hypothetisch|ipoteticamente)(?: speaking)?\\b\\s*[,:]?", FLAGS),
            Pattern.compile("\\b(?:in|for) (?:a|an|this|some) (?:purely )?(?:hypothetical|fictional|imaginary|fictitious)"
                    + " (?:scenario|situation|world|case|setting|universe|story)(?: (?:where|in which))?\\s*,?", FLAGS),
            // stated purposes: "for my novel", "for a thriller I'm writing", "for research purposes", "asking for a friend"
            Pattern.compile("\\b(?:(?:just |only |i'm |i am )?asking )?(?:for|as part of|para|pour|für) (?:a|an|my|our|the|some|mi|mon"
                    + "|ma|un|une|meinen|meine|einen|eine)?\\s?(?:[\\w'-]+ ){0,3}?" + WORK
                    + "(?: (?:i'm|i am|we're|we are) (?:writing|working on|making|doing|running|preparing))?\\b\\s*[,:;-]?", FLAGS),
            Pattern.compile("\\b(?:out of (?:pure |sheer )?curiosity|just curious|i'm (?:just )?curious|no judg(?:e)?ment"
                    + "|asking for a friend|for educational purposes(?: only)?|it'?s for (?:a|my) \\w+)\\b\\s*[,.:;!-]?", FLAGS),
            // claimed roles of the writer
            Pattern.compile("(?:^|(?<=[.!?]\\s))(?:as|i'm|i am) (?:a|an) (?:[\\w-]+ ){0,2}(?:writer|author|novelist|screenwriter"
                    + "|researcher|student|teacher|professor|scientist|journalist|doctor|nurse|pentester|penetration tester"
                    + "|officer|detective|chemist|historian|moderator|developer|engineer)\\b[^.!?,]*[.!?,]\\s*", FLAGS));
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}']+");

    private JailbreakIntent() {
    }

    /**
     * The text without its wrapper, or {@code null} when none was found or too little (fewer than four words) would
     * be left.
     */
    static String intent(String text) {
        List<String> kept = new ArrayList<>();
        String[] sentences = SENTENCE.split(text.strip());
        boolean changed = false;
        for (String s : sentences) {
            String t = s;
            for (Pattern p : FRAMES) {
                t = p.matcher(t).replaceAll(" ");
            }
            t = tidy(t);
            changed |= !t.equals(tidy(s));
            if (!t.isEmpty()) {
                kept.add(t);
            }
        }
        String out = String.join(" ", kept);
        if (!changed || WORDS.matcher(out).results().count() < 4) {
            return null;
        }
        return out;
    }

    private static String tidy(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("\\s+([,.;:!?])", "$1").replaceAll("^[\\s,;:.-]+", "").strip();
    }
}
