package io.semanticrouter;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.semanticrouter.TestDoubles.RecordingCache;
import io.semanticrouter.TestDoubles.ScriptedModel;
import io.semanticrouter.TestDoubles.WordsEmbedder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tool auto-selection: the selector on its own, the settings' checks, and the stage inside the router. */
class ToolSelectionTest {

    /** The words embedder, counting the batches it is asked for. */
    static final class CountingEmbedder implements Embedder {
        final WordsEmbedder words = new WordsEmbedder();
        final AtomicInteger batches = new AtomicInteger();

        @Override
        public Embedding embed(String text) {
            return words.embed(text);
        }

        @Override
        public List<Embedding> embedAll(List<String> texts) {
            batches.incrementAndGet();
            return texts.stream().map(words::embed).toList();
        }

        @Override
        public int dimension() {
            return words.dimension();
        }

        @Override
        public int maxTokens() {
            return words.maxTokens();
        }

        @Override
        public String modelId() {
            return "words";
        }
    }

    private static ToolSpecification tool(String name, String description) {
        return ToolSpecification.builder().name(name).description(description).build();
    }

    static final List<ToolSpecification> TOOLS = List.of(
            tool("get_weather", "weather forecast for a city"),
            tool("send_email", "send an email message to a recipient"),
            tool("create_invoice", "create an invoice for a customer order"),
            tool("translateText", "translate text into another language"),
            tool("book_flight", "book a flight ticket between two airports"),
            tool("search_docs", "search the product documentation"),
            tool("convert_currency", "convert an amount of money between currencies"));

    private final CountingEmbedder embedder = new CountingEmbedder();
    private final ToolSelector selector = new ToolSelector(embedder, 100);

    private ToolSelector.Result select(ToolSelection s, String question, Set<String> keep) {
        return selector.select(s, question, embedder.embed(question), TOOLS, keep);
    }

    @Test
    void keepsTheTopKMostSimilarToolsInTheRequestOrder() {
        ToolSelector.Result r = select(ToolSelection.of(2), "send email message recipient, translate text language", Set.of());

        assertThat(r.kept()).extracting(ToolSpecification::name).containsExactly("send_email", "translateText");
        assertThat(r.outcome().summary()).isEqualTo("2/7");
        assertThat(r.outcome().dropped()).containsExactly("get_weather", "create_invoice", "book_flight", "search_docs",
                "convert_currency");
    }

    @Test
    void noMoreToolsThanTopKMeansNoSelection() {
        ToolSelector.Result r = select(ToolSelection.of(7), "weather", Set.of());

        assertThat(r.kept()).isEqualTo(TOOLS);
        assertThat(r.outcome()).isNull();
        assertThat(embedder.batches).hasValue(0);
    }

    @Test
    void toolEmbeddingsAreCachedAndTheMissingOnesEmbeddedInOneBatch() {
        select(ToolSelection.of(1), "weather in Paris", Set.of());
        int embedded = embedder.words.seen.size();
        select(ToolSelection.of(1), "flight to Rome", Set.of());

        assertThat(embedder.batches).hasValue(1);
        assertThat(embedder.words.seen).hasSize(embedded + 1); // the second question only

        List<ToolSpecification> more = new ArrayList<>(TOOLS);
        more.add(tool("get_weather", "weather forecast for a city, hourly")); // changed text: a new embedding
        selector.select(ToolSelection.of(1), "weather", embedder.embed("weather"), more, Set.of());
        assertThat(embedder.batches).hasValue(2);
        assertThat(embedder.words.seen.get(embedder.words.seen.size() - 1)).contains("hourly");
    }

    @Test
    void alwaysKeptAndEarlierCalledToolsAreNeverDroppedAndTakeNoPlace() {
        ToolSelection s = ToolSelection.builder().topK(1).alwaysKeep("search_docs").build();

        ToolSelector.Result r = select(s, "weather forecast for Oslo", Set.of("create_invoice"));

        assertThat(r.kept()).extracting(ToolSpecification::name)
                .containsExactly("get_weather", "create_invoice", "search_docs");
        assertThat(r.outcome().reason()).contains("never dropped: create_invoice, search_docs");
    }

    @Test
    void theFloorDropsDissimilarToolsButNeverEmptiesTheList() {
        ToolSelection floor = ToolSelection.builder().topK(3).minSimilarity(0.99).build();

        ToolSelector.Result r = select(floor, "weather forecast for a city", Set.of());
        assertThat(r.kept()).extracting(ToolSpecification::name).containsExactly("get_weather");
        assertThat(r.outcome().reason()).contains("3 under min_similarity 0.99");
        assertThat(select(ToolSelection.of(3), "weather forecast for a city", Set.of()).kept()).hasSize(3);

        ToolSelector.Result none = select(floor, "garden flowers", Set.of());
        assertThat(none.kept()).hasSize(1);
        assertThat(none.outcome().kept()).isEqualTo(1);

        ToolSelector.Result kept = select(floor, "garden flowers", Set.of("book_flight"));
        assertThat(kept.kept()).extracting(ToolSpecification::name).containsExactly("book_flight");
    }

    @Test
    void toolTextSplitsNamesIntoWordsAndAddsWhatTheModeAsksFor() {
        ToolSpecification t = ToolSpecification.builder().name("getWeatherByCity").description("Weather now.")
                .parameters(JsonObjectSchema.builder().addStringProperty("city_name", "the city, e.g. Paris")
                        .addIntegerProperty("days").build())
                .build();

        assertThat(ToolSelector.text(t, ToolSelection.Text.NAME)).isEqualTo("get weather by city");
        assertThat(ToolSelector.text(t, ToolSelection.Text.NAME_DESCRIPTION)).isEqualTo("get weather by city\nWeather now.");
        assertThat(ToolSelector.text(t, ToolSelection.Text.NAME_DESCRIPTION_PARAMETERS))
                .isEqualTo("get weather by city\nWeather now.\ncity name: the city, e.g. Paris\ndays");
        assertThat(ToolSelector.words("parseHTMLPage")).isEqualTo("parse html page");
        assertThat(ToolSelector.words("get-user_ID")).isEqualTo("get user id");
    }

    @Test
    void wordOverlapFavoursToolsSharingTheQuestionsRarerWords() {
        List<ToolLexicon.Words> tools = List.of(
                ToolLexicon.Words.of("send email\nSend an email message"),
                ToolLexicon.Words.of("search email\nSearch the email inbox for messages"),
                ToolLexicon.Words.of("list events\nList the calendar events of a day"));

        double[] s = ToolLexicon.scores(ToolLexicon.words("Search my emails for the invoice"), tools);

        assertThat(s[1]).isGreaterThan(s[0]); // "search" is rarer than "email" among these tools
        assertThat(s[0]).isGreaterThan(0);     // "emails" matches "email"
        assertThat(s[2]).isZero();
        assertThat(ToolLexicon.words("Booking the events")).containsExactly("book", "event");
        assertThatThrownBy(() -> ToolSelection.builder().lexicalWeight(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void questionsSplitIntoClausesAtJoiningWords() {
        assertThat(ToolClauses.of("Find the invoice and email it to Ana"))
                .containsExactly("Find the invoice", "email it to Ana");
        assertThat(ToolClauses.of("Back up the billing database, then delete all test invoices"))
                .containsExactly("Back up the billing database,", "delete all test invoices");
        assertThat(ToolClauses.of("Trouve le fichier et envoie-le à Marc"))
                .containsExactly("Trouve le fichier", "envoie-le à Marc");
        // punctuation does not split; names joined by "and" make no clause of their own
        assertThat(ToolClauses.of("someone shared it in a chat, find that message")).containsExactly(
                "someone shared it in a chat, find that message");
        assertThat(ToolClauses.of("email Marc and Julie")).containsExactly("email Marc Julie");
        assertThat(ToolClauses.of("Marc and Julie need the report")).containsExactly("Marc Julie need the report");
        assertThat(ToolClauses.of("  hi  ")).containsExactly("hi");
    }

    @Test
    void clausesAreEmbeddedInOneBatchAndOnlyWhenThereAreSeveral() {
        ToolSelection s = ToolSelection.builder().topK(2).clauses(ToolSelection.Clauses.MAX).build();
        select(s, "warm up", Set.of()); // tools embedded
        int before = embedder.batches.get();

        select(s, "what is the weather forecast for the city of Paris", Set.of());
        assertThat(embedder.batches.get()).isEqualTo(before);

        select(s, "book a flight ticket to Rome and convert the money into euros, then send an email", Set.of());
        assertThat(embedder.batches.get()).isEqualTo(before + 1);
        assertThat(ToolSelection.builder().build().clauses()).isEqualTo(ToolSelection.DEFAULT_CLAUSES);
        assertThatThrownBy(() -> ToolSelection.builder().clauses(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void eachClauseCanBringItsOwnToolIn() {
        // the long first clause asks for two tools and pulls the whole question towards them; the last asks for a third
        String q = "book a flight ticket between two airports, convert an amount of money between currencies"
                + " and then translate text now";
        ToolSelection off = ToolSelection.builder().topK(2).lexicalWeight(0).build();
        ToolSelection reserve = ToolSelection.builder().topK(2).lexicalWeight(0)
                .clauses(ToolSelection.Clauses.RESERVE).build();
        ToolSelection max = ToolSelection.builder().topK(2).lexicalWeight(0).clauses(ToolSelection.Clauses.MAX).build();

        assertThat(names(select(off, q, Set.of()))).containsExactlyInAnyOrder("book_flight", "convert_currency");
        assertThat(select(reserve, q, Set.of()).outcome().reason()).contains("the best tool of each of its 2 clauses first");
        assertThat(select(off, q, Set.of()).outcome().reason()).doesNotContain("clauses");
        List<String> reserved = names(select(reserve, q, Set.of()));
        assertThat(reserved).hasSize(2).contains("translateText");
        assertThat(reserved).containsAnyOf("book_flight", "convert_currency");
        assertThat(names(select(max, q, Set.of()))).hasSize(2).contains("translateText");
    }

    private static List<String> names(ToolSelector.Result r) {
        return r.kept().stream().map(ToolSpecification::name).toList();
    }

    @Test
    void badSettingsAreRefusedAtOnce() {
        assertThatThrownBy(() -> ToolSelection.of(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topK");
        assertThatThrownBy(() -> ToolSelection.builder().minSimilarity(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minSimilarity");
        assertThatThrownBy(() -> ToolSelection.builder().minSimilarity(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ToolSelection.builder().alwaysKeep("a", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("alwaysKeep");
        assertThatThrownBy(() -> ToolSelection.builder().alwaysKeep(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SemanticRouter.builder().toolSelection(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SemanticRouter.builder().toolSelection("", ToolSelection.of(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SemanticRouter.builder().toolEmbeddingCacheSize(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ToolSelection.off().enabled()).isFalse();
    }

    // ---------------------------------------------------------------- inside the router

    private final WordsEmbedder words = new WordsEmbedder();
    private final RecordingCache cache = new RecordingCache(0.9);
    private final ScriptedModel model = ScriptedModel.echo("m");

    private static RouteRequest ask(String question, List<ToolSpecification> tools) {
        return RouteRequest.builder().messages(UserMessage.from(question))
                .parameters(ChatRequestParameters.builder().toolSpecifications(tools).build()).build();
    }

    private static List<String> sent(ScriptedModel m) {
        return m.calls.get(m.calls.size() - 1).parameters().toolSpecifications().stream()
                .map(ToolSpecification::name).toList();
    }

    @Test
    void offByDefaultTheModelGetsEveryTool() {
        SemanticRouter router = SemanticRouter.builder().embedder(words).model("m", model).build();

        RoutedResponse r = router.route(ask("weather forecast for Paris", TOOLS));

        assertThat(sent(model)).hasSize(7);
        assertThat(r.decision().tools()).isNull();
    }

    @Test
    void theModelGetsOnlyTheKeptToolsAndTheTraceSaysWhatWasDropped() {
        SemanticRouter router = SemanticRouter.builder().embedder(words).cache(cache).model("m", model)
                .toolSelection(ToolSelection.of(2)).build();

        RoutedResponse r = router.route(ask("book a flight ticket and convert money to currencies", TOOLS));

        assertThat(sent(model)).containsExactly("book_flight", "convert_currency");
        assertThat(r.decision().tools().summary()).isEqualTo("2/7");
        assertThat(r.decision().tools().dropped()).contains("get_weather", "send_email").hasSize(5);
        // the question was embedded once, by the embedding stage, and reused
        assertThat(words.seen.stream().filter(t -> t.startsWith("book a flight")).count()).isEqualTo(1);
    }

    @Test
    void thePartitionCoversTheToolsTheModelGot() {
        SemanticRouter router = SemanticRouter.builder().embedder(words).cache(cache).model("m", model)
                .toolSelection(ToolSelection.of(1)).build();

        String q = "book a flight ticket between two airports";
        router.route(ask(q, TOOLS));
        router.route(ask(q, TOOLS.subList(2, 6))); // the same kept tool from a shorter list
        router.route(ask(q, List.of(TOOLS.get(4), TOOLS.get(1))));
        router.route(ask(q, List.of(TOOLS.get(1), TOOLS.get(2)))); // book_flight not offered

        List<String> partitions = cache.lookups.stream().map(CacheQuery::partition).toList();
        assertThat(partitions.get(1)).isEqualTo(partitions.get(0));
        assertThat(partitions.get(2)).isEqualTo(partitions.get(0));
        assertThat(partitions.get(3)).isNotEqualTo(partitions.get(0));
        assertThat(sent(model)).hasSize(1).doesNotContain("book_flight");
    }

    @Test
    void toolsCalledEarlierInTheConversationStay() {
        SemanticRouter router = SemanticRouter.builder().embedder(words).model("m", model)
                .toolSelection(ToolSelection.of(1)).build();
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("c1").name("create_invoice").arguments("{}").build();

        RoutedResponse r = router.route(RouteRequest.builder().messages(
                        UserMessage.from("invoice the customer order, then book a flight ticket between airports"),
                        AiMessage.from(List.of(call)),
                        ToolExecutionResultMessage.from(call, "invoice 42 created"),
                        UserMessage.from("now book a flight ticket between two airports"))
                .parameters(ChatRequestParameters.builder().toolSpecifications(TOOLS).build()).build());

        assertThat(sent(model)).containsExactly("create_invoice", "book_flight");
        assertThat(r.decision().tools().summary()).isEqualTo("2/7");
    }

    @Test
    void aDecisionsOwnSettingsReplaceTheRouterWideOnes() {
        ModelSelector named = new ModelSelector() {
            @Override
            public RouteDecision select(RequestContext context) {
                String name = context.query().contains("agent") ? "agent" : "chat";
                return new RouteDecision(null, 0, List.of("m"), "by name", null, name, null);
            }

            @Override
            public Set<String> modelNames() {
                return Set.of("m");
            }
        };
        SemanticRouter router = SemanticRouter.builder().embedder(words).model("m", model).selector(named)
                .toolSelection(ToolSelection.of(2)).toolSelection("agent", ToolSelection.off()).build();

        RoutedResponse chat = router.route(ask("weather forecast", TOOLS));
        assertThat(sent(model)).hasSize(2);
        assertThat(chat.decision().name()).isEqualTo("chat");

        RoutedResponse agent = router.route(ask("agent: weather forecast", TOOLS));
        assertThat(sent(model)).hasSize(7);
        assertThat(agent.decision().tools()).isNull();
    }

    @Test
    void withoutAQuestionEmbeddingEveryToolIsKeptAndTheTraceSaysWhy() {
        words.failure = new EmbeddingException("model gone");
        SemanticRouter router = SemanticRouter.builder().embedder(words).model("m", model)
                .toolSelection(ToolSelection.of(2)).build();

        RoutedResponse r = router.route(ask("weather forecast", TOOLS));

        assertThat(sent(model)).hasSize(7);
        assertThat(r.decision().tools().summary()).isEqualTo("7/7");
        assertThat(r.decision().tools().reason()).contains("no question embedding");
    }
}
