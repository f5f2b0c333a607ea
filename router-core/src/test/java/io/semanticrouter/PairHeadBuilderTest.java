package io.semanticrouter;

import io.semanticrouter.verify.HitVerifier;
import io.semanticrouter.verify.LexicalHitVerifier;
import io.semanticrouter.verify.PairHeadHitVerifier;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link SemanticRouterBuilder#pairHead(boolean)}: off by default, and only for an embedder a head is trained for. */
class PairHeadBuilderTest {

    /** The bag-of-words stand-in under the name of the model the bundled head is for. */
    private static final class MiniLmNamed implements Embedder {
        private final TestDoubles.WordsEmbedder words = new TestDoubles.WordsEmbedder();

        @Override
        public Embedding embed(String text) {
            return words.embed(text);
        }

        @Override
        public int dimension() {
            return words.dimension();
        }

        @Override
        public int maxTokens() {
            return words.maxTokens();
        }

        @Override
        public String modelId() {
            return "all-minilm-l6-v2";
        }
    }

    @Test
    void offByDefault() {
        SemanticRouterBuilder b = SemanticRouter.builder().embedder(new MiniLmNamed())
                .model("m", TestDoubles.ScriptedModel.echo("m"));
        assertInstanceOf(LexicalHitVerifier.class, b.hitVerifierToUse());
        HitVerifier own = HitVerifier.acceptAll();
        assertSame(own, b.hitVerifier(own).hitVerifierToUse());
    }

    @Test
    void onItWrapsTheConfiguredVerifier() {
        SemanticRouterBuilder b = SemanticRouter.builder().embedder(new MiniLmNamed())
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
