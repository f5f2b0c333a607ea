package io.semanticrouter.demo;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoChatModelTest {

    private static ChatRequest ask(String question) {
        return ChatRequest.builder().messages(UserMessage.from(question)).build();
    }

    @Test
    void answersByRepeatingTheQuestionAndSayingWhatItIs() {
        DemoChatModel model = new DemoChatModel("small", Duration.ZERO);

        ChatResponse r = model.chat(ask("Name three prime numbers"));

        assertThat(r.aiMessage().text())
                .isEqualTo("[demo model 'small'] This is an offline stand-in, not a real LLM. You asked: Name three prime numbers");
        assertThat(r.modelName()).isEqualTo("small");
        assertThat(r.tokenUsage().inputTokenCount()).isEqualTo("Name three prime numbers".length() / 4);
        assertThat(model.calls()).isEqualTo(1);
        assertThat(model).hasToString("DemoChatModel[small, latency=0ms]");
    }

    @Test
    void namesTheReasoningModeItsReaderFinds() {
        DemoChatModel model = new DemoChatModel("strong", Duration.ZERO,
                p -> p.temperature() != null && p.temperature() > 0.5 ? "high" : null);
        ChatRequest hot = ChatRequest.builder().messages(UserMessage.from("q"))
                .parameters(DefaultChatRequestParameters.builder().temperature(0.9).build()).build();

        assertThat(model.chat(hot).aiMessage().text()).startsWith("[demo model 'strong', reasoning high] ");
        assertThat(model.chat(ask("q")).aiMessage().text()).startsWith("[demo model 'strong'] ");
    }

    /** What a stream delivered: its words, its answer or its failure. */
    private static final class Recorder implements StreamingChatResponseHandler {
        final List<String> parts = new ArrayList<>();
        ChatResponse response;
        Throwable error;

        @Override
        public void onPartialResponse(String partial) {
            parts.add(partial);
        }

        @Override
        public void onCompleteResponse(ChatResponse complete) {
            response = complete;
        }

        @Override
        public void onError(Throwable failure) {
            error = failure;
        }
    }

    @Test
    void streamsTheSameAnswerWordByWord() {
        DemoChatModel model = new DemoChatModel("small", Duration.ofMillis(1));
        StreamingChatModel streaming = model.streaming();
        Recorder r = new Recorder();

        streaming.chat(ask("two words"), r);

        assertThat(r.error).isNull();
        String text = r.response.aiMessage().text();
        assertThat(String.join("", r.parts)).isEqualTo(text).isEqualTo(model.chat(ask("two words")).aiMessage().text());
        assertThat(r.parts).hasSize(text.split(" ").length).allMatch(p -> !p.isEmpty());
        assertThat(model.calls()).isEqualTo(2);
        assertThat(streaming).hasToString("DemoStreamingChatModel[small]");
    }

    @Test
    void anInterruptedWaitFailsTheStreamThroughItsHandler() {
        StreamingChatModel streaming = new DemoChatModel("slow", Duration.ofSeconds(5)).streaming();
        Recorder r = new Recorder();
        Thread.currentThread().interrupt();
        try {
            streaming.chat(ask("q"), r);
        } finally {
            Thread.interrupted();
        }
        assertThat(r.parts).isEmpty();
        assertThat(r.response).isNull();
        assertThat(r.error).isInstanceOf(IllegalStateException.class).hasMessage("demo model interrupted");
    }
}
