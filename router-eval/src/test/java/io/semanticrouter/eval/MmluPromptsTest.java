package io.semanticrouter.eval;

import io.semanticrouter.classifier.LinearCategoryClassifier;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MmluPromptsTest {

    @Test
    void chatStyleDropsTheOptionsAndTheAnswerLine() {
        String prompt = "Which organ filters the blood in a frog?\nA. Heart\nB. Kidney\nC. Lung\nD. Skin\nAnswer:";

        assertThat(MmluPrompts.chatStyle(prompt)).isEqualTo("Which organ filters the blood in a frog?");
    }

    @Test
    void chatStyleDropsTheMoralScenarioBoilerplate() {
        String prompt = "For which of these two scenarios does the main character do something clearly morally wrong,"
                + " according to ordinary standards? Scenario 1 | I kept a lost wallet. Scenario 2 | I fed a stray"
                + " cat.\nA. Wrong, Wrong\nB. Wrong, Not wrong\nAnswer:";

        assertThat(MmluPrompts.chatStyle(prompt)).isEqualTo("I kept a lost wallet. I fed a stray cat.");
    }

    @Test
    void theLastSentenceIsTakenOnlyFromLongerStems() {
        assertThat(MmluPrompts.lastSentence("What is a ribosome?")).isNull();
        assertThat(MmluPrompts.lastSentence("A man signs a lease. He then moves out early. Which remedy does the"
                + " landlord have against him?")).isEqualTo("Which remedy does the landlord have against him?");
        assertThat(MmluPrompts.lastSentence("A firm sells pens at cost. It pays a tax. What is it?"))
                .isEqualTo("It pays a tax. What is it?");
    }

    @Test
    void everyMmluSubjectMapsToAnMmluProCategory() {
        Map<String, String> map = MmluPrompts.subjectMap();

        assertThat(map).hasSize(57).containsEntry("professional_law", "law")
                .containsEntry("clinical_knowledge", "health").containsEntry("college_computer_science", "computer science");
        assertThat(LinearCategoryClassifier.MMLU_PRO_CATEGORIES).containsAll(map.values());
        assertThat(new HashSet<>(map.values())).hasSize(14);
    }

    @Test
    void theHashSplitIsStable() {
        assertThat(MmluPrompts.hashBucket("abc")).isEqualTo(0xba7816bfL);
    }
}
