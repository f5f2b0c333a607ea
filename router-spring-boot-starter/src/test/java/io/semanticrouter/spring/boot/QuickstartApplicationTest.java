package io.semanticrouter.spring.boot;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.semanticrouter.Embedder;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.embeddings.OnnxEmbedder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's quick start as a Spring Boot application: two model beans, the three keys of
 * {@code quickstart.yml} (the README shows that file verbatim; the last test checks it), the auto-configured
 * real MiniLM embedder, and a question answered routed, then served from the cache, through the injected
 * {@code ChatModel}.
 */
@SpringBootTest(classes = QuickstartApplicationTest.App.class, properties = "spring.config.name=quickstart")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuickstartApplicationTest {

    /** The application: any LangChain4j ChatModel beans (stand-ins here; OpenAI, Ollama... in real life). */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        ChatModel smallModel() {
            return new StandInChatModel("small");
        }

        @Bean
        ChatModel strongModel() {
            return new StandInChatModel("strong");
        }
    }

    @Autowired
    ChatModel chat;   // the router: the starter's ChatModel is the primary one

    @Autowired
    @Qualifier("strongModel")
    ChatModel strong;

    @Autowired
    SemanticRouter router;

    @Autowired
    Embedder embedder;

    @Test
    @Order(1)
    void aCodingQuestionGoesToTheStrongModelAndItsParaphraseIsServedFromTheCache() {
        assertThat(embedder).isInstanceOf(OnnxEmbedder.class);
        ChatResponse first = chat.chat(List.of(UserMessage.from("What is the difference between an abstract class and an interface in Java?")));
        assertThat(first.aiMessage().text()).isEqualTo("[strong] answer to: What is the difference between an abstract class and an interface in Java?");
        assertThat(first.metadata().modelName()).isEqualTo("strongModel");

        ChatResponse again = chat.chat(List.of(UserMessage.from("How does an abstract class differ from an interface in Java?")));
        assertThat(again.aiMessage().text()).isEqualTo(first.aiMessage().text());
        assertThat(((StandInChatModel) strong).calls).hasValue(1);
    }

    @Test
    @Order(2)
    void otherQuestionsGoToTheFirstModel() {
        RoutedResponse r = router.route(RouteRequest.of(List.of(UserMessage.from("Hi! How is your day going?"))));
        assertThat(r.model()).isEqualTo("smallModel");
        assertThat(r.cacheHit()).isFalse();
    }

    @Test
    void theReadmeShowsExactlyThisConfiguration() throws IOException {
        String config = Files.readString(Path.of("src/test/resources/quickstart.yml")).strip();
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).as("README.md must show src/test/resources/quickstart.yml verbatim").contains(config);
    }
}
