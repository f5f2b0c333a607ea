package io.semanticrouter.server.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bearer-token authentication for the gateway, from {@code server.auth}. Tokens come from environment
 * variables; only their SHA-256 digests are kept, compared in constant time, and never printed.
 *
 * <p>A token from {@code bearer_tokens_env} lets the caller name its tenant in the tenant header; a token from
 * {@code tokens[]} always stands for its configured tenant. Without {@code server.auth} every caller is let in
 * ({@link #enabled()} is false). Immutable and thread-safe.
 */
public final class TokenAuth {

    /**
     * What an accepted token grants.
     *
     * @param tenant the tenant the token is bound to, or {@code null} when the caller may name its tenant in
     *               the tenant header
     */
    public record Grant(String tenant) {
    }

    /** A token as read from the environment, with its tenant (null: caller's choice). Never printed. */
    record Entry(String token, String tenant) {
        @Override
        public String toString() {
            return "Entry[token=***, tenant=" + tenant + "]";
        }
    }

    private static final Grant OPEN = new Grant(null);

    private final boolean enabled;
    private final List<byte[]> digests;
    private final List<Grant> grants;

    private TokenAuth(boolean enabled, List<Entry> entries) {
        this.enabled = enabled;
        List<byte[]> d = new ArrayList<>();
        List<Grant> g = new ArrayList<>();
        for (Entry e : entries) {
            d.add(sha256(e.token()));
            g.add(new Grant(e.tenant()));
        }
        this.digests = List.copyOf(d);
        this.grants = List.copyOf(g);
    }

    /** No authentication: every caller is accepted and may name its tenant. */
    public static TokenAuth disabled() {
        return new TokenAuth(false, List.of());
    }

    static TokenAuth of(List<Entry> entries) {
        return new TokenAuth(true, entries);
    }

    /** Whether callers must present a token. */
    public boolean enabled() {
        return enabled;
    }

    /** How many tokens are accepted. */
    public int size() {
        return digests.size();
    }

    /**
     * Checks the token from an {@code Authorization: Bearer} header.
     *
     * @param token the token, or {@code null} when the request has none
     * @return the grant, or empty when the token is missing or unknown (always a grant when disabled)
     */
    public Optional<Grant> authenticate(String token) {
        if (!enabled) {
            return Optional.of(OPEN);
        }
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        byte[] d = sha256(token);
        Grant found = null;
        for (int i = 0; i < digests.size(); i++) {
            // look at every entry, so the time taken does not tell which one matched
            if (MessageDigest.isEqual(d, digests.get(i)) && found == null) {
                found = grants.get(i);
            }
        }
        return Optional.ofNullable(found);
    }

    /** The tenants tokens are bound to ({@code server.auth.tokens[].tenant}), in file order, each once. */
    public java.util.Set<String> boundTenants() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Grant g : grants) {
            if (g.tenant() != null) {
                out.add(g.tenant());
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    @Override
    public String toString() {
        if (!enabled) {
            return "TokenAuth[disabled]";
        }
        long bound = grants.stream().filter(g -> g.tenant() != null).count();
        return "TokenAuth[" + digests.size() + " tokens, " + bound + " bound to a tenant]";
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
