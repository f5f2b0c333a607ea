package io.semanticrouter.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A stable split of a public set into a tuning part and a test part: a text goes to {@code tune} when the first
 * byte of the SHA-256 of its UTF-8 bytes is even, to {@code test} when it is odd. The split does not depend on
 * the order of the records or on anything but the text, so it is the same on every machine and every run.
 */
final class HashSplit {

    private HashSplit() {
    }

    /**
     * The SHA-256 of the text's UTF-8 bytes: the one digest every split of the evaluation sets is made from
     * (each split keeps its own rule on it, so the frozen splits stay what they were).
     */
    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** {@code "tune"} or {@code "test"} for this text. */
    static String part(String text) {
        return (sha256(text)[0] & 1) == 0 ? "tune" : "test";
    }

    /** Whether the text belongs to the split named {@code tune}, {@code test} or {@code all}. */
    static boolean keeps(String split, String text) {
        return switch (split) {
            case "all" -> true;
            case "tune", "test" -> part(text).equals(split);
            default -> throw new IllegalArgumentException("--split must be tune, test or all here, was '" + split + "'");
        };
    }
}
