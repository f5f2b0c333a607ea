package io.semanticrouter.cache.milvus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Fits answers into a Milvus VarChar: as they are when they fit, else gzip + Base64 when that fits, else
 * not at all (the caller skips the entry and counts it). Nothing is ever cut short.
 */
final class ResponseCodec {

    static final byte PLAIN = 0;
    static final byte GZIP_BASE64 = 1;

    /** An encoded answer and how it was encoded. */
    record Encoded(String text, byte encoding) {
    }

    private ResponseCodec() {
    }

    /** UTF-8 length of {@code s} without allocating its bytes. */
    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n++; // a lone surrogate is encoded as '?', as String.getBytes(UTF_8) does
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** The answer in a form of at most {@code maxBytes} UTF-8 bytes, or {@code null} when it cannot fit. */
    static Encoded encode(String response, int maxBytes) {
        if (utf8Length(response) <= maxBytes) {
            return new Encoded(response, PLAIN);
        }
        byte[] raw = response.getBytes(StandardCharsets.UTF_8);
        // Base64 grows by 4/3; give up before compressing when even a 1:10 ratio could not fit
        if (raw.length / 10 > maxBytes) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String b64 = Base64.getEncoder().encodeToString(out.toByteArray());
        return b64.length() <= maxBytes ? new Encoded(b64, GZIP_BASE64) : null;
    }

    /**
     * The original answer.
     *
     * @throws IllegalStateException if the stored text is not a valid encoding (a row not written by us)
     */
    static String decode(String stored, int encoding) {
        if (encoding == PLAIN) {
            return stored;
        }
        if (encoding != GZIP_BASE64) {
            throw new IllegalStateException("unknown response encoding " + encoding);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(stored)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("stored response is not valid gzip+base64: " + e.getMessage(), e);
        }
    }
}
