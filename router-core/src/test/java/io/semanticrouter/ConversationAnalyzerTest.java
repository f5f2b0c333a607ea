package io.semanticrouter;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.TestDoubles.WordsEmbedder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The analyzer on its own, with a bag-of-words stand-in embedder (identical word sets have cosine 1). */
class ConversationAnalyzerTest {

    private final WordsEmbedder embedder = new WordsEmbedder();
    private final ConversationAnalyzer analyzer = ConversationAnalyzer.defaults();

    private ConversationSignals read(ChatMessage... messages) {
        List<ChatMessage> list = Arrays.asList(messages);
        String query = ((UserMessage) list.get(list.size() - 1)).singleText();
        return analyzer.read(list, embedder.embed(query), embedder);
    }

    @Test
    void aFollowUpIsEmbeddedOnceWithThePreviousUserTurn() {
        embedder.seen.clear();
        ConversationSignals s = analyzer.read(List.of(UserMessage.from("How do I reverse a list in Python?"),
                AiMessage.from("Use reversed()."), UserMessage.from("And in Java?")), null, embedder);

        assertThat(s.followUp()).isTrue();
        assertThat(s.followUpCue()).isEqualTo("starts with 'and'");
        assertThat(s.contextText()).isEqualTo("How do I reverse a list in Python?\nAnd in Java?");
        assertThat(s.categoryFromContext()).isTrue();
        assertThat(s.contextEmbedding().cosine(embedder.embed(s.contextText()))).isGreaterThan(0.999);
        assertThat(s.reask()).as("no query embedding, no re-ask check").isFalse();
        assertThat(s.reaskSimilarity()).isNaN();
    }

    @Test
    void aFollowUpOfAFollowUpReachesBackToItsAnchor() {
        ConversationSignals s = read(UserMessage.from("How do I reverse a list in Python?"), AiMessage.from("a"),
                UserMessage.from("And in Java?"), AiMessage.from("b"), UserMessage.from("What about Go?"));
        assertThat(s.contextText()).isEqualTo("How do I reverse a list in Python?\nAnd in Java?\nWhat about Go?");

        ConversationSignals one = ConversationAnalyzer.builder().contextTurns(1).build().read(
                List.of(UserMessage.from("Reverse a list in Python"), UserMessage.from("And in Java?"),
                        UserMessage.from("What about Go?")), null, embedder);
        assertThat(one.contextText()).isEqualTo("And in Java?\nWhat about Go?");
    }

    @Test
    void aStandaloneQueryHasNoContext() {
        ConversationSignals s = read(UserMessage.from("How do I reverse a list in Python?"), AiMessage.from("a"),
                UserMessage.from("What is the best way to roast a chicken?"));
        assertThat(s.followUp()).isFalse();
        assertThat(s.contextText()).isNull();
        assertThat(s.contextEmbedding()).isNull();
        assertThat(s.reask()).isFalse();
        assertThat(s.reaskSimilarity()).isLessThan(0.75);
    }

    @Test
    void aReaskNamesHowManyUserTurnsAgo() {
        ConversationSignals s = read(UserMessage.from("How do I reverse a list in Python?"), AiMessage.from("a"),
                UserMessage.from("Does it work on tuples?"), AiMessage.from("b"),
                UserMessage.from("how do I reverse a list in python"));
        assertThat(s.reask()).isTrue();
        assertThat(s.reaskTurnsAgo()).isEqualTo(2);
        assertThat(s.reaskSimilarity()).isGreaterThan(0.99);
        assertThat(s.describe()).contains("re-ask of 2 turn(s) ago");
    }

    @Test
    void aReaskFourUserTurnsAgoIsOutOfReachAndTheTurnsAreConfigurable() {
        List<ChatMessage> messages = List.of(UserMessage.from("How do I reverse a list in Python?"),
                UserMessage.from("Tell me about dogs"), UserMessage.from("Tell me about cats"),
                UserMessage.from("Tell me about birds"), UserMessage.from("How do I reverse a list in Python?"));
        Embedding q = embedder.embed("How do I reverse a list in Python?");
        assertThat(analyzer.read(messages, q, embedder).reask()).isFalse();
        assertThat(ConversationAnalyzer.builder().reaskTurns(0).build().read(messages, q, embedder).reaskSimilarity())
                .isNaN();
        List<ChatMessage> recent = List.of(UserMessage.from("How do I reverse a list in Python?"),
                UserMessage.from("Tell me about birds"), UserMessage.from("How do I reverse a list in Python?"));
        assertThat(analyzer.read(recent, q, embedder).reaskTurnsAgo()).isEqualTo(2);
        assertThat(ConversationAnalyzer.builder().reaskTurns(1).build().read(recent, q, embedder).reask()).isFalse();
    }

    @Test
    void veryShortRepeatsAreNotReasks() {
        ConversationSignals s = read(UserMessage.from("thanks!"), AiMessage.from("a"), UserMessage.from("thanks!"));
        assertThat(s.reask()).isFalse();
        assertThat(s.reaskSimilarity()).isNaN();
    }

    @Test
    void noEarlierUserTurnMeansNoSignal() {
        assertThat(read(UserMessage.from("And in Java?"))).isEqualTo(ConversationSignals.NONE);
        assertThat(read(SystemMessage.from("You help with code."), AiMessage.from("Hi! Python or Java?"),
                AiMessage.from("Anything else?"), UserMessage.from("And in Java?")))
                .as("assistant-only turns are not context").isEqualTo(ConversationSignals.NONE);
    }

    @Test
    void aHugeHistoryIsReadOnlyAtItsEnd() {
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            messages.add(UserMessage.from("Question number " + i + " about gardening"));
            messages.add(AiMessage.from("Answer " + i));
        }
        messages.add(UserMessage.from("What about roses?"));
        embedder.seen.clear();
        ConversationSignals s = analyzer.read(messages, embedder.embed("What about roses?"), embedder);
        assertThat(s.contextText()).isEqualTo("Question number 19999 about gardening\nWhat about roses?");
        assertThat(embedder.seen).as("the query, the context and three earlier turns").hasSize(5);
    }

    @Test
    void aContextTooLongForTheWindowOrAFailingEmbedderLeavesTheQueryAlone() {
        embedder.window = 8;
        ConversationSignals s = read(UserMessage.from("How do I reverse a very long list of numbers in Python quickly?"),
                UserMessage.from("And in Java?"));
        assertThat(s.followUp()).isTrue();
        assertThat(s.contextText()).isNotNull();
        assertThat(s.contextEmbedding()).as("truncated: the query would be cut off").isNull();
        assertThat(s.categoryFromContext()).isFalse();

        embedder.window = 64;
        Embedding q = embedder.embed("And in Java?");
        embedder.failure = new EmbeddingException("model down");
        ConversationSignals failed = analyzer.read(List.of(UserMessage.from("Reverse a list in Python"),
                UserMessage.from("And in Java?")), q, embedder);
        assertThat(failed.followUp()).isTrue();
        assertThat(failed.categoryFromContext()).isFalse();
        assertThat(failed.reaskSimilarity()).isNaN();
    }

    @Test
    void badInputIsRefusedClearly() {
        assertThatThrownBy(() -> analyzer.read(null, null, embedder)).isInstanceOf(NullPointerException.class)
                .hasMessage("messages must not be null");
        assertThatThrownBy(() -> analyzer.read(List.of(UserMessage.from("hi")), null, null))
                .hasMessage("embedder must not be null");
        assertThatThrownBy(() -> analyzer.read(List.of(AiMessage.from("hi")), null, embedder))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no user message");
        assertThatThrownBy(() -> analyzer.read(Arrays.asList(UserMessage.from("a"), null), null, embedder))
                .hasMessage("messages[1] must not be null");
        assertThatThrownBy(() -> ConversationAnalyzer.builder().reaskThreshold(1.5))
                .hasMessage("reaskThreshold must be in (0, 1], was 1.5");
        assertThatThrownBy(() -> ConversationAnalyzer.builder().reaskTurns(4))
                .hasMessage("reaskTurns must be in [0, 3], was 4");
        assertThatThrownBy(() -> ConversationAnalyzer.builder().contextTurns(0))
                .hasMessage("contextTurns must be in [1, 3], was 0");
        assertThatThrownBy(() -> new ConversationSignals(null, null, null, Double.NaN, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void offReadsNothing() {
        assertThat(ConversationAnalyzer.off().read(List.of(UserMessage.from("Reverse a list in Python"),
                UserMessage.from("And in Java?")), embedder.embed("And in Java?"), embedder).followUp()).isFalse();
    }
}
