package io.semanticrouter.classifier;

import java.util.List;
import java.util.Optional;

/**
 * The rules that tie the sections of a routing configuration together, for the readers that share the gateway's
 * vocabulary (router-server's YAML file and the Spring starter's {@code semantic-router.*} properties): with
 * decisions, keyword rules are signals and categories route nothing by themselves; without them, a keyword rule
 * names its models. Each method returns what is wrong (without the key, which the reader spells), or empty.
 */
public final class RoutingVocabulary {

    private RoutingVocabulary() {
    }

    /**
     * A keyword rule's models: required without decisions, left out with them.
     *
     * @param rule      the rule's name
     * @param models    the models it lists
     * @param decisions whether decisions are configured
     * @return the problem with the rule's models, if any
     */
    public static Optional<String> keywordRuleModels(String rule, List<String> models, boolean decisions) {
        if (decisions && !models.isEmpty()) {
            return Optional.of("must be left out when decisions are configured: the rule is then a signal ({keyword: "
                    + rule + "}) and the decision names the models");
        }
        if (!decisions && models.isEmpty()) {
            return Optional.of("is required: where questions that match go, best first");
        }
        return Optional.empty();
    }

    /**
     * A category's model scores: not used when decisions are configured (a decision routes the category), unless
     * a decision orders its models by cost and quality ({@link CostQualityOrder}), which reads them.
     *
     * @param category    the category's name
     * @param hasScores   whether it lists model scores
     * @param decisions   whether decisions are configured
     * @param costQuality whether a decision orders its models by cost and quality
     * @return the problem with the category's model scores, if any
     */
    public static Optional<String> categoryModelScores(String category, boolean hasScores, boolean decisions,
                                                       boolean costQuality) {
        if (decisions && hasScores && !costQuality) {
            return Optional.of("is not used when decisions are configured, unless a decision has strategy:"
                    + " cost_quality; route the category with a decision ({category: " + category + "}) instead");
        }
        return Optional.empty();
    }
}
