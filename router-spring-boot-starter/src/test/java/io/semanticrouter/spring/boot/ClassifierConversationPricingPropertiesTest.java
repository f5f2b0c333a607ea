package io.semanticrouter.spring.boot;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import io.semanticrouter.Embedder;
import io.semanticrouter.RouteRequest;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.SemanticRouter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static io.semanticrouter.spring.boot.RuleRoutingPropertiesTest.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code classifier.type} (exemplars, onnx, ensemble) with {@code classifier.onnx} and {@code classifier.weights},
 * {@code conversation.*}, {@code models[].pricing} with {@code decisions[].strategy: cost-quality}: each mapping
 * routes as the gateway's file would, on the real MiniLM embedder and the tiny generated ONNX topic model of
 * router-classifier's tests, and each bad value fails the start-up at its property.
 */
class ClassifierConversationPricingPropertiesTest {

    /** The tiny three-topic export (cooking, coding, travel; word weights, no training). */
    private static final Path TINY_TOPICS = Path.of("../router-classifier/src/test/resources/tiny-topics")
            .toAbsolutePath().normalize();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SemanticRouterAutoConfiguration.class))
            .withBean("smallModel", ChatModel.class, () -> new StandInChatModel("small"))
            .withBean("mediumModel", ChatModel.class, () -> new StandInChatModel("medium"))
            .withBean("strongModel", ChatModel.class, () -> new StandInChatModel("strong"))
            .withBean(Embedder.class, SharedMiniLm::get)
            .withPropertyValues("semantic-router.models[0].bean=smallModel", "semantic-router.models[1].bean=mediumModel",
                    "semantic-router.models[2].bean=strongModel", "semantic-router.semantic-cache.enabled=false");

    /** The ONNX model as the category signal, routing two of its labels by model scores. */
    private static final String[] ONNX = {
            "semantic-router.classifier.type=onnx",
            "semantic-router.classifier.onnx.path=" + TINY_TOPICS,
            "semantic-router.categories[0].name=coding",
            "semantic-router.categories[0].model-scores.strongModel=1.0",
            "semantic-router.categories[1].name=travel",
            "semantic-router.categories[1].model-scores.mediumModel=1.0"};

    /** Three priced models, quality per category, and one cost-quality decision. */
    private static final String[] COST_QUALITY = {
            "semantic-router.models[0].pricing.prompt-per-1m=0.1",
            "semantic-router.models[0].pricing.completion-per-1m=0.4",
            "semantic-router.models[1].pricing.prompt-per-1m=0.5",
            "semantic-router.models[1].pricing.completion-per-1m=1.5",
            "semantic-router.models[2].pricing.prompt_per_1m=3",
            "semantic-router.models[2].pricing.completion_per_1m=15",
            "semantic-router.classifier.use-default-categories=true",
            "semantic-router.classifier.min-confidence=0.3",
            "semantic-router.categories[0].name=math",
            "semantic-router.categories[0].model-scores.strongModel=0.95",
            "semantic-router.categories[0].model-scores.mediumModel=0.85",
            "semantic-router.categories[0].model-scores.smallModel=0.5",
            "semantic-router.categories[1].name=travel",
            "semantic-router.categories[1].model-scores.strongModel=0.9",
            "semantic-router.categories[1].model-scores.mediumModel=0.9",
            "semantic-router.categories[1].model-scores.smallModel=0.85",
            "semantic-router.decisions[0].name=everything",
            "semantic-router.decisions[0].when.always=true",
            "semantic-router.decisions[0].models[0]=strongModel",
            "semantic-router.decisions[0].models[1]=mediumModel",
            "semantic-router.decisions[0].models[2]=smallModel",
            "semantic-router.decisions[0].strategy=cost-quality",
            "semantic-router.decisions[0].min-quality=0.8"};

    private static RoutedResponse ask(AssertableApplicationContext ctx, String question) {
        assertThat(ctx).hasNotFailed();
        return ctx.getBean(SemanticRouter.class).route(RouteRequest.of(List.of(UserMessage.from(question))));
    }

    @Test
    void anOnnxCategoryModelRoutesWithItsLabelsAndIsClosedWithTheContext() {
        runner.withPropertyValues(ONNX).run(ctx -> {
            RoutedResponse code = ask(ctx, "how do I compile a python function");
            assertThat(code.decision().category()).isEqualTo("coding");
            assertThat(code.model()).isEqualTo("strongModel");
            assertThat(ask(ctx, "book a flight and a hotel").model()).isEqualTo("mediumModel");
            assertThat(ctx.getBean(OpenedResources.BEAN, OpenedResources.class).size()).isEqualTo(1);
            assertThat(ask(ctx, "bake a soup recipe then compile python function bug").decision().category())
                    .isEqualTo("coding");
        });
        runner.withPropertyValues(ONNX).withPropertyValues("semantic-router.classifier.onnx.max-tokens=4")
                .run(ctx -> assertThat(ask(ctx, "bake a soup recipe then compile python function bug").decision()
                        .category()).isEqualTo("cooking"));
    }

    @Test
    void anEnsembleAddsExemplarCategoriesToTheOnnxLabelsWithWeights() {
        String[] ensemble = with(ONNX, "semantic-router.classifier.type=ensemble",
                "semantic-router.classifier.weights.embedding=2.0",
                "semantic-router.categories[0].exemplars[0]=How do I reverse a string in Java?",
                "semantic-router.categories[0].exemplars[1]=Why does my Python loop never end?",
                "semantic-router.categories[2].name=astronomy",
                "semantic-router.categories[2].exemplars[0]=How far away is the Andromeda galaxy?",
                "semantic-router.categories[2].exemplars[1]=Why does Mars look red?",
                "semantic-router.categories[2].exemplars[2]=What is a neutron star made of?",
                "semantic-router.categories[2].model-scores.strongModel=1.0");
        String flight = "book a flight and a hotel";
        runner.withPropertyValues(ensemble).run(ctx -> {
            assertThat(ask(ctx, "How hot is the surface of a neutron star?").decision().category()).isEqualTo("astronomy");
            assertThat(ask(ctx, "how do I compile a python function").decision().category()).isEqualTo("coding");
            assertThat(ask(ctx, flight).decision().category()).isNotEqualTo("travel");
        });
        // travel is only the ONNX member's label: it wins once that member weighs enough
        runner.withPropertyValues(with(ensemble, "semantic-router.classifier.weights.onnx=20"))
                .run(ctx -> assertThat(ask(ctx, flight).decision().category()).isEqualTo("travel"));
    }

    @Test
    void badClassifierSettingsFailAtTheirProperty(@TempDir Path dir) throws IOException {
        fails("semantic-router.classifier.onnx.path: ", "is required with type: onnx",
                "semantic-router.classifier.type=onnx");
        fails("semantic-router.classifier.onnx: ", "is only used with type: onnx or ensemble",
                "semantic-router.classifier.onnx.path=" + TINY_TOPICS, "semantic-router.classifier.use-default-categories=true");
        fails("semantic-router.classifier.weights: ", "is only used with type: ensemble", with(ONNX,
                "semantic-router.classifier.weights.onnx=2"));
        fails("semantic-router.classifier.weights.rules: ", "unknown ensemble member 'rules'", with(ONNX,
                "semantic-router.classifier.type=ensemble", "semantic-router.classifier.weights.rules=1",
                "semantic-router.classifier.use-default-categories=true"));
        fails("semantic-router.classifier.weights.onnx: ", "positive", with(ONNX,
                "semantic-router.classifier.type=ensemble", "semantic-router.classifier.weights.onnx=-1",
                "semantic-router.classifier.use-default-categories=true"));
        fails("semantic-router.classifier.onnx.max-tokens: ", "must be at least 2, was 1", with(ONNX,
                "semantic-router.classifier.onnx.max-tokens=1"));
        fails("semantic-router.classifier.calibrate: ", "only the exemplar classifier is calibrated", with(ONNX,
                "semantic-router.classifier.calibrate=true"));
        fails("semantic-router.classifier.type: ", "use type: ensemble", with(ONNX,
                "semantic-router.classifier.use-default-categories=true"));
        fails("semantic-router.categories[0].exemplars: ", "takes no exemplars", with(ONNX,
                "semantic-router.categories[0].exemplars[0]=How do I fix this bug?"));
        fails("semantic-router.categories[0].name: ", "not one of the classifier's categories [cooking, coding, travel]",
                with(ONNX, "semantic-router.categories[0].name=astronomy"));
        fails("semantic-router.classifier.onnx.path: ", "no model.onnx and config.json in", with(ONNX,
                "semantic-router.classifier.onnx.path=" + dir));

        Path noLabels = Files.createDirectories(dir.resolve("no-labels"));
        Files.copy(TINY_TOPICS.resolve("model.onnx"), noLabels.resolve("model.onnx"));
        Files.copy(TINY_TOPICS.resolve("tokenizer.json"), noLabels.resolve("tokenizer.json"));
        Files.writeString(noLabels.resolve("config.json"), "{\"architectures\": [\"TinyWordClassifier\"]}");
        fails("semantic-router.classifier.onnx.path: ", "missing id2label", with(ONNX,
                "semantic-router.classifier.onnx.path=" + noLabels));

        failsToBind("semantic-router.classifier.type", with(ONNX, "semantic-router.classifier.type=transformer"));
    }

    @Test
    void reaskAndFollowUpSettingsReachTheRouter() {
        String[] reask = {"semantic-router.decisions[0].name=asked-again",
                "semantic-router.decisions[0].when.reask=true", "semantic-router.decisions[0].models[0]=strongModel",
                "semantic-router.decisions[1].name=first-time", "semantic-router.decisions[1].when.reask=false",
                "semantic-router.decisions[1].models[0]=smallModel"};
        RouteRequest again = RouteRequest.of(List.of(UserMessage.from("How do I reverse a list in Java?"),
                AiMessage.from("Lists are ordered."), UserMessage.from("how do I reverse a list in java")));
        RouteRequest thirdTurn = RouteRequest.of(List.of(UserMessage.from("How do I reverse a list in Java?"),
                AiMessage.from("Use Collections.reverse."), UserMessage.from("What about sorting it?"),
                AiMessage.from("Use List.sort."), UserMessage.from("how do I reverse a list in java")));
        runner.withPropertyValues(reask).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(SemanticRouter.class).route(again).model()).isEqualTo("strongModel");
            assertThat(ctx.getBean(SemanticRouter.class).route(thirdTurn).model()).isEqualTo("strongModel");
        });
        runner.withPropertyValues(with(reask, "semantic-router.conversation.reask-turns=1")).run(ctx -> {
            assertThat(ctx.getBean(SemanticRouter.class).route(again).model()).isEqualTo("strongModel");
            assertThat(ctx.getBean(SemanticRouter.class).route(thirdTurn).model()).isEqualTo("smallModel");
        });
        runner.withPropertyValues(with(reask, "semantic-router.conversation.reask-threshold=1.0")).run(ctx ->
                assertThat(ctx.getBean(SemanticRouter.class).route(again).conversation().reask()).isFalse());
        // switched off, no re-ask is ever found: a decision that tests one could never hold, so start-up fails
        runner.withPropertyValues(with(reask, "semantic-router.conversation.enabled=false")).run(ctx ->
                assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining(
                        "the selector tests the re-ask signal, but the conversation analyzer never finds a re-ask"));
        runner.withPropertyValues("semantic-router.conversation.enabled=false").run(ctx -> {
            RoutedResponse r = ctx.getBean(SemanticRouter.class).route(again);
            assertThat(r.model()).isEqualTo("smallModel");
            assertThat(r.conversation().reask()).isFalse();
        });
    }

    @Test
    void aFollowUpIsClassifiedWithThePreviousTurnUnlessFollowUpsAreOff() {
        String[] coding = {"semantic-router.classifier.use-default-categories=true",
                "semantic-router.classifier.min-confidence=0.0",
                "semantic-router.categories[0].name=coding", "semantic-router.categories[0].model-scores.strongModel=1.0"};
        RouteRequest followUp = RouteRequest.of(List.of(UserMessage.from("How do I reverse a linked list in Python?"),
                AiMessage.from("Walk the list and flip each next pointer."), UserMessage.from("and in Java?")));
        runner.withPropertyValues(coding).run(ctx -> {
            RoutedResponse r = ctx.getBean(SemanticRouter.class).route(followUp);
            assertThat(r.conversation().followUp()).isTrue();
            assertThat(r.decision().category()).isEqualTo("coding");
        });
        runner.withPropertyValues(with(coding, "semantic-router.conversation.follow-ups=false")).run(ctx ->
                assertThat(ctx.getBean(SemanticRouter.class).route(followUp).conversation().followUp()).isFalse());
    }

    @Test
    void theCacheSwitchesOfTheGatewayBindAndAMisspeltOneFails() {
        RouteRequest python = RouteRequest.of(List.of(UserMessage.from("How do I read a CSV file in Python?"),
                AiMessage.from("Use the csv module."), UserMessage.from("and in Java?")));
        ApplicationContextRunner cached = runner.withPropertyValues("semantic-router.semantic-cache.enabled=true",
                "semantic-router.semantic-cache.follow-up-context=false", "semantic-router.semantic-cache.coalesce-misses=false",
                "semantic-router.semantic-cache.cache-tool-calls=true", "semantic-router.semantic-cache.spelling=false");
        cached.run(ctx -> {
            SemanticRouter router = ctx.getBean(SemanticRouter.class);
            assertThat(router.route(python).cacheHit()).isFalse();
            assertThat(router.route(python).cacheHit()).isTrue();
        });
        cached.withPropertyValues("semantic-router.semantic-cache.follow-up-contxt=false").run(ctx ->
                assertThat(ctx).getFailure().rootCause().hasMessageContaining("semantic-router.semantic-cache.follow-up-contxt"));
    }

    @Test
    void thePairHeadPropertyServesAParaphraseTheWordRulesRefuse() {
        RouteRequest casino = RouteRequest.of(List.of(UserMessage.from("Do I have to pay tax on money I win at a casino in the US?")));
        RouteRequest winnings = RouteRequest.of(List.of(UserMessage.from("Are American gambling winnings taxable?")));
        for (boolean on : new boolean[]{false, true}) {
            runner.withPropertyValues("semantic-router.semantic-cache.enabled=true",
                    "semantic-router.semantic-cache.pair-head=" + on).run(ctx -> {
                SemanticRouter router = ctx.getBean(SemanticRouter.class);
                assertThat(router.route(casino).cacheHit()).isFalse();
                assertThat(router.route(winnings).cacheHit()).as("pair-head=" + on).isEqualTo(on);
            });
        }
    }

    @Test
    void badConversationSettingsFailAtTheirProperty() {
        fails("semantic-router.conversation.context-turns: ", "5", "semantic-router.conversation.context-turns=5");
        fails("semantic-router.conversation.reask-threshold: ", "0.0", "semantic-router.conversation.reask-threshold=0");
        fails("semantic-router.conversation.reask-turns: ", "-1", "semantic-router.conversation.reask-turns=-1");
    }

    @Test
    void costQualityDecisionsSendACategoryToTheCheapestGoodEnoughModel() {
        runner.withPropertyValues(COST_QUALITY).run(ctx -> {
            RoutedResponse math = ask(ctx, "What is the derivative of x squared times sine of x?");
            RoutedResponse travel = ask(ctx, "Do I need a visa to visit Japan for two weeks?");
            assertThat(math.decision().category()).isEqualTo("math");
            assertThat(math.decision().candidates()).containsExactly("mediumModel", "strongModel", "smallModel");
            assertThat(travel.model()).isEqualTo("smallModel");
            assertThat(travel.decision().reason()).contains("cheapest with quality >= 0.8 for travel first");
        });
    }

    @Test
    void aModelsOwnQualityScoresCountForCostQualityAndBadOnesFailAtTheirProperty() {
        String[] fromModels = Arrays.stream(COST_QUALITY)
                .filter(p -> !p.startsWith("semantic-router.categories[0].model-scores.mediumModel")).toArray(String[]::new);
        runner.withPropertyValues(with(fromModels, "semantic-router.models[1].quality.math=0.85")).run(ctx ->
                assertThat(ask(ctx, "What is the derivative of x squared times sine of x?").decision().candidates())
                        .containsExactly("mediumModel", "strongModel", "smallModel"));
        runner.withPropertyValues(with(fromModels, "semantic-router.models[1].quality.math=0.6")).run(ctx ->
                assertThat(ask(ctx, "What is the derivative of x squared times sine of x?").decision().candidates())
                        .as("below the bar: after the good enough").containsExactly("strongModel", "mediumModel", "smallModel"));
        fails("semantic-router.models[1].quality.math: ", "[0, 1]",
                with(fromModels, "semantic-router.models[1].quality.math=1.5"));
        fails("semantic-router.models[0].quality.math: ", "is also given in the model_scores of category 'math'",
                with(COST_QUALITY, "semantic-router.models[0].quality.math=0.7"));
        fails("semantic-router.models[0].quality: ", "is only read by decisions with strategy: cost_quality",
                "semantic-router.models[0].quality.math=0.7");
        fails("semantic-router.models[1].quality.astrology: ", "'astrology' is not one of the classifier's categories",
                with(COST_QUALITY, "semantic-router.models[1].quality.astrology=0.7"));
    }

    @Test
    void badPricesAndCostQualityDecisionsFailAtTheirProperty() {
        fails("semantic-router.models[0].pricing: ", "prompt_per_1m must be a price of at least 0, was -0.1",
                with(COST_QUALITY, "semantic-router.models[0].pricing.prompt-per-1m=-0.1"));
        fails("semantic-router.decisions[0].min-quality: ", "is required with strategy: cost_quality",
                with(COST_QUALITY, "semantic-router.decisions[0].min-quality="));
        fails("semantic-router.decisions[0].min-quality: ", "must be in [0, 1], was 1.5",
                with(COST_QUALITY, "semantic-router.decisions[0].min-quality=1.5"));
        fails("semantic-router.decisions[0].min-quality: ", "is only used with strategy: cost_quality",
                "semantic-router.decisions[0].name=all", "semantic-router.decisions[0].when.always=true",
                "semantic-router.decisions[0].models[0]=smallModel", "semantic-router.decisions[0].strategy=ordered",
                "semantic-router.decisions[0].min-quality=0.8");
        fails("semantic-router.decisions[0].models: ", "'strongModel' has no models[].pricing",
                Arrays.stream(COST_QUALITY).filter(p -> !p.startsWith("semantic-router.models[2].pricing")).toArray(String[]::new));
        failsToBind("semantic-router.decisions[0].strategy",
                with(COST_QUALITY, "semantic-router.decisions[0].strategy=cheapest"));
    }

    @Test
    void unknownKeysUnderTheNewSectionsFailNamingTheKey() {
        for (String key : List.of("semantic-router.classifier.onnx.pth=x", "semantic-router.classifier.typ=onnx",
                "semantic-router.conversation.reask-treshold=0.8", "semantic-router.models[0].pricing.prompt=1",
                "semantic-router.decisions[0].min-qualty=0.8")) {
            String name = key.substring(0, key.indexOf('='));
            runner.withPropertyValues(with(COST_QUALITY, key))
                    .run(ctx -> assertThat(ctx).as(key).getFailure().rootCause().hasMessageContaining(name));
        }
    }

    private void fails(String property, String message, String... properties) {
        runner.withPropertyValues(properties).run(ctx -> {
            assertThat(ctx).hasFailed();
            SemanticRouterConfigurationException e = null;
            for (Throwable t = ctx.getStartupFailure(); t != null && e == null; t = t.getCause()) {
                e = t instanceof SemanticRouterConfigurationException s ? s : null;
            }
            assertThat(e).as("a SemanticRouterConfigurationException in %s", ctx.getStartupFailure()).isNotNull();
            assertThat(e).hasMessageStartingWith(property).hasMessageContaining(message);
        });
    }

    /** A value of the wrong type: Spring's binder refuses it, naming the property somewhere in the causes. */
    private void failsToBind(String property, String... properties) {
        runner.withPropertyValues(properties).run(ctx -> {
            assertThat(ctx).hasFailed();
            StringBuilder messages = new StringBuilder();
            for (Throwable t = ctx.getStartupFailure(); t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            assertThat(messages.toString()).contains(property);
        });
    }
}
