package io.semanticrouter.server.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semanticrouter.cache.milvus.MilvusCacheConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The configuration a router runs with, as JSON for the admin API: every section of the file with the defaults its
 * records apply, in the file's snake_case keys, with secrets masked.
 *
 * <p>Masking: the file never holds a secret's value, only the name of the environment variable that does
 * ({@code *_env} keys), and the names are shown as they are. Beyond that, as a second line of defence, the value of
 * any key whose name says secret ({@code api_key}, {@code token}, {@code password}, {@code secret},
 * {@code authorization}, {@code credential}) shows as {@code "***"}, and a URL's user information
 * ({@code https://user:pass@host}) as {@code ***@}. The Milvus section shows the address (user information masked),
 * database and collection; its token and password never.
 */
public final class EffectiveConfig {

    /** What a masked value reads. */
    public static final String MASK = "***";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final Pattern SECRET_KEY = Pattern.compile(
            ".*(api_?key|token|password|passwd|secret|authorization|credential).*");
    private static final Pattern URL_USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]*@");

    private EffectiveConfig() {
    }

    /**
     * The effective configuration of {@code config}, secrets masked.
     *
     * @throws NullPointerException if config is null
     */
    public static ObjectNode json(RouterConfig config) {
        ObjectNode out = JSON.createObjectNode();
        out.put("file", config.file().toString());
        putSection(out, "server", config.server());
        putSection(out, "embedder", config.embedder());
        putSection(out, "models", config.models());
        out.put("default_model", config.defaultModel());
        putSection(out, "classifier", config.classifier());
        putSection(out, "categories", config.categories());
        putSection(out, "complexity", config.complexity());
        putSection(out, "keyword_rules", config.keywordRules());
        putSection(out, "decisions", config.decisions());
        putSection(out, "semantic_cache", config.semanticCache());
        putSection(out, "guards", config.guards());
        putSection(out, "conversation", config.conversation());
        MilvusCacheConfig milvus = config.milvus();
        if (milvus != null) {
            ObjectNode m = out.putObject("milvus");
            m.put("uri", maskUrl(milvus.connection().uri()));
            m.put("database", milvus.connection().database());
            m.put("collection", milvus.collection().name());
            m.put("authenticated", milvus.connection().token() != null || milvus.connection().password() != null);
        }
        mask(out);
        return out;
    }

    private static void putSection(ObjectNode out, String key, Object section) {
        if (section == null) {
            return;
        }
        try {
            out.set(key, JSON.valueToTree(section));
        } catch (IllegalArgumentException e) {
            // a section Jackson cannot write is shown by its own summary, never left out silently
            out.put(key, String.valueOf(section));
        }
    }

    /** Masks, in place, every value under a secret-looking key and the user information of every URL. */
    static void mask(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.endsWith("_env") && SECRET_KEY.matcher(lower).matches() && !v.isNull()
                        && !v.isContainerNode()) {
                    o.put(name, MASK);
                } else if (v.isTextual()) {
                    o.put(name, maskUrl(v.asText()));
                } else {
                    mask(v);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) {
                    a.set(i, a.textNode(maskUrl(a.get(i).asText())));
                } else {
                    mask(a.get(i));
                }
            }
        }
    }

    /** A URL with its user information masked; any other text as it is. */
    static String maskUrl(String text) {
        if (text == null) {
            return null;
        }
        return URL_USER_INFO.matcher(text).replaceFirst("$1" + MASK + "@");
    }
}
