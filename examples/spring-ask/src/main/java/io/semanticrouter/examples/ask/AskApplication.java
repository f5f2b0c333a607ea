package io.semanticrouter.examples.ask;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A small Spring Boot web application that answers questions at {@code /ask} through the Semantic Router starter:
 * each question is embedded by the auto-configured MiniLM, routed to {@code smallModel} or {@code strongModel}
 * (the {@code semantic-router.*} keys in {@code application.yml}), and paraphrases of earlier questions are
 * served from the in-memory semantic cache.
 *
 * <p>The two models are offline stand-ins unless {@code ask.base-url} names an OpenAI-compatible server (see
 * {@link AskProperties}). Run it with {@code mvn -q -pl examples/spring-ask -am compile exec:java}, then
 * {@code curl 'localhost:8080/ask?q=How+do+I+reverse+a+list+in+Java%3F'}.
 */
@SpringBootApplication
@EnableConfigurationProperties(AskProperties.class)
public class AskApplication {

    /** Created by Spring. */
    public AskApplication() {
    }

    /**
     * Starts the web application.
     *
     * @param args Spring Boot arguments, for example {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(AskApplication.class, args);
    }
}
