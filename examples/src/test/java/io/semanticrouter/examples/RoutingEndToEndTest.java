package io.semanticrouter.examples;

import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Questions not among the exemplars route to the model their category calls for; vague ones go to the default. */
class RoutingEndToEndTest {

    private static SemanticRouter router;

    @BeforeAll
    static void build() {
        router = DemoRouter.build(SharedEmbedder.get(), InMemorySemanticCache.builder().build(),
                DemoModels.standIns(Duration.ZERO));
    }

    private static RoutedResponse route(String q) {
        return router.route(RouteRequest.builder().messages(UserMessage.from(q)).noCache().noStore().build());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "How can I split a string by commas in Python?                | coding           | code-expert",
            "My Java program throws a NullPointerException on startup      | coding           | code-expert",
            "Write a bash loop that renames every .txt file                | coding           | code-expert",
            "What does the volatile keyword do in Java?                    | coding           | code-expert",
            "How do I merge two branches in git?                           | coding           | code-expert",
            "Why is my SQL join returning duplicate rows?                  | coding           | code-expert",
            "What is 15 multiplied by 24?                                  | math             | math-reasoner",
            "Solve for y: 2y - 5 = 11                                      | math             | math-reasoner",
            "What is the area of a circle with radius 4?                   | math             | math-reasoner",
            "Differentiate 3x cubed minus 2x                               | math             | math-reasoner",
            "What are the odds of drawing an ace from a deck of cards?     | math             | math-reasoner",
            "Is 97 a prime number?                                         | math             | math-reasoner",
            "Hey, how's it going?                                          | small_talk       | small-chat",
            "Tell me something funny                                       | small_talk       | small-chat",
            "Thank you so much, you're great!                              | small_talk       | small-chat",
            "Good evening! How was your day?                               | small_talk       | small-chat",
            "See you later, bye!                                           | small_talk       | small-chat",
            "My order still hasn't shipped after two weeks                 | customer_support | small-chat",
            "I need to return a jacket that doesn't fit                    | customer_support | small-chat",
            "Why was my card billed twice this month?                      | customer_support | small-chat",
            "I forgot my password and can't sign in                        | customer_support | small-chat",
            "How do I stop my monthly subscription?                        | customer_support | small-chat",
    })
    void routesToTheCategorysBestModel(String question, String category, String model) {
        RoutedResponse r = route(question);
        assertThat(r.decision().category()).as(r.decision().reason()).isEqualTo(category);
        assertThat(r.model()).as(r.decision().reason()).isEqualTo(model);
        assertThat(r.decision().confidence()).isGreaterThanOrEqualTo(DemoRouter.MIN_CONFIDENCE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Describe the history of the Ottoman Empire",
            "What are the main renewable energy sources?",
            "How does a vaccine train the immune system?",
            "What is the tallest mountain in Africa?",
    })
    void lowConfidenceGoesToTheDefaultModel(String question) {
        RoutedResponse r = route(question);
        assertThat(r.model()).isEqualTo(DemoModels.SMALL);
        assertThat(r.decision().candidates()).containsExactly(DemoModels.SMALL);
        assertThat(r.decision().reason()).contains("low confidence").contains("default");
        assertThat(r.decision().confidence()).isLessThan(DemoRouter.MIN_CONFIDENCE);
    }
}
