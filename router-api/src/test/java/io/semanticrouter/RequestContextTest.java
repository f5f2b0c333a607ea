package io.semanticrouter;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestContextTest {

    @Test
    void copiesTheConversationAndAllowsAMissingEmbeddingForGuards() {
        List<ChatMessage> messages = new ArrayList<>(List.of(UserMessage.from("hi")));
        RequestContext c = new RequestContext("", messages, "hi", null);
        messages.add(UserMessage.from("later"));

        assertThat(c.messages()).hasSize(1);
        assertThat(c.embedding()).isNull();
        assertThatThrownBy(() -> c.messages().add(UserMessage.from("x"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesNulls() {
        List<ChatMessage> messages = List.of(UserMessage.from("hi"));
        assertThatThrownBy(() -> new RequestContext(null, messages, "hi", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("tenant");
        assertThatThrownBy(() -> new RequestContext("", messages, null, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("query");
        assertThatThrownBy(() -> new RequestContext("", null, "hi", null)).isInstanceOf(NullPointerException.class);
    }
}
