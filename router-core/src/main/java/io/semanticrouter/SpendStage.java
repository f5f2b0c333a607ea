package io.semanticrouter;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

import java.util.Map;

/**
 * Stage 8, spend: what the answer cost and, for a cache hit, what it saved, at the answering model's
 * {@link ModelPrice}. A model's answer costs its reported token usage; a hit saves the stored answer's completion
 * tokens, estimated from its length ({@link #estimatedTokens}), since the cache keeps the text, not the count. Values
 * are NaN when the model has no price (or reported no usage), so "unknown" never reads as "free".
 */
final class SpendStage implements RouterStage {

    /** Characters per token in the estimate (the usual figure for English text with GPT-style tokenizers). */
    static final double CHARS_PER_TOKEN = 4.0;

    private final Map<String, ModelPrice> prices;

    SpendStage(Map<String, ModelPrice> prices) {
        this.prices = Map.copyOf(prices);
    }

    @Override
    public void apply(RequestState state) {
        if (!state.answered()) {
            return;
        }
        ModelPrice price = prices.get(state.answeredBy());
        switch (state.source()) {
            case MODEL -> state.spend(modelCost(price, state.response()), 0);
            case CACHE -> state.spend(0, price == null ? Double.NaN
                    : price.cost(0, estimatedTokens(state.response().aiMessage().text())));
            default -> state.spend(0, 0);
        }
    }

    private static double modelCost(ModelPrice price, ChatResponse response) {
        TokenUsage usage = response.tokenUsage();
        if (price == null || usage == null || usage.inputTokenCount() == null || usage.outputTokenCount() == null) {
            return Double.NaN;
        }
        return price.cost(usage.inputTokenCount(), usage.outputTokenCount());
    }

    /** About how many tokens a text holds: its length over {@link #CHARS_PER_TOKEN}, rounded up; 0 for none. */
    static long estimatedTokens(String text) {
        return text == null || text.isEmpty() ? 0 : (long) Math.ceil(text.length() / CHARS_PER_TOKEN);
    }
}
