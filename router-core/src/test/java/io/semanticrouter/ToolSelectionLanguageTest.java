package io.semanticrouter;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import io.semanticrouter.TestDoubles.ScriptedModel;
import io.semanticrouter.TestDoubles.WordsEmbedder;
import io.semanticrouter.ToolSelectionTest.CountingEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tool selection standing down when it cannot tell: the language gate ({@link QuestionLanguage}) and widening when
 * no tool is similar to the question.
 */
class ToolSelectionLanguageTest {

    private static final double MIN = ToolSelection.DEFAULT_MIN_ENGLISH_SHARE;

    private static boolean english(String question) {
        return QuestionLanguage.read(question, w -> false).english(MIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "What will the weather be like in Lisbon on Saturday?",
            "Email Priyanka at Pinecrest Health that the Rijksmuseum visit moved to Thursday",
            "Open a support ticket for jane@example.org about order SKU-COF-1, she can't log in",
            "Run SELECT region, SUM(total) FROM orders GROUP BY region against reporting_db and explain it",
            "Post the release notes for v4.1.0 in #general and ping @marta",
            "can you chek the weather forecast for tomorow in Paris",  // two typos
            "Bitte book a flight from Berlin to Rome for next Friday",  // one foreign word
            "Translate 我们下周见 into German",  // English asking about Chinese text: the Chinese word is not judged
            "why does getUserById throw in fetchOrderList",              // identifiers in camel case
            "lock the door",
            "cancel it",
            "SKU-123 #ops 4.1.0"                                         // no word to judge: taken as readable
    })
    void englishWithNamesCodeAndTyposStaysReadable(String question) {
        assertThat(english(question)).as(question).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "¿Me puedes reservar una mesa para dos personas mañana por la noche?",
            "Agenda una llamada con Lucía el martes a las once",
            "Wie viel kostet ein Zugticket von Köln nach Berlin?",
            "Schick bitte die Rechnung an den Kunden",
            "Peux-tu annuler mon rendez-vous de demain matin ?",
            "Envoie le rapport mensuel à toute l'équipe",
            "Qual è il meteo a Milano per domani?",
            "Zet de verwarming op twintig graden",
            "Wyślij wiadomość do zespołu sprzedaży",
            "Yarın için İstanbul hava durumunu göster",
            "Quero cancelar a minha reserva de hotel",
            "明天上海的天气怎么样?",
            "来週の会議をキャンセルしてください",
            "Покажи прогноз погоды на завтра",
            "Hola",
            "Wetter morgen"
    })
    void otherLanguagesAreNotReadable(String question) {
        assertThat(english(question)).as(question).isFalse();
    }

    @Test
    void theReadingCountsWordsNotNamesCapitalsOrCode() {
        QuestionLanguage.Reading r = QuestionLanguage.read("Ask Jana Schulz to send the CRM export to ops@acme.io", w -> false);

        assertThat(r.words()).isEqualTo(6); // ask, to, send, the, export, to (sentence-initial "Ask" counts, names do not)
        assertThat(r.english()).isEqualTo(6);
        assertThat(r.describe()).isEqualTo("6 of 6 words English");
        QuestionLanguage.Reading two = QuestionLanguage.read("Send it. Marta wants the export.", w -> false);
        assertThat(two.words()).isEqualTo(6); // "Marta" opens a sentence: judged, and not English
        assertThat(two.english()).isEqualTo(5);
        QuestionLanguage.Reading chinese = QuestionLanguage.read("明天的天气", w -> false);
        assertThat(chinese.words()).isZero(); // no Latin word: the script share decides
        assertThat(chinese.english(MIN)).isFalse();
        assertThat(chinese.describe()).isEqualTo("100% of its letters not Latin");
    }

    @Test
    void theToolsOwnWordsCountAsEnglish() {
        String q = "open a pr in the webhook repo";
        assertThat(QuestionLanguage.read(q, w -> false).english(MIN)).isFalse(); // pr, webhook, repo unknown: 4 of 7

        assertThat(QuestionLanguage.read(q, Set.of("pr", "webhook", "repo")::contains).english(MIN)).isTrue();
    }

    // ---------------------------------------------------------------- in the selector

    private final CountingEmbedder embedder = new CountingEmbedder();
    private final ToolSelector selector = new ToolSelector(embedder, 100);

    private ToolSelector.Result select(ToolSelection s, String question) {
        return selector.select(s, question, embedder.embed(question), ToolSelectionTest.TOOLS, Set.of());
    }

    @Test
    void aQuestionNotInEnglishKeepsEveryToolAndSaysWhy() {
        ToolSelector.Result r = select(ToolSelection.of(2), "Envoie un courriel à Marc avec la facture");

        assertThat(r.kept()).isEqualTo(ToolSelectionTest.TOOLS);
        assertThat(r.outcome().summary()).isEqualTo("7/7; language");
        assertThat(r.outcome().flag()).isEqualTo(ToolSelectionOutcome.LANGUAGE);
        assertThat(r.outcome().dropped()).isEmpty();
        assertThat(r.outcome().reason()).startsWith("language: the question does not read as English")
                .contains("words English").contains("all 7 tools kept");
        assertThat(embedder.batches).hasValue(0); // no tool was embedded for it
    }

    @Test
    void theGateCanBeTurnedOffOrLoosened() {
        String q = "Envoie un courriel à Marc avec la facture";
        ToolSelection off = ToolSelection.builder().topK(2).languageGate(false).widenBelow(-1).build();
        ToolSelection loose = ToolSelection.builder().topK(2).minEnglishShare(0).widenBelow(-1).build();

        assertThat(select(off, q).kept()).hasSize(2);
        assertThat(select(loose, q).kept()).hasSize(2);
        assertThat(select(off, q).outcome().flag()).isNull();
        assertThat(ToolSelection.builder().build().languageGate()).isTrue();
        assertThat(off.toString()).contains("languageGate=off");
        assertThatThrownBy(() -> ToolSelection.builder().minEnglishShare(1.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minEnglishShare");
        assertThatThrownBy(() -> ToolSelection.builder().minEnglishShare(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noToolSimilarEnoughWidensUpToTwiceTopK() {
        String unrelated = "the garden needs more flowers";

        ToolSelector.Result r = select(ToolSelection.of(2), unrelated);

        assertThat(r.kept()).hasSize(4);
        assertThat(r.outcome().summary()).isEqualTo("4/7; widened");
        assertThat(r.outcome().reason()).startsWith("top 4 of 7").contains("widened from 2");
        assertThat(select(ToolSelection.builder().topK(2).widenBelow(-1).build(), unrelated).kept()).hasSize(2);
        assertThat(select(ToolSelection.builder().topK(2).widenTo(3).build(), unrelated).kept()).hasSize(3);

        ToolSelector.Result similar = select(ToolSelection.of(2), "weather forecast for a city");
        assertThat(similar.kept()).hasSize(2);
        assertThat(similar.outcome().flag()).isNull();
    }

    @Test
    void badWideningSettingsAreRefused() {
        assertThat(ToolSelection.of(3).widenTo()).isEqualTo(6);
        assertThat(ToolSelection.builder().topK(3).widenTo(4).build().widenTo()).isEqualTo(4);
        assertThatThrownBy(() -> ToolSelection.builder().topK(3).widenTo(2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("widenTo");
        assertThatThrownBy(() -> ToolSelection.builder().widenTo(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ToolSelection.builder().widenBelow(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("widenBelow");
        assertThatThrownBy(() -> new ToolSelectionOutcome(1, 1, List.of(), "x", "Not a word"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- in the router

    @Test
    void theRouterSendsEveryToolForAQuestionItCannotReadAndTheTraceSaysSo() {
        ScriptedModel model = ScriptedModel.echo("m");
        SemanticRouter router = SemanticRouter.builder().embedder(new WordsEmbedder()).model("m", model)
                .toolSelection(ToolSelection.of(2)).build();

        RoutedResponse r = router.route(RouteRequest.builder().messages(UserMessage.from("Zeig mir das Wetter für morgen"))
                .parameters(ChatRequestParameters.builder().toolSpecifications(ToolSelectionTest.TOOLS).build()).build());

        assertThat(model.calls.get(0).parameters().toolSpecifications()).extracting(ToolSpecification::name)
                .hasSize(7);
        assertThat(r.decision().tools().summary()).isEqualTo("7/7; language");
    }
}
