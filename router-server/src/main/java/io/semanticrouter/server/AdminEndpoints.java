package io.semanticrouter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.semanticrouter.CachePartitions;
import io.semanticrouter.CacheException;
import io.semanticrouter.SemanticCache;
import io.semanticrouter.cache.memory.InMemorySemanticCache;
import io.semanticrouter.cache.milvus.MilvusSemanticCache;
import io.semanticrouter.server.config.ConfiguredRouter;
import io.semanticrouter.server.config.EffectiveConfig;
import io.semanticrouter.server.config.TenantScope;
import io.semanticrouter.server.config.TokenAuth;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The admin API, behind its own bearer token ({@code server.admin.token_env}); without that setting every admin
 * path answers 404, as an unknown path does. A chat token that is not also the admin token gets 403, any other
 * token 401.
 * <ul>
 *   <li>{@code POST /admin/reload}: reloads the configuration file ({@link LiveRouter#reload()}); 200 with the new
 *       generation, what was reused and what needs a restart, or 400 listing every problem (the old router keeps
 *       serving). A reload asked for while one runs waits for it.</li>
 *   <li>{@code POST /admin/cache/purge} {@code {"tenant": "T", "source": "token" | "header" | "both"}}: removes the
 *       tenant's cache entries (by default both the scope of the token bound to T and the scope of callers naming T
 *       in the tenant header); {@code "shared": true} instead purges the shared scope.</li>
 *   <li>{@code GET /admin/cache/stats}: entries, the router's cache lookups by outcome, the back end's own counters,
 *       and entries per tenant (in memory; tenants the file binds to a token are named, others show their key).</li>
 *   <li>{@code GET /admin/config}: the effective configuration, secrets masked ({@link EffectiveConfig}).</li>
 *   <li>{@code GET /admin/status}: the generation in service and the last reload and last failure, with its
 *       problems.</li>
 * </ul>
 * Thread-safe.
 */
final class AdminEndpoints {

    /** Request paths of the admin API. */
    static final List<String> PATHS = List.of("/admin/reload", "/admin/cache/purge", "/admin/cache/stats",
            "/admin/config", "/admin/status");

    private final LiveRouter live;

    AdminEndpoints(LiveRouter live) {
        this.live = live;
    }

    /**
     * Lets an admin request through, or throws: 404 without an admin token in the file, 401 without a token or with
     * a wrong one, 403 with a chat token.
     */
    void authorize(GatewayRequest request, Reply reply, ConfiguredRouter configured) {
        Optional<TokenAuth> admin = configured.config().adminAuth();
        if (admin.isEmpty()) {
            throw new ApiError(404, "invalid_request_error", "not_found", null, "no such endpoint: "
                    + request.method() + " " + request.path());
        }
        String token = GatewayHandler.bearer(request);
        if (admin.get().authenticate(token).isPresent()) {
            return;
        }
        TokenAuth chat = configured.server().auth();
        if (token != null && chat.enabled() && chat.authenticate(token).isPresent()) {
            throw new ApiError(403, "invalid_request_error", "permission_denied", null,
                    "this token may call the chat API but not the admin API");
        }
        reply.header("WWW-Authenticate", "Bearer");
        throw new ApiError(401, "invalid_request_error", "invalid_api_key", null,
                token == null ? "missing admin bearer token (Authorization: Bearer ...)" : "invalid admin token");
    }

    ObjectNode reload() {
        LiveRouter.ReloadResult r = live.reload();
        if (!r.success()) {
            ApiError e = ApiError.invalid("invalid_config", null, "the configuration has " + r.problems().size()
                    + " problem(s); still serving generation " + r.generation() + ": " + String.join("; ", r.problems()));
            throw new ProblemsError(e, r.problems());
        }
        return result(r);
    }

    /** A failed reload: the OpenAI error object plus {@code error.problems}, one string per problem. */
    static final class ProblemsError extends RuntimeException {
        final ApiError error;
        final List<String> problems;

        ProblemsError(ApiError error, List<String> problems) {
            super(error.getMessage());
            this.error = error;
            this.problems = problems;
        }

        ObjectNode body() {
            ObjectNode body = OpenAiProtocol.error(error);
            ArrayNode list = ((ObjectNode) body.get("error")).putArray("problems");
            problems.forEach(list::add);
            return body;
        }
    }

    private static ObjectNode result(LiveRouter.ReloadResult r) {
        ObjectNode out = OpenAiProtocol.JSON.createObjectNode();
        out.put("status", r.success() ? "reloaded" : "failed");
        out.put("generation", r.generation());
        out.put("at", r.at().toString());
        if (!r.success()) {
            ArrayNode problems = out.putArray("problems");
            r.problems().forEach(problems::add);
        } else {
            ArrayNode reused = out.putArray("reused");
            r.reused().stream().sorted().forEach(reused::add);
            ArrayNode restart = out.putArray("needs_restart");
            r.needsRestart().forEach(restart::add);
        }
        return out;
    }

    ObjectNode purge(GatewayRequest request, ConfiguredRouter configured) {
        JsonNode root;
        try {
            root = OpenAiProtocol.JSON.readTree(request.body());
        } catch (IOException e) {
            throw ApiError.invalidJson(e);
        }
        if (root == null || !root.isObject()) {
            throw ApiError.invalid(null, "the body must be a JSON object: {\"tenant\": \"...\"} or {\"shared\": true}");
        }
        Map<String, String> scopes = scopes(root, configured);
        SemanticCache cache = configured.cache().orElseThrow(() -> new ApiError(404, "invalid_request_error",
                "no_cache", null, "the configuration enables no semantic cache"));
        ObjectNode out = OpenAiProtocol.JSON.createObjectNode();
        if (root.has("tenant")) {
            out.put("tenant", root.get("tenant").asText());
        }
        ArrayNode purged = out.putArray("purged");
        long total = 0;
        boolean known = true;
        for (Map.Entry<String, String> s : scopes.entrySet()) {
            OptionalLong n = purgeScope(cache, s.getValue());
            ObjectNode one = purged.addObject().put("scope", s.getKey());
            if (n.isPresent()) {
                one.put("removed", n.getAsLong());
                total += n.getAsLong();
            } else {
                one.putNull("removed");
                known = false;
            }
        }
        if (known) {
            out.put("removed", total);
        } else {
            out.putNull("removed");
        }
        out.put("count_known", known);
        return out;
    }

    private static OptionalLong purgeScope(SemanticCache cache, String scope) {
        try {
            return cache.purgeTenant(CachePartitions.tenantKey(scope));
        } catch (UnsupportedOperationException e) {
            throw new ApiError(501, "server_error", "purge_unsupported", null, e.getMessage());
        } catch (CacheException e) {
            throw new ApiError(502, "upstream_error", "cache_unavailable", null, "the cache back end failed: "
                    + e.getMessage());
        }
    }

    /** The tenant scopes a purge body names, by label ({@code token}, {@code header}, {@code shared}). */
    private static Map<String, String> scopes(JsonNode root, ConfiguredRouter configured) {
        for (java.util.Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of("tenant", "source", "shared").contains(f)) {
                throw ApiError.invalid(f, "unknown field '" + f + "'; use tenant, source or shared");
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode shared = root.get("shared");
        if (shared != null) {
            if (!shared.isBoolean() || !shared.asBoolean() || root.has("tenant") || root.has("source")) {
                throw ApiError.invalid("shared", "'shared' must be true, and comes without tenant and source");
            }
            out.put("shared", TenantScope.SHARED);
            return out;
        }
        JsonNode tenant = root.get("tenant");
        if (tenant == null || !tenant.isTextual()) {
            throw ApiError.invalid("tenant", "'tenant' is required and must be a string (or send {\"shared\": true})");
        }
        String name = tenant.asText();
        try {
            TenantScope.checkName(name);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("tenant", "tenant " + e.getMessage());
        }
        JsonNode source = root.get("source");
        String which = source == null ? "both" : source.isTextual() ? source.asText() : "";
        if (!List.of("token", "header", "both").contains(which)) {
            throw ApiError.invalid("source", "'source' must be \"token\", \"header\" or \"both\"");
        }
        boolean bound = configured.server().auth().boundTenants().contains(name);
        if (which.equals("token") && !bound) {
            throw new ApiError(404, "invalid_request_error", "unknown_tenant", "tenant", "no token is bound to tenant '"
                    + name + "' (server.auth.tokens[].tenant)");
        }
        if (!which.equals("header")) {
            out.put("token", TenantScope.ofToken(name));
        }
        if (!which.equals("token")) {
            out.put("header", TenantScope.ofHeader(name));
        }
        return out;
    }

    ObjectNode stats(ConfiguredRouter configured) {
        ObjectNode out = OpenAiProtocol.JSON.createObjectNode();
        Optional<SemanticCache> cache = configured.cache();
        out.put("enabled", cache.isPresent());
        ObjectNode lookups = out.putObject("lookups");
        for (Counter c : configured.meterRegistry().find("semantic_router.cache.lookups").counters()) {
            lookups.put(c.getId().getTag("outcome"), (long) c.count());
        }
        if (cache.isEmpty()) {
            return out;
        }
        SemanticCache c = cache.get();
        out.put("similarity_threshold", configured.config().semanticCache().similarityThreshold());
        try {
            out.put("size", c.size());
        } catch (CacheException e) {
            out.putNull("size");
            out.put("size_error", e.getMessage());
        }
        if (c instanceof InMemorySemanticCache memory) {
            out.put("backend", "memory");
            out.set("backend_stats", OpenAiProtocol.JSON.valueToTree(memory.stats()));
            out.set("tenants", tenantSizes(memory, configured));
        } else if (c instanceof MilvusSemanticCache milvus) {
            out.put("backend", "milvus");
            out.put("collection", milvus.config().collection().name());
            out.set("backend_stats", OpenAiProtocol.JSON.valueToTree(milvus.stats()));
        } else {
            out.put("backend", c.getClass().getSimpleName());
        }
        return out;
    }

    /** Entries per tenant scope: named when the file binds the tenant to a token (or shared), else by key. */
    private static ObjectNode tenantSizes(InMemorySemanticCache memory, ConfiguredRouter configured) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(CachePartitions.tenantKey(TenantScope.SHARED), "shared");
        for (String t : configured.server().auth().boundTenants()) {
            names.put(CachePartitions.tenantKey(TenantScope.ofToken(t)), "token:" + t);
        }
        ObjectNode out = OpenAiProtocol.JSON.createObjectNode();
        memory.sizesByTenantKey().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.put(names.getOrDefault(e.getKey(), "key:" + e.getKey()), e.getValue()));
        return out;
    }

    ObjectNode config(ConfiguredRouter configured) {
        ObjectNode out = EffectiveConfig.json(configured.config());
        out.put("generation", live.generation());
        return out;
    }

    ObjectNode status() {
        ObjectNode out = OpenAiProtocol.JSON.createObjectNode();
        out.put("generation", live.generation());
        out.put("file", live.file().toString());
        LiveRouter.ReloadResult last = live.lastReload();
        if (last != null) {
            out.set("last_reload", result(last));
        }
        LiveRouter.ReloadResult failure = live.lastFailure();
        if (failure != null) {
            out.set("last_failure", result(failure));
        }
        return out;
    }
}
