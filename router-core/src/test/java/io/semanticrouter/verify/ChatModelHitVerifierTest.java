package io.semanticrouter.verify;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.semanticrouter.Embedding;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatModelHitVerifierTest {

    private static final Embedding CACHED = Embedding.of(1f, 0f);
    /** cosine 0.85 with CACHED: inside the default grey zone [0.80, 0.90). */
    private static final Embedding GREY = Embedding.of(0.85f, (float) Math.sqrt(1 - 0.85 * 0.85));
    /** cosine 0.95 with CACHED: above the grey zone. */
    private static final Embedding CLOSE = Embedding.of(0.95f, (float) Math.sqrt(1 - 0.95 * 0.95));

    /** A stand-in model that answers a fixed text and records the questions it was shown. */
    private static final class StandIn implements ChatModel {
        final List<String> asked = new CopyOnWriteArrayList<>();
        final String answer;

        StandIn(String answer) {
            this.answer = answer;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            asked.add(((UserMessage) request.messages().get(1)).singleText());
            return ChatResponse.builder().aiMessage(AiMessage.from(answer)).build();
        }
    }

    private static ChatModelHitVerifier with(ChatModel model) {
        return ChatModelHitVerifier.builder().model(model).timeout(Duration.ofMillis(200)).build();
    }

    @Test
    void aGreyZonePairIsServedOnlyWhenTheModelSaysYes() {
        StandIn yes = new StandIn("Yes.");
        assertThat(with(yes).verify("How do I peel garlic fast?", CACHED, "Quick way to peel garlic?", GREY).accepted()).isTrue();
        assertThat(yes.asked).singleElement().asString()
                .contains("How do I peel garlic fast?").contains("Quick way to peel garlic?");

        Verdict no = with(new StandIn("NO")).verify("How do I peel garlic fast?", CACHED, "How do I store garlic?", GREY);
        assertThat(no.accepted()).isFalse();
        assertThat(no.rule()).isEqualTo(Rule.SCORER);
        assertThat(with(new StandIn("Probably")).verify("a b c", CACHED, "a b d", GREY).accepted()).isFalse();
    }

    @Test
    void outsideTheGreyZoneOrAfterARefusalTheModelIsNotAsked() {
        StandIn model = new StandIn("NO");
        ChatModelHitVerifier v = with(model);
        assertThat(v.verify("How do I peel garlic fast?", CACHED, "How do I peel garlic fast please?", CLOSE).accepted()).isTrue();
        Verdict refused = v.verify("How do I enable dark mode", CACHED, "How do I disable dark mode", GREY);
        assertThat(refused.rule()).isEqualTo(Rule.NEGATION);
        assertThat(v.verify("How do I peel garlic fast?", null, "Quick way to peel garlic?", null).accepted()).isTrue();
        assertThat(model.asked).isEmpty();
    }

    @Test
    void anErrorOrNoAnswerInTimeRefusesTheHit() throws Exception {
        ChatModel failing = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                throw new IllegalStateException("model down");
            }
        };
        Verdict failed = with(failing).verify("How do I peel garlic fast?", CACHED, "Quick way to peel garlic?", GREY);
        assertThat(failed.accepted()).isFalse();
        assertThat(failed.evidence()).contains("model down");

        CountDownLatch release = new CountDownLatch(1);
        ChatModel stuck = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return ChatResponse.builder().aiMessage(AiMessage.from("YES")).build();
            }
        };
        Verdict late = with(stuck).verify("How do I peel garlic fast?", CACHED, "Quick way to peel garlic?", GREY);
        release.countDown();
        assertThat(late.accepted()).isFalse();
        assertThat(late.evidence()).contains("Timeout");
    }

    @Test
    void builderRefusesBadSettings() {
        assertThatThrownBy(() -> ChatModelHitVerifier.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("model");
        assertThatThrownBy(() -> ChatModelHitVerifier.builder().greyZone(0.9, 0.8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.9");
        assertThatThrownBy(() -> ChatModelHitVerifier.builder().greyZone(java.util.List.of(0.8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two similarities");
        assertThatThrownBy(() -> ChatModelHitVerifier.builder().greyZone(java.util.Arrays.asList(0.8, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two similarities");
        assertThatThrownBy(() -> ChatModelHitVerifier.builder().greyZone(java.util.List.of(0.9, 0.8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 <= from < to <= 1");
        assertThatThrownBy(() -> ChatModelHitVerifier.builder().timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
    }
}
