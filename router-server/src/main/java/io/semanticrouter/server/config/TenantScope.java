package io.semanticrouter.server.config;

import java.util.Locale;

/**
 * The cache scope (the router's {@code tenant}) of a gateway caller. A tenant comes from one of two sources: the
 * binding of a bearer token ({@code server.auth.tokens[].tenant}), or the tenant header a caller sends. The two are
 * different namespaces: a caller who sends {@code X-Tenant: team-a} must never read what the token bound to
 * {@code team-a} stored, and the other way round.
 *
 * <p>So a scope is encoded as {@code kind ":" length ":" name}, with the kind {@code token} or {@code header} and
 * the name's length in chars. The kind ends at the first {@code ':'} and contains none, so two scopes of different
 * kinds never coincide, whatever the names (a token bound to {@code header:team-a} becomes
 * {@code token:13:header:team-a}, not {@code header:6:team-a}); the length prefix keeps the encoding readable and
 * unambiguous on its own. The shared scope, for callers who name no tenant, is {@code ""}.
 *
 * <p>Names are also checked ({@link #checkName}): configuration refuses a name a reader could take for another
 * kind's scope or for a different header value.
 */
public final class TenantScope {

    /** The shared scope of callers who name no tenant. */
    public static final String SHARED = "";
    /** The longest tenant name, from a token binding or a header. */
    public static final int MAX_NAME_LENGTH = 128;

    private static final String TOKEN = "token";
    private static final String HEADER = "header";

    private TenantScope() {
    }

    /** The scope of a tenant bound to a bearer token. */
    public static String ofToken(String name) {
        return encode(TOKEN, name);
    }

    /** The scope of a tenant a caller names in the tenant header. */
    public static String ofHeader(String name) {
        return encode(HEADER, name);
    }

    private static String encode(String kind, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a tenant name must not be empty");
        }
        return kind + ':' + name.length() + ':' + name;
    }

    /**
     * Checks a tenant name: not blank, at most {@value #MAX_NAME_LENGTH} characters, no surrounding whitespace
     * (a header value is trimmed, so {@code "team-a "} would read as {@code team-a}), no control characters, and not
     * starting with a scope kind ({@code token:} or {@code header:}), which reads as a scope of that kind.
     *
     * @throws IllegalArgumentException saying what is wrong with the name, and quoting it
     */
    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("must not be empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_NAME_LENGTH + " characters, was "
                    + name.length());
        }
        if (!name.strip().equals(name)) {
            throw new IllegalArgumentException("must not begin or end with whitespace, was '" + name + "'");
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                throw new IllegalArgumentException("must not contain control characters (at index " + i + ")");
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String kind : new String[] {TOKEN, HEADER}) {
            if (lower.startsWith(kind + ":")) {
                throw new IllegalArgumentException("is ambiguous: '" + name + "' starts with '" + kind
                        + ":', which reads as a " + kind + " tenant's scope; choose a name without that prefix");
            }
        }
        return name;
    }
}
