package io.semanticrouter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How a cache partition names its tenant, so that one tenant's entries can be found and purged
 * ({@link SemanticCache#purgeTenant}) although the rest of the partition is an opaque fingerprint.
 *
 * <p>A partition that belongs to a tenant reads {@code tenantKey + '/' + rest}: the tenant key is the part before
 * the first {@value #SEPARATOR}. The router builds every partition that way, with {@link #tenantKey(String)} of the
 * request's tenant scope (the shared scope {@code ""} has a key too). A partition without a {@value #SEPARATOR}
 * has no tenant key, and no purge of a tenant touches it.
 *
 * <p>The tenant key is the first 16 hexadecimal digits (64 bits) of a SHA-256 of the tenant scope. Isolation
 * does not rest on it (the router hashes the full tenant scope into the rest of the partition too); only a purge
 * does, and two tenants would have to collide on 64 bits for a purge of one to touch the other.
 */
public final class CachePartitions {

    /** Ends a partition's tenant key. */
    public static final char SEPARATOR = '/';

    /** Length of a tenant key made by {@link #tenantKey(String)}: 16 hexadecimal digits. */
    public static final int TENANT_KEY_LENGTH = 16;

    private CachePartitions() {
    }

    /**
     * The tenant key of a tenant scope: 16 lower-case hexadecimal digits.
     *
     * @param tenant the tenant scope as the router knows it ({@code ""} for the shared scope)
     * @throws NullPointerException if tenant is null
     */
    public static String tenantKey(String tenant) {
        Objects.requireNonNull(tenant, "tenant");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(("tenant\u0000" + tenant).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, TENANT_KEY_LENGTH / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The partition of a tenant: its key, the separator and the rest.
     *
     * @throws NullPointerException if an argument is null
     */
    public static String partition(String tenantKey, String rest) {
        return Objects.requireNonNull(tenantKey, "tenantKey") + SEPARATOR + Objects.requireNonNull(rest, "rest");
    }

    /**
     * The tenant key of a partition: the part before the first {@value #SEPARATOR}, or {@code null} when the
     * partition has none (such a partition belongs to no tenant).
     *
     * @throws NullPointerException if partition is null
     */
    public static String tenantKeyOf(String partition) {
        int at = Objects.requireNonNull(partition, "partition").indexOf(SEPARATOR);
        return at < 0 ? null : partition.substring(0, at);
    }

    /**
     * Checks a tenant key handed to {@link SemanticCache#purgeTenant}: not empty and without the separator.
     *
     * @return the key
     * @throws NullPointerException     if tenantKey is null
     * @throws IllegalArgumentException if it is empty or contains {@value #SEPARATOR}
     */
    public static String checkTenantKey(String tenantKey) {
        Objects.requireNonNull(tenantKey, "tenantKey");
        if (tenantKey.isEmpty() || tenantKey.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("a tenant key must be non-empty and contain no '" + SEPARATOR
                    + "', was '" + tenantKey + "'");
        }
        return tenantKey;
    }
}
