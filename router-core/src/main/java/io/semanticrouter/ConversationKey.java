package io.semanticrouter;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequestParameters;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a conversation the way the cache must see it: the query (last user message), whether it is safe to
 * cache at all, and the partition key that covers everything else that changes the answer.
 *
 * <p>The partition is a SHA-256 over the tenant, every system message, up to {@code window} earlier turns,
 * the answer-changing request parameters and the model tier. Two requests share a partition only if all
 * of those are equal, so the same last question asked in another context can never be served the other
 * context's answer.
 */
final class ConversationKey {

    /** Copied for each partition key ({@link #sha256()}); null when the provider's digests cannot be copied. */
    private static final MessageDigest SHA256_PROTOTYPE = clonablePrototype();
    /** The tenant key of the shared scope (no tenant), which most requests use: computed once. */
    private static final String SHARED_TENANT_KEY = CachePartitions.tenantKey("");

    /**
     * Answer-changing settings that provider parameter types add to LangChain4j's common ones (OpenAI's seed,
     * reasoning effort, logit bias, parallel tool calls, log-probabilities and custom parameters). They are read
     * by accessor name so that the core needs no provider module; a type without them contributes nothing.
     * Settings that do not change the answer (user, metadata, store, service tier) are left out on purpose.
     */
    private static final List<String> PROVIDER_SETTINGS = List.of("seed", "reasoningEffort", "logitBias",
            "parallelToolCalls", "logprobs", "topLogprobs", "customParameters");

    /** The public accessors of {@link #PROVIDER_SETTINGS} a parameters class has, looked up once per class. */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> found = new ArrayList<>();
            for (String name : PROVIDER_SETTINGS) {
                try {
                    Method m = type.getMethod(name);
                    if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
                        found.add(m);
                    }
                } catch (NoSuchMethodException e) {
                    // this provider has no such setting
                }
            }
            return List.copyOf(found);
        }
    };

    /** Index of the last user message in the list. */
    final int queryIndex;
    /** Text of the last user message (text parts joined by newlines). */
    final String query;
    /** Non-null when this conversation must not use the cache, with the reason. */
    final String uncacheableReason;

    private final List<ChatMessage> messages;

    private ConversationKey(List<ChatMessage> messages, int queryIndex, String query, String uncacheableReason) {
        this.messages = messages;
        this.queryIndex = queryIndex;
        this.query = query;
        this.uncacheableReason = uncacheableReason;
    }

    /**
     * Validates a conversation and finds its query.
     *
     * @throws InvalidRequestException naming the field when the conversation is null, empty, holds a null, has
     *                                 no user message or its last user message has no text
     */
    static ConversationKey read(List<ChatMessage> messages) {
        if (messages == null) {
            throw new InvalidRequestException("messages", "must not be null");
        }
        if (messages.isEmpty()) {
            throw new InvalidRequestException("messages", "must not be empty");
        }
        int last = -1;
        for (int i = 0; i < messages.size(); i++) {
            ChatMessage m = messages.get(i);
            if (m == null) {
                throw new InvalidRequestException("messages[" + i + "]", "must not be null");
            }
            if (m instanceof UserMessage) {
                last = i;
            }
        }
        if (last < 0) {
            throw new InvalidRequestException("messages", "no user message among " + messages.size()
                    + " message(s) of types " + messages.stream().map(m -> m.type().name()).toList());
        }
        UserMessage user = (UserMessage) messages.get(last);
        String text = textOf(user);
        boolean nonText = user.contents().stream().anyMatch(c -> !(c instanceof TextContent));
        if (text.isBlank()) {
            throw new InvalidRequestException("messages[" + last + "]", "the last user message has no text");
        }
        String reason = null;
        if (nonText) {
            reason = "the question has non-text content";
        } else if (last != messages.size() - 1) {
            reason = "the conversation continues after the last user message ("
                    + messages.get(messages.size() - 1).type() + ")";
        }
        return new ConversationKey(messages, last, text, reason);
    }

    /** The text parts of a user message, one per line; empty when it has none. */
    static String textOf(UserMessage user) {
        StringBuilder text = new StringBuilder();
        for (Content c : user.contents()) {
            if (c instanceof TextContent t) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(t.text());
            }
        }
        return text.toString();
    }

    /**
     * The latest user message before the query that lies inside {@code window} turns (the partition key covers
     * it), or null when there is none: the context a short follow-up such as "Is it safe for dogs?" needs.
     */
    String previousUserText(int window) {
        for (int i = queryIndex - 1; i >= Math.max(0, queryIndex - window); i--) {
            if (messages.get(i) instanceof UserMessage u) {
                String text = textOf(u);
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    /**
     * The text of the assistant turns between the previous user turn and the query, inside {@code window} turns
     * (the partition key covers them), joined by newlines; null when there is none. It is what a follow-up such as
     * "Which one is easier?" answers to.
     */
    String assistantTextBeforeQuery(int window) {
        StringBuilder out = new StringBuilder();
        for (int i = queryIndex - 1; i >= Math.max(0, queryIndex - window); i--) {
            ChatMessage m = messages.get(i);
            if (m instanceof UserMessage) {
                break;
            }
            if (m instanceof AiMessage a && a.text() != null && !a.text().isBlank()) {
                out.insert(0, out.length() == 0 ? a.text() : a.text() + "\n");
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /**
     * The partition key for this conversation: the tenant's {@link CachePartitions#tenantKey key}, {@code '/'}, and
     * 32 hexadecimal digits of the SHA-256 over the tenant and the context.
     *
     * @param tenant     tenant scope
     * @param window     how many turns before the query are part of the context (system messages always are)
     * @param parameters request parameters, may be null
     * @param modelTier  the model the answer comes from
     */
    String partition(String tenant, int window, ChatRequestParameters parameters, String modelTier) {
        MessageDigest sha = sha256();
        field(sha, "tenant", tenant);
        int firstTurn = Math.max(0, queryIndex - window);
        for (int i = 0; i < queryIndex; i++) {
            ChatMessage m = messages.get(i);
            if (m instanceof SystemMessage s) {
                field(sha, "system", s.text());
            } else if (i >= firstTurn) {
                field(sha, m.type().name(), describe(m));
            }
        }
        if (parameters != null && keysAnswer(parameters)) {
            field(sha, "temperature", temperatureClass(parameters.temperature()));
            field(sha, "topP", String.valueOf(parameters.topP()));
            field(sha, "tools", String.valueOf(parameters.toolSpecifications()));
            field(sha, "toolChoice", String.valueOf(parameters.toolChoice()));
            field(sha, "responseFormat", String.valueOf(parameters.responseFormat()));
            field(sha, "stop", String.valueOf(parameters.stopSequences()));
            field(sha, "provider", providerSettings(parameters));
        }
        field(sha, "model", modelTier);
        // the tenant's key in front, so that one tenant's entries can be purged (CachePartitions)
        return CachePartitions.partition(tenant == null || tenant.isEmpty() ? SHARED_TENANT_KEY
                : CachePartitions.tenantKey(tenant), HexFormat.of().formatHex(sha.digest(), 0, 16));
    }

    /**
     * Whether {@code p} sets anything the partition key hashes. Parameters that set nothing (LangChain4j's
     * {@code chat(...)} always sends an empty set with empty tool and stop lists) key like no parameters, so a
     * request through the LangChain4j adapters shares its cache with the same request made directly.
     */
    private static boolean keysAnswer(ChatRequestParameters p) {
        return p.temperature() != null || p.topP() != null || p.toolChoice() != null || p.responseFormat() != null
                || (p.toolSpecifications() != null && !p.toolSpecifications().isEmpty())
                || (p.stopSequences() != null && !p.stopSequences().isEmpty()) || !providerSettings(p).isEmpty();
    }

    /**
     * The provider-specific settings of {@code p} that change the answer ({@link #PROVIDER_SETTINGS}), as
     * {@code name=value} pairs with maps in key order; empty when it sets none.
     */
    static String providerSettings(ChatRequestParameters p) {
        StringBuilder sb = new StringBuilder();
        for (Method m : ACCESSORS.get(p.getClass())) {
            Object value;
            try {
                value = m.invoke(p);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot read " + m.getName() + " of " + p.getClass().getName(), e);
            }
            if (value == null || (value instanceof Map<?, ?> map && map.isEmpty())) {
                continue;
            }
            if (value instanceof Map<?, ?> map) {
                value = stringKeys(map);
            }
            sb.append(m.getName()).append('=').append(value).append(';');
        }
        return sb.toString();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** Temperature in coarse classes: answers at 0.2 and 0.3 are interchangeable, at 0 and 1.2 they are not. */
    static String temperatureClass(Double t) {
        if (t == null) {
            return "default";
        }
        if (t <= 0.0) {
            return "greedy";
        }
        return t <= 0.7 ? "low" : "high";
    }

    private static String describe(ChatMessage m) {
        if (m instanceof UserMessage u) {
            return u.contents().toString();
        }
        if (m instanceof AiMessage a) {
            return a.text() + "|" + a.toolExecutionRequests();
        }
        if (m instanceof ToolExecutionResultMessage t) {
            return t.id() + "|" + t.toolName() + "|" + t.text();
        }
        return m.toString();
    }

    private static void field(MessageDigest sha, String name, String value) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] v = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
        // length-prefixed, so ("ab","c") and ("a","bc") never collide
        sha.update(intBytes(n.length));
        sha.update(n);
        sha.update(intBytes(v.length));
        sha.update(v);
    }

    private static byte[] intBytes(int x) {
        return new byte[]{(byte) (x >>> 24), (byte) (x >>> 16), (byte) (x >>> 8), (byte) x};
    }

    /**
     * A fresh SHA-256 digest: a copy of an unused one where the provider can copy it, which costs a fraction of
     * looking the algorithm up among the security providers on every request (that look-up was about 2.5% of a
     * hit's cache read); the same digest either way.
     */
    private static MessageDigest sha256() {
        if (SHA256_PROTOTYPE != null) {
            try {
                return (MessageDigest) SHA256_PROTOTYPE.clone();
            } catch (CloneNotSupportedException e) {
                // the provider checked at start-up cannot change; look the algorithm up as below
            }
        }
        return newSha256();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** An unused SHA-256 digest to copy, or null when the provider's digests cannot be copied. */
    private static MessageDigest clonablePrototype() {
        MessageDigest d = newSha256();
        try {
            d.clone();
            return d;
        } catch (CloneNotSupportedException e) {
            return null;
        }
    }
}
