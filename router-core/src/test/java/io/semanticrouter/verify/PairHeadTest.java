package io.semanticrouter.verify;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairHeadTest {

    private static final String MINILM = "all-minilm-l6-v2";

    @Test
    void bundledHeadIsForMiniLmWithItsChosenThreshold() {
        PairHead head = PairHead.bundled(MINILM);
        assertEquals(MINILM, head.embeddingModel());
        assertEquals(0.7, head.threshold(), 1e-9);
    }

    @Test
    void anotherEmbedderHasNoHead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairHead.bundled("all-minilm-l6-v2-q"));
        assertTrue(e.getMessage().contains("all-minilm-l6-v2-q"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PairHead.bundled("../verify/pair-head-all-minilm-l6-v2"));
    }

    @Test
    void aHeadFileIsRefusedForAnotherEmbedderAndWhenMalformed() {
        String ok = "{\"format\":\"semantic-router-pair-head/1\",\"embedding_model\":\"m\",\"features\":"
                + "[\"similarity\",\"jaccard\",\"one_side_words\",\"length_ratio\",\"log_length\",\"rules_accept\"],"
                + "\"mean\":[0,0,0,0,0,0],\"scale\":[1,1,1,1,1,1],\"weights\":[1,0,0,0,0,0],\"bias\":0,\"threshold\":0.5}";
        assertEquals(0.5, read(ok, "m").threshold(), 1e-9);
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> read(ok, "e5"));
        assertTrue(other.getMessage().contains("trained for the embedding model 'm'"), other.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read(ok.replace("pair-head/1", "pair-head/2"), "m"));
        assertThrows(IllegalArgumentException.class, () -> read(ok.replace("\"weights\":[1,0,0,0,0,0]",
                "\"weights\":[1,0,0]"), "m"));
        assertThrows(IllegalArgumentException.class, () -> read(ok.replace("\"jaccard\"", "\"overlap\""), "m"));
        assertThrows(IllegalArgumentException.class, () -> read(ok.replace("\"threshold\":0.5", "\"threshold\":1.5"), "m"));
        assertThrows(IllegalArgumentException.class, () -> read(ok.replace("\"scale\":[1,1", "\"scale\":[0,1"), "m"));
    }

    private static PairHead read(String json, String embedder) {
        return PairHead.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", embedder);
    }

    @Test
    void featuresAreTheTrainingScriptsFeatures() {
        // values from tools/verifier/pair_model_cv.py's cheap() for the same pair
        float[] f = PairHead.features("Is 16 GB of RAM enough?", "Will sixteen gigs of memory do?", 0.938737, false);
        assertArrayEquals(new float[]{0.938737f, 0.090909f, 0.909091f, 1.0f, 2.564949f, 0f}, f, 1e-5f);
        float[] g = PairHead.features("Why does my sink smell like rotten eggs?",
                "How do I get rid of the rotten egg smell in my sink?", 0.860119, false);
        assertArrayEquals(new float[]{0.860119f, 0.235294f, 0.764706f, 0.615385f, 3.091043f, 0f}, g, 1e-5f);
    }

    @Test
    void scoresAsTheTrainedModelDid() {
        // probabilities of the scikit-learn model the bundled file was exported from, on the same pairs
        PairHead head = PairHead.bundled(MINILM);
        assertEquals(0.847648, head.score("Is 16 GB of RAM enough?", "Will sixteen gigs of memory do?",
                0.9387368559837341, false), 1e-3);
        assertEquals(0.802970, head.score("Is it okay to sneak them into sauces?", "Should I just hide them in sauces?",
                0.9384828209877014, false), 1e-3);
        assertEquals(0.015110, head.score("How to move an app from the SD card to internal storage",
                "How to move an app from internal storage to the SD card", 0.9976887404918671, false), 1e-3);
        assertEquals(0.617486, head.score("Why does my sink smell like rotten eggs?",
                "How do I get rid of the rotten egg smell in my sink?", 0.8601194322109222, false), 1e-3);
    }

    @Test
    void nullQuestionsAreRefused() {
        PairHead head = PairHead.bundled(MINILM);
        assertThrows(NullPointerException.class, () -> head.score(null, "b", 0.9, false));
        assertThrows(NullPointerException.class, () -> PairHead.bundled(null));
    }
}
