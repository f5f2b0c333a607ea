package io.semanticrouter.examples.ask;

import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.AllModelsFailedException;
import io.semanticrouter.InvalidRequestException;
import io.semanticrouter.RequestBlockedException;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.SemanticRouter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /ask?q=...} and {@code POST /ask} (the question as the plain-text body) answer through the
 * auto-configured {@link SemanticRouter}, and say what the router did: which model answered, the category, and
 * whether the answer came from the cache.
 */
@RestController
public class AskController {

    private final SemanticRouter router;

    /**
     * Creates the controller.
     *
     * @param router the router the starter built from {@code semantic-router.*}
     */
    public AskController(SemanticRouter router) {
        this.router = router;
    }

    /**
     * Answers a question given as a query parameter.
     *
     * @param question the question
     * @return the answer and what the router did
     */
    @GetMapping(path = "/ask", produces = MediaType.APPLICATION_JSON_VALUE)
    public Answer ask(@RequestParam("q") String question) {
        return answer(question);
    }

    /**
     * Answers a question given as the plain-text request body.
     *
     * @param question the question
     * @return the answer and what the router did
     */
    @PostMapping(path = "/ask", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Answer askPosted(@RequestBody String question) {
        return answer(question);
    }

    private Answer answer(String question) {
        RoutedResponse r = router.route(RouteRequest.of(List.of(UserMessage.from(question))));
        double similarity = r.cache().similarity();
        return new Answer(r.text(), r.model(), r.decision().category(), r.cache().status().name(),
                Double.isNaN(similarity) ? null : similarity, r.decision().reason());
    }

    /**
     * A question the router refuses as malformed (blank, too long...) is the client's error.
     *
     * @param e the router's error
     * @return 400 with the message
     */
    @ExceptionHandler(InvalidRequestException.class)
    public ResponseEntity<Map<String, String>> invalid(InvalidRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /**
     * A question a guard blocked.
     *
     * @param e the router's error
     * @return 403 with the message
     */
    @ExceptionHandler(RequestBlockedException.class)
    public ResponseEntity<Map<String, String>> blocked(RequestBlockedException e) {
        return error(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /**
     * Every model failed, the default one included.
     *
     * @param e the router's error, with every failure
     * @return 502 with the message
     */
    @ExceptionHandler(AllModelsFailedException.class)
    public ResponseEntity<Map<String, String>> failed(AllModelsFailedException e) {
        return error(HttpStatus.BAD_GATEWAY, e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", message == null ? status.getReasonPhrase() : message));
    }

    /**
     * What {@code /ask} returns.
     *
     * @param answer     the model's answer, or the cached one
     * @param model      the registered name of the model that answered (for a hit: the model whose answer it is)
     * @param category   the category the classifier chose, or null
     * @param cache      the cache outcome: {@code HIT}, {@code MISS}, {@code REJECTED}, ...
     * @param similarity the similarity of the nearest cached question; null when there was none
     * @param reason     why the router chose that model
     */
    public record Answer(String answer, String model, String category, String cache, Double similarity, String reason) {
    }
}
