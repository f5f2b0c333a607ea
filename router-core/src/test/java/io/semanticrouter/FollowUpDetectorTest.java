package io.semanticrouter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpDetectorTest {

    private final FollowUpDetector detector = FollowUpDetector.defaults();

    @ParameterizedTest
    @ValueSource(strings = {"And in Java?", "What about for a linked list?", "how about with butter instead of oil",
            "Or does that hold for negative numbers?",
            "Should I mention my back injury in it?", "Could the sun end up as one?", "In Rust?", "without recursion?", "Why?", "Any examples?",
            "How do I make it faster?", "Is that safe for dogs?", "Can you explain this more simply?",
            "Does the same work for Postgres?", "Which one is cheaper?", "Tell me more about the second step"})
    void dependentMessagesFire(String message) {
        assertThat(detector.cue(message)).as(message).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"How do I reverse a list in Python?", "What is the boiling point of water at sea level?",
            "Explain how a binary search tree keeps the keys in order", "Can a dog eat grapes safely?",
            "In Python, how do I read a file line by line?", "What is a closure and how is one used in practice?",
            "Write a haiku about autumn leaves falling on a quiet pond",
            "Also, the jacket I ordered came in the wrong size; how do I exchange the jacket for a bigger size?",
            "Another thing: is it legal in California to record a phone call without telling the other person?"})
    void standaloneQuestionsDoNot(String message) {
        assertThat(detector.cue(message)).as(message).isNull();
    }

    @Test
    void theCueSaysWhichRuleFired() {
        assertThat(detector.cue("What about Go?")).isEqualTo("starts with 'what about'");
        assertThat(detector.cue("in java?")).isEqualTo("ellipsis: starts with 'in' (2 words)");
        assertThat(detector.cue("How do I make it faster, and is there a cost?")).isEqualTo("pronoun 'it' before any noun");
        assertThat(detector.cue("Examples please")).isEqualTo("short (2 words)");
        assertThat(detector.cue("Should I mention my back injury in it?"))
                .isEqualTo("pronoun 'it' in a short message (8 words)");
        assertThat(detector.cue("Could the sun end up as one?")).isEqualTo("ends with 'one' (7 words)");
    }

    @Test
    void aShortMessageWithItsOwnAntecedentStillFiresAKnownLimit() {
        // the rule does not look for the antecedent: measured as is (docs/evaluation.md), a same-topic context does
        // little harm, a topic switch can cost the category
        assertThat(detector.cue("What is a closure and how is it used?")).isEqualTo("pronoun 'it' in a short message (9 words)");
        assertThat(FollowUpDetector.builder().anaphorWords(0).build().cue("What is a closure and how is it used?")).isNull();
    }

    @Test
    void eachRuleCanBeTurnedOff() {
        FollowUpDetector none = FollowUpDetector.builder().shortWords(0).ellipsisWords(0).pronounWords(0)
                .anaphorWords(0).openers(false).build();
        for (String m : new String[]{"And in Java?", "In Rust?", "How do I make it faster?", "Why?"}) {
            assertThat(none.cue(m)).as(m).isNull();
        }
        assertThat(FollowUpDetector.builder().shortWords(6).build().cue("What is a monad exactly then"))
                .isEqualTo("short (6 words)");
    }

    @Test
    void blankAndPunctuationOnlyMessagesStandAlone() {
        assertThat(detector.cue("")).isNull();
        assertThat(detector.cue("   ?! ")).isNull();
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> detector.cue(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FollowUpDetector.builder().shortWords(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("shortWords must be >= 0, was -1");
        assertThatThrownBy(() -> FollowUpDetector.builder().pronounWords(-2))
                .hasMessage("pronounWords must be >= 0, was -2");
    }
}
