package io.semanticrouter;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tool selection ({@link ToolSelection}): when the request offers more tools than the settings' top k (the
 * decision's own settings when it has some, else the router's), narrows the tools the model is sent to the
 * most relevant ones, using the query's embedding from the embedding stage (the question is not embedded again).
 * It runs after routing and the stages of your own before the cache read, so the cache partition covers the
 * tools the model is actually sent. A question that does not read as English keeps every tool, and one that no
 * tool resembles keeps more than top k ({@link ToolSelector}); the outcome's flag says so. The outcome goes into
 * the decision ({@link RouteDecision#tools()}). Without a query embedding, or when embedding the tools fails,
 * every tool is kept and the outcome says why.
 */
final class ToolSelectionStage implements RouterStage {

    private static final Logger log = LoggerFactory.getLogger(ToolSelectionStage.class);

    private final ToolSelection global;
    private final Map<String, ToolSelection> perDecision;
    private final ToolSelector selector;

    ToolSelectionStage(ToolSelection global, Map<String, ToolSelection> perDecision, ToolSelector selector) {
        this.global = global;
        this.perDecision = Map.copyOf(perDecision);
        this.selector = selector;
    }

    /** Whether any settings are on: without any the stage is left out of the path. */
    boolean active() {
        return global.enabled() || perDecision.values().stream().anyMatch(ToolSelection::enabled);
    }

    @Override
    public void apply(RequestState state) {
        ChatRequestParameters p = state.parameters();
        List<ToolSpecification> tools = p == null ? null : p.toolSpecifications();
        if (state.answered() || tools == null || tools.isEmpty()) {
            return;
        }
        RouteDecision decision = state.decision();
        ToolSelection settings = decision.name() != null ? perDecision.getOrDefault(decision.name(), global) : global;
        if (!settings.enabled() || tools.size() <= settings.topK()) {
            return;
        }
        ToolSelector.Result result;
        if (state.embedding() == null) {
            result = all(tools, "no question embedding: all tools kept");
        } else {
            try {
                result = selector.select(settings, state.query(), state.embedding(), tools, calledTools(state.request().messages()));
            } catch (EmbeddingException e) {
                log.warn("Embedding the tools failed, keeping all of them: {}", e.toString());
                result = all(tools, "embedding the tools failed: all tools kept");
            }
        }
        if (result.kept().size() < tools.size()) {
            state.parameters(p.overrideWith(DefaultChatRequestParameters.builder()
                    .toolSpecifications(result.kept()).build()));
        }
        state.decision(decision.withTools(result.outcome()));
    }

    private static ToolSelector.Result all(List<ToolSpecification> tools, String why) {
        return new ToolSelector.Result(tools, new ToolSelectionOutcome(tools.size(), tools.size(), List.of(), why));
    }

    /** The names of the tools the assistant called earlier in the conversation. */
    static Set<String> calledTools(List<ChatMessage> messages) {
        Set<String> names = new HashSet<>();
        for (ChatMessage m : messages) {
            if (m instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                for (ToolExecutionRequest r : ai.toolExecutionRequests()) {
                    if (r.name() != null) {
                        names.add(r.name());
                    }
                }
            }
        }
        return names;
    }
}
