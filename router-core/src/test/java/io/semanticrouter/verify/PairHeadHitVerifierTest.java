package io.semanticrouter.verify;

import io.semanticrouter.Embedding;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairHeadHitVerifierTest {

    private static final PairHead HEAD = PairHead.bundled("all-minilm-l6-v2");
    /** A stand-in for the word rules that refuses every pair. */
    private static final HitVerifier REFUSE_ALL = (a, b) -> Verdict.reject(Rule.SCOPE, "stand-in refusal");

    /** Two unit vectors whose cosine is {@code similarity}. */
    private static Embedding[] pair(double similarity) {
        return new Embedding[]{Embedding.of(1f, 0f),
            Embedding.of((float) similarity, (float) Math.sqrt(1 - similarity * similarity))};
    }

    private static Verdict verify(HitVerifier v, String a, String b, double similarity) {
        Embedding[] e = pair(similarity);
        return v.verify(a, e[0], b, e[1]);
    }

    @Test
    void servesAParaphraseTheRulesRefusedWhenTheHeadIsConfident() {
        String a = "Is 16 GB of RAM enough?";
        String b = "Will sixteen gigs of memory do?";
        assertFalse(verify(REFUSE_ALL, a, b, 0.9387).accepted(), "refused without the head");
        assertTrue(verify(PairHeadHitVerifier.of(REFUSE_ALL, HEAD), a, b, 0.9387).accepted());
    }

    @Test
    void keepsTheRefusalOfALookAlike() {
        Verdict v = verify(PairHeadHitVerifier.of(REFUSE_ALL, HEAD), "How to move an app from the SD card to internal storage",
                "How to move an app from internal storage to the SD card", 0.9977);
        assertFalse(v.accepted());
        assertEquals(Rule.SCOPE, v.rule());
        assertEquals("stand-in refusal", v.evidence());
        // a higher minimum refuses what the head's own threshold serves
        assertFalse(verify(PairHeadHitVerifier.of(REFUSE_ALL, HEAD, 0.95), "Is 16 GB of RAM enough?",
                "Will sixteen gigs of memory do?", 0.9387).accepted());
    }

    @Test
    void neverRefusesWhatTheFirstVerifierAccepts() {
        HitVerifier acceptAll = HitVerifier.acceptAll();
        assertTrue(verify(PairHeadHitVerifier.of(acceptAll, HEAD), "How to move an app from the SD card to internal storage",
                "How to move an app from internal storage to the SD card", 0.9977).accepted());
    }

    @Test
    void withoutEmbeddingsItGivesTheFirstVerdict() {
        HitVerifier v = PairHeadHitVerifier.of(REFUSE_ALL, HEAD);
        assertFalse(v.verify("Is 16 GB of RAM enough?", "Will sixteen gigs of memory do?").accepted());
        assertFalse(v.verify("Is 16 GB of RAM enough?", null, "Will sixteen gigs of memory do?", null).accepted());
    }

    @Test
    void withTheRealRulesTheParaphraseIsRefusedAndThenServed() {
        LexicalHitVerifier rules = LexicalHitVerifier.defaults();
        String a = "Is it okay to sneak them into sauces?";
        String b = "Should I just hide them in sauces?";
        assertFalse(verify(rules, a, b, 0.9385).accepted(), "the word rules refuse sneak/hide");
        assertTrue(verify(PairHeadHitVerifier.of(rules, HEAD), a, b, 0.9385).accepted());
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(NullPointerException.class, () -> PairHeadHitVerifier.of(null, HEAD));
        assertThrows(NullPointerException.class, () -> PairHeadHitVerifier.of(REFUSE_ALL, null));
        assertThrows(IllegalArgumentException.class, () -> PairHeadHitVerifier.of(REFUSE_ALL, HEAD, 0));
        assertThrows(IllegalArgumentException.class, () -> PairHeadHitVerifier.of(REFUSE_ALL, HEAD, 1.5));
        assertEquals(0.7, PairHeadHitVerifier.of(REFUSE_ALL, HEAD).minScore(), 1e-9);
    }

    @Test
    void doesNotServeAnotherAttributeOrAnAddedAmount() {
        String[][] lookAlikes = {
            {"How many rooms does the hotel have?", "How far is the hotel from the beach?"},
            {"What resolution should I export at?", "What resolution keeps the video under 200 MB?"},
        };
        for (String[] p : lookAlikes) {
            assertTrue(HEAD.score(p[0], p[1], 0.995, false) >= HEAD.threshold(), "the head alone would serve " + p[1]);
            assertFalse(PairHeadHitVerifier.headMayServe(p[0], p[1]));
            assertFalse(verify(PairHeadHitVerifier.of(REFUSE_ALL, HEAD), p[0], p[1], 0.995).accepted(), p[1]);
        }
    }

    @Test
    void doesNotServeShortFollowUpsAskingOtherProperties() {
        String cached = "Which is cheaper to run?";
        String asked = "Which one lasts longer?";
        assertFalse(PairHeadHitVerifier.headMayServe(cached, asked));
        // the rules first, read once for both the verdict and its firmness, and any first verifier
        assertFalse(verify(PairHeadHitVerifier.of(LexicalHitVerifier.defaults(), HEAD), cached, asked, 0.995).accepted());
        assertFalse(verify(PairHeadHitVerifier.of(REFUSE_ALL, HEAD), cached, asked, 0.995).accepted());
    }

    @Test
    void mayStillServeReworkedAmountsAndTimeAspects() {
        // an age against a word for it, and a duration asked two ways, stay the head's to judge
        assertTrue(PairHeadHitVerifier.headMayServe("Is it fine for a 15 year old?", "Is it fine for a teenager?"));
        assertTrue(PairHeadHitVerifier.headMayServe("How long does delivery take?", "How many days until it arrives?"));
        assertTrue(verify(PairHeadHitVerifier.of(REFUSE_ALL, HEAD), "Is 16 GB of RAM enough?",
                "Will sixteen gigs of memory do?", 0.9387).accepted());
    }
}
