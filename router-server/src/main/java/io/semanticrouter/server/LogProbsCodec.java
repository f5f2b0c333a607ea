package io.semanticrouter.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.LogProb;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;

import java.util.List;

/**
 * Writes the log-probabilities an OpenAI-protocol model returned (LangChain4j's {@link OpenAiChatResponseMetadata})
 * into a choice as {@code "logprobs": {"content": [{"token", "logprob", "bytes", "top_logprobs"}]}}. Stateless.
 */
final class LogProbsCodec {

    private LogProbsCodec() {
    }

    /** Adds {@code logprobs} to {@code choice} when the response carries any; otherwise leaves it alone. */
    static void write(ObjectNode choice, ChatResponse response) {
        if (!(response.metadata() instanceof OpenAiChatResponseMetadata m) || m.logProbs() == null
                || m.logProbs().isEmpty()) {
            return;
        }
        ArrayNode content = choice.putObject("logprobs").putArray("content");
        for (LogProb p : m.logProbs()) {
            ObjectNode entry = entry(content.addObject(), p);
            ArrayNode top = entry.putArray("top_logprobs");
            List<LogProb> alternatives = p.topLogprobs();
            if (alternatives != null) {
                alternatives.forEach(a -> entry(top.addObject(), a));
            }
        }
    }

    private static ObjectNode entry(ObjectNode out, LogProb p) {
        out.put("token", p.token());
        if (p.logprob() == null) {
            out.putNull("logprob");
        } else {
            out.put("logprob", p.logprob());
        }
        if (p.bytes() == null) {
            out.putNull("bytes");
        } else {
            ArrayNode bytes = out.putArray("bytes");
            p.bytes().forEach(bytes::add);
        }
        return out;
    }
}
