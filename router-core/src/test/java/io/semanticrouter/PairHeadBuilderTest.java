package io.semanticrouter;

import io.semanticrouter.verify.HitVerifier;
import io.semanticrouter.verify.LexicalHitVerifier;
import io.semanticrouter.verify.PairHeadHitVerifier;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SemanticRouterBuilder#pairHead(boolean)}: by default on behind the default verifier for an embedder a head
 * ships for, and never over a custom verifier or for another embedder.
 */
class PairHeadBuilderTest {

    @Test
    void onByDefaultBehindTheDefaultVerifierForAnEmbedderAHeadShipsFor() {
        SemanticRouterBuilder b = SemanticRouter.builder().embedder(new TestDoubles.MiniLmNamed())
                .model("m", TestDoubles.ScriptedModel.echo("m"));
        assertInstanceOf(PairHeadHitVerifier.class, b.hitVerifierToUse());
        b.build();
    }

    @Test
    void byDefaultOffOverACustomVerifierAndForAnEmbedderWithoutAHead() {
        HitVerifier own = HitVerifier.acceptAll();
        assertSame(own, SemanticRouter.builder().embedder(new TestDoubles.MiniLmNamed()).model("m", TestDoubles.ScriptedModel.echo("m"))
                .hitVerifier(own).hitVerifierToUse());
        SemanticRouterBuilder words = SemanticRouter.builder().embedder(new TestDoubles.WordsEmbedder())
                .model("m", TestDoubles.ScriptedModel.echo("m"));
        assertSame(LexicalHitVerifier.defaults(), words.hitVerifierToUse());
        words.build();
    }

    @Test
    void falseTurnsItOff() {
        SemanticRouterBuilder b = SemanticRouter.builder().embedder(new TestDoubles.MiniLmNamed())
                .model("m", TestDoubles.ScriptedModel.echo("m")).pairHead(false);
        assertSame(LexicalHitVerifier.defaults(), b.hitVerifierToUse());
    }

    @Test
    void onItWrapsTheConfiguredVerifier() {
        SemanticRouterBuilder b = SemanticRouter.builder().embedder(new TestDoubles.MiniLmNamed())
                .model("m", TestDoubles.ScriptedModel.echo("m")).pairHead(true);
        assertInstanceOf(PairHeadHitVerifier.class, b.hitVerifierToUse());
        b.build();
    }

    @Test
    void anEmbedderWithoutAHeadFailsTheBuild() {
        SemanticRouterBuilder b = SemanticRouter.builder().embedder(new TestDoubles.WordsEmbedder())
                .model("m", TestDoubles.ScriptedModel.echo("m")).pairHead(true);
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertTrue(e.getMessage().contains("'words'"), e.getMessage());
    }
}
