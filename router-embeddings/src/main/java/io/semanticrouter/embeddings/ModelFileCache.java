package io.semanticrouter.embeddings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * A classpath model resource as a file that ONNX Runtime can load directly. A resource inside a jar is stored
 * compressed (all-MiniLM-L6-v2: 90 MB), and inflating it at every start costs about 0.7 s of CPU; this extracts it
 * once into a directory the caller chooses and loads the copy afterwards.
 *
 * <p>The copy is named after the jar entry's CRC-32 and size, and before each use its size and CRC-32 are checked
 * against the entry's (about 20 ms for 90 MB), so a copy of another model version, a truncated write or a changed
 * file is never loaded: it is written again. Writes go to a temporary file in the same directory that is then moved
 * into place, so concurrent starts see either no copy or a whole one. When anything fails (a read-only directory,
 * a full disk, a resource that is not in a jar) the caller falls back to reading the resource into memory.
 */
final class ModelFileCache {

    private static final Logger log = LoggerFactory.getLogger(ModelFileCache.class);

    private ModelFileCache() {
    }

    /**
     * The resource as a file: the resource itself when it already is one, else a checked copy in {@code dir}.
     *
     * @return the file, or null when there is none to offer (the caller reads the resource instead)
     */
    static Path file(ClassLoader loader, String resource, Path dir) {
        URL url = loader.getResource(resource);
        if (url == null) {
            return null;
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            JarURLConnection jar = jarEntry(url);
            if (jar == null) {
                return null;
            }
            JarEntry entry = jar.getJarEntry();
            return copy(jar, entry, dir.resolve(fileName(resource, entry.getCrc(), entry.getSize())));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            log.warn("cannot use the model file cache {} for {} ({}); reading the model from the class path", dir,
                    resource, e.toString());
            return null;
        }
    }

    /** {@code <resource stem>-<crc32 hex>-<size>.onnx}. */
    static String fileName(String resource, long crc, long size) {
        String base = resource.substring(resource.lastIndexOf('/') + 1);
        String stem = base.endsWith(".onnx") ? base.substring(0, base.length() - 5) : base;
        return stem + "-" + String.format("%08x", crc) + "-" + size + ".onnx";
    }

    /**
     * The connection to a jar entry whose size and CRC-32 the jar records, or null when {@code url} is no such entry
     * (a plain file, another protocol).
     */
    static JarURLConnection jarEntry(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return null;
        }
        JarEntry entry = jar.getJarEntry();
        return entry == null || entry.getSize() < 0 || entry.getCrc() < 0 ? null : jar;
    }

    /**
     * {@code target} once it holds the entry's bytes: used as it is when its size and CRC-32 match the entry's, else
     * written through a temporary file in the same directory, checked, and moved into place.
     *
     * @throws IOException when it cannot be written or the written copy does not match
     */
    static Path copy(JarURLConnection jar, JarEntry entry, Path target) throws IOException {
        if (matches(target, entry.getSize(), entry.getCrc())) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            long crc;
            try (InputStream in = jar.getInputStream(); CheckedInputStream checked = new CheckedInputStream(in, new CRC32());
                 OutputStream out = Files.newOutputStream(tmp)) {
                checked.transferTo(out);
                crc = checked.getChecksum().getValue();
            }
            if (crc != entry.getCrc() || Files.size(tmp) != entry.getSize()) {
                throw new IOException("the copy does not match the jar entry's CRC-32 and size");
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.info("extracted {} to {} (later starts load this copy)", entry.getName(), target);
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Whether {@code file} is a regular file of this size and CRC-32. */
    static boolean matches(Path file, long size, long crc) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != size) {
            return false;
        }
        CRC32 sum = new CRC32();
        try (FileChannel ch = FileChannel.open(file)) {
            long at = 0;
            while (at < size) {
                long len = Math.min(Integer.MAX_VALUE, size - at);
                MappedByteBuffer buffer = ch.map(FileChannel.MapMode.READ_ONLY, at, len);
                sum.update(buffer);
                at += len;
            }
        }
        return sum.getValue() == crc;
    }
}
