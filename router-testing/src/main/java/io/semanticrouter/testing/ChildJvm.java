package io.semanticrouter.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs a {@code main} class in a fresh JVM with the calling test's class path, for tests whose subject is
 * process-wide and happens once (start-up network calls, logging set up before the first logger exists).
 * Standard output and standard error are captured together, whole.
 */
public final class ChildJvm {

    /** What the child did: its exit code and everything it wrote to stdout and stderr. */
    public record Result(int exitCode, String output) {
    }

    private final Class<?> mainClass;
    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> args = new ArrayList<>();
    private final List<String> unsetEnv = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private Predicate<String> classPathFilter = entry -> true;
    private Duration timeout = Duration.ofMinutes(5);

    private ChildJvm(Class<?> mainClass) {
        this.mainClass = Objects.requireNonNull(mainClass, "mainClass");
    }

    /** A child that runs {@code mainClass.main(args)}. */
    public static ChildJvm of(Class<?> mainClass) {
        return new ChildJvm(mainClass);
    }

    /** Adds JVM options ({@code -Dkey=value}, {@code -Xmx...}) placed before the main class. */
    public ChildJvm jvmOptions(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    /** Adds program arguments. */
    public ChildJvm args(String... values) {
        args.addAll(List.of(values));
        return this;
    }

    /** Removes these variables from the child's environment (so a test sees the library, not the machine). */
    public ChildJvm unsetEnv(Collection<String> names) {
        unsetEnv.addAll(names);
        return this;
    }

    /** Sets a variable in the child's environment (a way to hand it a secret without a command-line argument). */
    public ChildJvm env(String name, String value) {
        env.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /** Keeps only the class-path entries (jar or directory paths) the predicate accepts. */
    public ChildJvm classPathFilter(Predicate<String> keep) {
        this.classPathFilter = Objects.requireNonNull(keep, "keep");
        return this;
    }

    /** How long the child may run before it is killed and the run fails; default five minutes. */
    public ChildJvm timeout(Duration limit) {
        this.timeout = Objects.requireNonNull(limit, "limit");
        return this;
    }

    /**
     * Starts the child, waits for it, and returns its exit code and output.
     *
     * @throws AssertionError when the child outlives the timeout (it is killed; the message holds its output)
     */
    public Result run() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass.getName());
        command.addAll(args);
        Path log = Files.createTempFile("child-jvm", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            unsetEnv.forEach(pb.environment()::remove);
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError(mainClass.getName() + " did not finish within " + timeout + "; output:\n"
                        + read(log));
            }
            return new Result(p.exitValue(), read(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // lenient: odd bytes become U+FFFD
    }

    private String classPath() {
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty() && classPathFilter.test(entry)) {
                kept.add(entry);
            }
        }
        return String.join(File.pathSeparator, kept);
    }
}
