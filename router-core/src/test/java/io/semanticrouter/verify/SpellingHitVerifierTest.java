package io.semanticrouter.verify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpellingHitVerifierTest {

    private final LexicalHitVerifier rules = LexicalHitVerifier.defaults();
    private final SpellingHitVerifier verifier = SpellingHitVerifier.wrap(rules);

    @Test
    void aCorrectedWordEqualToTheOtherQuestionsIsNoReplacedWord() {
        String cached = "How do I save and quit in nano?";
        String typed = "how do i save and qiut in nano";
        // as written, "quit" (a verb of stopping) is in one question only
        assertThat(rules.verify(cached, typed).rule()).isEqualTo(Rule.NEGATION);
        assertThat(verifier.verify(cached, typed).accepted()).isTrue();
    }

    @Test
    void aDifferenceBehindATypoIsStillSeen() {
        Verdict v = verifier.verify("How do I enable dark mode on my phone", "How do I disabel dark mode on my phone");
        assertThat(v.accepted()).isFalse();
        assertThat(v.rule()).isEqualTo(Rule.NEGATION);
        assertThat(verifier.verify("Can I fill in the form online?", "Can I fill in the form onlien?").accepted()).isTrue();
    }

    @Test
    void theWrappedVerifierGetsBothQuestionsCorrected() {
        List<String> seen = new ArrayList<>();
        SpellingHitVerifier recording = SpellingHitVerifier.wrap((a, b) -> {
            seen.add(a);
            seen.add(b);
            return Verdict.accept();
        });
        recording.verify("git undo last comit", null, "Git undo the last commit", null);
        assertThat(seen).containsExactly("git undo last commit", "Git undo the last commit");
        assertThat(recording.delegate()).isNotNull();
    }

    @Test
    void nullsAreTypedErrors() {
        assertThatThrownBy(() -> SpellingHitVerifier.wrap(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> verifier.verify(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> verifier.verify("x", null, null, null)).isInstanceOf(NullPointerException.class);
    }
}
