package io.semanticrouter.cache.milvus;

import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.utility.request.GetServerVersionReq;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the cache knows about the server it talks to, and the choices that follow from it.
 *
 * <p><b>Lite or engine.</b> The embedded Milvus standalone from PyPI ({@code milvus-server}) reports its
 * version as {@code v2.3.5-lite}, so the version string cannot tell Milvus Lite from the real engine. The
 * {@code Connect} handshake can: its {@code server_info.deploy_mode} is {@code embedded} on Milvus Lite and
 * {@code STANDALONE} or {@code CLUSTER} on the engine (the SDK returns it from {@code GetServerVersion} with
 * details). Only when a server sends no deploy mode at all does the version's {@code milvus_lite} prefix decide.
 *
 * <p><b>Write mode.</b> Milvus releases before the fix of milvus-io/milvus#30607 (PR #30772 on master, first
 * released in 2.4.0; backport #30773, first released in 2.3.10) compute the partition of an upserted row from
 * the wrong field in a collection with a partition key: the row lands in another partition, a search filtered
 * on its {@code scope} misses it, and only {@code count(*)} still sees it. On those servers the cache deletes
 * the ids and then inserts the rows ({@link WriteMode#DELETE_THEN_INSERT}), which routes each row by its real
 * partition key; everywhere else it upserts. A version it cannot read gets the safe mode.
 */
record ServerProfile(boolean lite, String version, String deployMode, WriteMode writeMode) {

    /** How the writer replaces rows. */
    enum WriteMode {
        /** One upsert per batch: atomic per row. */
        UPSERT,
        /**
         * Delete the batch's ids, then insert the rows. Between the two a lookup may miss the entry (a miss is
         * safe); two instances replacing the same question at the same moment may leave two rows with one id,
         * which the server de-duplicates in search results and a later replace or cleanup deletes together.
         */
        DELETE_THEN_INSERT
    }

    private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    /**
     * Asks the server what it is: its version, and the deploy mode from the connect handshake. Two calls, on
     * purpose: the detailed answer's version is only {@code milvus_lite} on Lite, where the plain one carries the
     * release ({@code milvus_lite-3.2.2}).
     */
    static ServerProfile ask(MilvusClientV2 client) {
        String version = client.getServerVersion();
        String deployMode = null;
        try {
            deployMode = client.getServerVersionV2(GetServerVersionReq.builder().detail(true).build()).getDeployMode();
        } catch (RuntimeException e) {
            // a server without the handshake's details: judged by its version alone
        }
        return of(version, deployMode);
    }

    /**
     * The profile of a server from its {@code GetServerVersion} answer.
     *
     * @param version    the version string ({@code v2.3.5-lite}, {@code 2.4.13}, {@code milvus_lite-3.2.2}...)
     * @param deployMode the deploy mode from the connect handshake, or null/blank when the server sent none
     */
    static ServerProfile of(String version, String deployMode) {
        String v = version == null ? "" : version.trim();
        String mode = deployMode == null ? "" : deployMode.trim();
        boolean lite = mode.isEmpty()
                ? v.toLowerCase(Locale.ROOT).startsWith("milvus_lite")
                : mode.equalsIgnoreCase("embedded");
        return new ServerProfile(lite, v, mode, lite ? WriteMode.UPSERT : engineWriteMode(v));
    }

    /** The write mode for an engine of this version: upsert only where #30607 is fixed. */
    static WriteMode engineWriteMode(String version) {
        Matcher m = SEMVER.matcher(version == null ? "" : version);
        if (!m.find()) {
            return WriteMode.DELETE_THEN_INSERT;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        int patch = Integer.parseInt(m.group(3));
        if (major != 2) {
            return major > 2 ? WriteMode.UPSERT : WriteMode.DELETE_THEN_INSERT;
        }
        if (minor != 3) {
            return minor > 3 ? WriteMode.UPSERT : WriteMode.DELETE_THEN_INSERT; // 2.2 has no upsert at all
        }
        return patch >= 10 ? WriteMode.UPSERT : WriteMode.DELETE_THEN_INSERT;
    }

    /** One line for the log. */
    String describe() {
        return (lite ? "Milvus Lite " : "Milvus ") + version + (deployMode.isEmpty() ? "" : " (" + deployMode + ")")
                + ", writes by " + (writeMode == WriteMode.UPSERT ? "upsert" : "delete then insert"
                + " (this version misplaces upserted rows of a partition-key collection: milvus-io/milvus#30607)");
    }
}
