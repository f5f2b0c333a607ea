package io.semanticrouter;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partition key sees the answer-changing settings of a provider's own parameter type (here a small stand-in
 * shaped like LangChain4j's OpenAI parameters: a seed, a reasoning effort, a logit bias, and a user id that must
 * not split the cache).
 */
class ConversationKeyProviderSettingsTest {

    /** A provider parameter type with settings the common interface does not have. */
    static final class ProviderParameters extends DefaultChatRequestParameters {
        private final Integer seed;
        private final String reasoningEffort;
        private final Map<String, Integer> logitBias;
        private final String user;

        ProviderParameters(Integer seed, String reasoningEffort, Map<String, Integer> logitBias, String user) {
            super(DefaultChatRequestParameters.builder());
            this.seed = seed;
            this.reasoningEffort = reasoningEffort;
            this.logitBias = logitBias;
            this.user = user;
        }

        public Integer seed() {
            return seed;
        }

        public String reasoningEffort() {
            return reasoningEffort;
        }

        public Map<String, Integer> logitBias() {
            return logitBias;
        }

        public String user() {
            return user;
        }
    }

    private static String partition(ChatRequestParameters p) {
        return ConversationKey.read(List.of(UserMessage.from("What is the capital of France?"))).partition("", 4, p, "m");
    }

    @Test
    void seedReasoningEffortAndLogitBiasSplitThePartitionButTheUserDoesNot() {
        String none = partition(null);
        assertThat(partition(new ProviderParameters(null, null, null, null))).isEqualTo(none);
        assertThat(partition(new ProviderParameters(null, null, Map.of(), "alice"))).isEqualTo(none);

        String seed7 = partition(new ProviderParameters(7, null, null, "alice"));
        assertThat(seed7).isNotEqualTo(none);
        assertThat(partition(new ProviderParameters(7, null, null, "bob"))).isEqualTo(seed7);
        assertThat(partition(new ProviderParameters(8, null, null, "alice"))).isNotEqualTo(seed7);

        String high = partition(new ProviderParameters(null, "high", null, null));
        assertThat(high).isNotEqualTo(none).isNotEqualTo(partition(new ProviderParameters(null, "low", null, null)));

        Map<String, Integer> ab = new LinkedHashMap<>();
        ab.put("50256", -100);
        ab.put("1234", 5);
        Map<String, Integer> ba = new LinkedHashMap<>();
        ba.put("1234", 5);
        ba.put("50256", -100);
        String biased = partition(new ProviderParameters(null, null, ab, null));
        assertThat(biased).isNotEqualTo(none);
        assertThat(partition(new ProviderParameters(null, null, ba, null))).as("key order does not matter").isEqualTo(biased);
        assertThat(partition(new ProviderParameters(null, null, Map.of("1234", 6), null))).isNotEqualTo(biased);
    }

    @Test
    void providerSettingsListOnlyTheAnswerChangingOnes() {
        assertThat(ConversationKey.providerSettings(new ProviderParameters(3, "low", Map.of("9", 1), "carol")))
                .isEqualTo("seed=3;reasoningEffort=low;logitBias={9=1};");
        assertThat(ConversationKey.providerSettings(DefaultChatRequestParameters.builder().temperature(0.2).build()))
                .isEmpty();
    }
}
