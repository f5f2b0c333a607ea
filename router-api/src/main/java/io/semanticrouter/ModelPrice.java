package io.semanticrouter;

/**
 * What a model costs: the price of a million prompt tokens and of a million completion tokens, in one currency
 * for all models of a router (YAML {@code models[].pricing}). The router meters each answer's cost with it, and
 * the cost a cache hit saved.
 *
 * @param promptPerMillion     price of a million prompt (input) tokens, at least 0
 * @param completionPerMillion price of a million completion (output) tokens, at least 0
 */
public record ModelPrice(double promptPerMillion, double completionPerMillion) {

    /** @throws IllegalArgumentException if a price is negative, NaN or infinite (the message names which) */
    public ModelPrice {
        check("prompt_per_1m", promptPerMillion);
        check("completion_per_1m", completionPerMillion);
    }

    private static void check(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a price of at least 0, was " + v);
        }
    }

    /** The cost of one call with these token counts. */
    public double cost(long promptTokens, long completionTokens) {
        return (promptTokens * promptPerMillion + completionTokens * completionPerMillion) / 1_000_000.0;
    }

    /** Prompt plus completion price per million tokens: one number to compare models by. */
    public double perMillion() {
        return promptPerMillion + completionPerMillion;
    }
}
