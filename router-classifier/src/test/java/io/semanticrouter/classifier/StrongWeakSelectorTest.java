package io.semanticrouter.classifier;

import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.RequestContext;
import io.semanticrouter.RouteDecision;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrongWeakSelectorTest {

    private final WordsEmbedder embedder = new WordsEmbedder();

    private List<StrongWeakSelector.Example> examples() {
        List<StrongWeakSelector.Example> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean hard = i % 4 == 0;
            String text = hard ? "prove by induction and derive the bound for sequence " + i
                    : "what colour is item " + i;
            out.add(new StrongWeakSelector.Example(text, embedder.embed(text), !hard, true));
        }
        return out;
    }

    @Test
    void sendsWhatTheWeakModelFailsToTheStrongOneAtTheChosenShare() {
        StrongWeakSelector router = StrongWeakSelector.train("small", "large", examples(), 0.25);
        String hard = "prove by induction and derive the bound for sequence 999";
        String easy = "what colour is item 999";
        RouteDecision h = router.select(new RequestContext("", List.of(UserMessage.from(hard)), hard, embedder.embed(hard)));
        RouteDecision e = router.select(new RequestContext("", List.of(UserMessage.from(easy)), easy, embedder.embed(easy)));
        assertThat(h.candidates()).containsExactly("large", "small");
        assertThat(h.category()).isEqualTo("hard");
        assertThat(h.reason()).contains("strong-model gain");
        assertThat(e.candidates()).containsExactly("small", "large");
        assertThat(router.modelNames()).containsExactlyInAnyOrder("small", "large");
        assertThat(router.withThreshold(0.0).select(new RequestContext("", List.of(UserMessage.from(easy)), easy,
                embedder.embed(easy))).model()).isEqualTo("large");
    }

    @Test
    void settingsAndDataAreChecked() {
        assertThatThrownBy(() -> StrongWeakSelector.train("a", "a", examples(), 0.3)).hasMessageContaining("must differ");
        assertThatThrownBy(() -> StrongWeakSelector.train("a", "b", examples(), 1.0)).hasMessageContaining("was 1.0");
        List<StrongWeakSelector.Example> noWins = examples().stream()
                .map(x -> new StrongWeakSelector.Example(x.text(), x.embedding(), true, true)).toList();
        assertThatThrownBy(() -> StrongWeakSelector.train("a", "b", noWins, 0.3)).hasMessageContaining("positive and negative");
        assertThatThrownBy(() -> StrongWeakSelector.train("a", "b", examples(), 0.3).withThreshold(2))
                .hasMessageContaining("was 2.0");
    }
}
