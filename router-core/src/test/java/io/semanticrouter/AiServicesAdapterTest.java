package io.semanticrouter;

import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.SystemMessage;
import io.semanticrouter.TestDoubles.RecordingCache;
import io.semanticrouter.TestDoubles.ScriptedModel;
import io.semanticrouter.TestDoubles.WordsEmbedder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AiServicesAdapterTest {

    interface Assistant {
        @SystemMessage("You answer in one short sentence.")
        String answer(String question);
    }

    @Test
    void routerDropsIntoAiServices() {
        ScriptedModel model = ScriptedModel.echo("small");
        SemanticRouter router = SemanticRouter.builder()
                .embedder(new WordsEmbedder()).cache(new RecordingCache(0.95)).model("small", model).build();

        Assistant assistant = AiServices.builder(Assistant.class).chatModel(router.asChatModel()).build();

        assertThat(assistant.answer("What is the boiling point of water?"))
                .isEqualTo("small answers: What is the boiling point of water?");
        assertThat(assistant.answer("what is the boiling point of water"))
                .isEqualTo("small answers: What is the boiling point of water?");
        assertThat(model.calls).hasSize(1);
        assertThat(model.calls.get(0).messages()).hasSize(2); // the system message went through
    }
}
