package io.semanticrouter.server.config;

import java.util.List;

/**
 * The file as Jackson binds it: one component per top-level key (snake_case in the file). Absent sections stay
 * {@code null} here; {@link RouterConfig} supplies their defaults after validation.
 */
record ConfigDocument(ServerConfig server, EmbedderConfig embedder, List<ModelConfig> models, String defaultModel,
                      ClassifierConfig classifier, List<CategoryConfig> categories, ComplexityConfig complexity,
                      List<KeywordRuleConfig> keywordRules, List<DecisionConfig> decisions,
                      SemanticCacheConfig semanticCache, GuardsConfig guards, ConversationConfig conversation,
                      ToolSelectionConfig toolSelection) {

    ConfigDocument {
        models = Copies.list(models);
        categories = Copies.list(categories);
        keywordRules = Copies.list(keywordRules);
        decisions = Copies.list(decisions);
    }
}
