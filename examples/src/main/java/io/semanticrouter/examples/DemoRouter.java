package io.semanticrouter.examples;

import dev.langchain4j.model.chat.ChatModel;
import io.semanticrouter.SemanticRouterBuilder;
import io.semanticrouter.Embedder;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.SemanticRouter;
import io.semanticrouter.classifier.CategoryModelSelector;
import io.semanticrouter.classifier.ExemplarClassifier;

import java.util.List;
import java.util.Map;

/**
 * The quickstart's routing setup: four categories described by example utterances (written for this project),
 * and which model serves each. Shared by {@link Quickstart} and the end-to-end tests, so the tests check
 * exactly what the demo shows.
 */
public final class DemoRouter {

    /** Example utterances per category. A dozen per category is enough for clear-cut traffic. */
    public static final Map<String, List<String>> CATEGORIES = Map.of(
            "coding", List.of(
                    "How do I reverse a linked list in Java?",
                    "My Python script throws a KeyError when reading the dictionary",
                    "Write a SQL query that returns the ten newest orders",
                    "What is the difference between an interface and an abstract class?",
                    "Why does my React component render twice?",
                    "How can I read a large CSV file line by line in Go?",
                    "Explain what a race condition is and how a mutex prevents it",
                    "Refactor this function to avoid the nested loops",
                    "How do I configure a Maven plugin to run before the tests?",
                    "The compiler says cannot find symbol, what does that mean?",
                    "Convert this JavaScript callback code to async/await",
                    "How do I undo my last git commit without losing the changes?",
                    "How do I create a new git branch and push it to the remote?",
                    "My SQL query with GROUP BY returns the wrong totals",
                    "Write a regular expression that matches a date like 2024-05-01",
                    "Why does my Docker container exit right after it starts?",
                    "How do I call a REST API from JavaScript and handle errors?",
                    "What does this stack trace mean and where is the bug?"),
            "math", List.of(
                    "What is the derivative of x squared times sine of x?",
                    "Solve the equation 3x + 7 = 22",
                    "Prove that the square root of two is irrational",
                    "What is the probability of rolling two sixes with two dice?",
                    "Compute the integral of 1 over x from 1 to e",
                    "How many ways can I arrange the letters of the word LEVEL?",
                    "Find the eigenvalues of a two by two matrix",
                    "What is 17 percent of 2,350?",
                    "Explain the Pythagorean theorem with an example",
                    "Is 221 a prime number?",
                    "What is the sum of the first 100 positive integers?",
                    "Simplify the fraction 84 over 126"),
            "small_talk", List.of(
                    "Hi there, how are you today?",
                    "Good morning! Hope you slept well",
                    "Tell me a fun fact to cheer me up",
                    "What's your favourite colour?",
                    "Thanks a lot, that was helpful!",
                    "Can you tell me a short joke?",
                    "I'm bored, let's chat for a bit",
                    "Have a great weekend!",
                    "Who are you and what can you do?",
                    "That's funny, haha",
                    "Do you like music?",
                    "Goodnight, talk to you tomorrow"),
            "customer_support", List.of(
                    "I want a refund for my last order",
                    "My package has not arrived yet, where is it?",
                    "How do I reset my account password?",
                    "I was charged twice for the same subscription",
                    "Can I change the delivery address of my order?",
                    "How do I cancel my subscription?",
                    "The product I received is damaged",
                    "I can't log in to my account",
                    "How long does a return take to be processed?",
                    "Please update the credit card on file for my account",
                    "Where can I download my invoice?",
                    "I'd like to speak to a human agent about my bill"));

    /** Which models serve each category, with scores in [0, 1] (vLLM Semantic Router's {@code model_scores}). */
    public static final Map<String, Map<String, Double>> MODEL_SCORES = Map.of(
            "coding", Map.of(DemoModels.CODE, 0.95, DemoModels.SMALL, 0.4),
            "math", Map.of(DemoModels.MATH, 0.9, DemoModels.CODE, 0.6),
            "small_talk", Map.of(DemoModels.SMALL, 1.0),
            "customer_support", Map.of(DemoModels.SMALL, 0.9));

    /** Below this classifier confidence the router uses the default model. */
    public static final double MIN_CONFIDENCE = 0.6;

    private DemoRouter() {
    }

    /**
     * Builds the quickstart router.
     *
     * @param embedder the embedder (the router and the classifier share it)
     * @param cache    the semantic cache
     * @param models   models by route name; must contain {@link DemoModels#SMALL}, {@link DemoModels#CODE} and
     *                 {@link DemoModels#MATH}
     */
    public static SemanticRouter build(Embedder embedder, SemanticCache cache, Map<String, ChatModel> models) {
        ExemplarClassifier classifier = ExemplarClassifier.builder(embedder).examples(CATEGORIES).build();
        CategoryModelSelector.Builder selector = CategoryModelSelector.builder()
                .classifier(classifier)
                .minConfidence(MIN_CONFIDENCE);
        MODEL_SCORES.forEach(selector::category);
        SemanticRouterBuilder router = SemanticRouter.builder()
                .embedder(embedder)
                .cache(cache)
                .selector(selector.build())
                .defaultModel(DemoModels.SMALL);
        models.forEach(router::model);
        return router.build();
    }
}
