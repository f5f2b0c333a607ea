package io.semanticrouter.embeddings;

import ai.onnxruntime.OrtEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * ONNX Runtime's two native libraries, extracted once into a cache directory instead of into a new temporary
 * directory at every start. ONNX Runtime's Java loader inflates {@code libonnxruntime.so} (16.5 MB on Linux x64)
 * and its JNI library out of its jar each time a JVM first uses it, about 0.4 s of CPU; it loads them from a
 * directory of the application's choice instead when the system property {@value #NATIVE_PATH} names one that holds
 * both files under their usual names.
 *
 * <p>{@link #use(Path)} extracts both libraries of this platform into
 * {@code onnxruntime-<os>-<arch>-<crc32 of the runtime>-<crc32 of the JNI library>/} under the directory, checks
 * each copy's size and CRC-32 against its jar entry before every use (a copy that does not match, or a missing one,
 * is written again through a temporary file, as in {@link ModelFileCache}), and only then sets the property. It
 * does nothing when the user already set {@value #NATIVE_PATH} or a per-library path property
 * ({@code onnxruntime.native.onnxruntime.path}), when the libraries are not jar entries (another ONNX Runtime
 * packaging, an unknown platform), or when the directory cannot be used; ONNX Runtime then extracts them itself, as
 * without this. The property is read once, when ONNX Runtime is first initialised in the JVM; setting it later
 * changes nothing, so it is set before the first session is created.
 *
 * <p>Thread-safe: {@link #use(Path)} is synchronized, and concurrent JVMs see either no copy or a whole one.
 */
final class NativeLibraryCache {

    /** ONNX Runtime's system property: a directory that holds both native libraries. */
    static final String NATIVE_PATH = "onnxruntime.native.path";

    /** The two libraries ONNX Runtime loads, in its loading order. */
    static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

    private static final Logger log = LoggerFactory.getLogger(NativeLibraryCache.class);

    private NativeLibraryCache() {
    }

    /**
     * Points ONNX Runtime at checked copies of its native libraries in {@code dir}, unless the user chose a path.
     *
     * @return the directory the property now names, or null when it was left as it was
     */
    static synchronized Path use(Path dir) {
        if (userChosePath()) {
            return null;
        }
        Path libs = extract(OrtEnvironment.class.getClassLoader(), platform(), dir);
        if (libs != null) {
            System.setProperty(NATIVE_PATH, libs.toString());
        }
        return libs;
    }

    /** Whether a property that ONNX Runtime's loader reads before extracting is already set. */
    private static boolean userChosePath() {
        if (System.getProperty(NATIVE_PATH) != null) {
            return true;
        }
        for (String lib : LIBRARIES) {
            if (System.getProperty("onnxruntime.native." + lib + ".path") != null
                    || System.getProperty("onnxruntime.native." + lib + ".skip") != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checked copies of the platform's two libraries in a subdirectory of {@code dir}, extracted when missing or
     * different.
     *
     * @param platform ONNX Runtime's resource folder name, such as {@code linux-x64}; null for an unknown platform
     * @return the subdirectory, or null when there is none to offer
     */
    static Path extract(ClassLoader loader, String platform, Path dir) {
        if (platform == null) {
            return null;
        }
        try {
            JarURLConnection[] jars = new JarURLConnection[LIBRARIES.size()];
            StringBuilder name = new StringBuilder("onnxruntime-").append(platform);
            for (int i = 0; i < jars.length; i++) {
                URL url = loader.getResource(resource(platform, LIBRARIES.get(i)));
                jars[i] = url == null ? null : ModelFileCache.jarEntry(url);
                if (jars[i] == null) {
                    return null;
                }
                name.append('-').append(String.format("%08x", jars[i].getJarEntry().getCrc()));
            }
            Path libs = dir.resolve(name.toString());
            for (int i = 0; i < jars.length; i++) {
                ModelFileCache.copy(jars[i], jars[i].getJarEntry(), libs.resolve(System.mapLibraryName(LIBRARIES.get(i))));
            }
            return libs;
        } catch (IOException | RuntimeException e) {
            log.warn("cannot cache ONNX Runtime's native libraries in {} ({}); ONNX Runtime extracts them itself", dir,
                    e.toString());
            return null;
        }
    }

    /** Where ONNX Runtime's jar keeps a library for a platform. */
    static String resource(String platform, String library) {
        return "ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName(library);
    }

    /** ONNX Runtime's name for this platform's resource folder ({@code linux-x64}, {@code osx-aarch64}...), or null. */
    static String platform() {
        return platform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** ONNX Runtime's name for a platform's resource folder, or null for one it has no libraries for here. */
    static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String o = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win"
                : os.contains("nux") ? "linux" : null;
        String a = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64"
                : arch.startsWith("aarch64") ? "aarch64" : null;
        return o == null || a == null ? null : o + "-" + a;
    }
}
