package io.semanticrouter.server.config;

import io.semanticrouter.SemanticRouterException;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The configuration file cannot be used: it is missing, not YAML, has an unknown key or a value of the wrong
 * type, or says something that cannot work (a default model that is not configured, a threshold out of range,
 * an environment variable that is not set...). Thrown at start-up by {@link RouterConfig#load} and
 * {@link RouterFactory#create}; nothing has been started when it is thrown.
 *
 * <p>The message names the file, the line when it is known, the path of the offending key (for example
 * {@code models[1].base_url} or {@code semantic_cache.similarity_threshold}) and what is wrong with it. When
 * the file has several problems, all of them are listed; {@link #problems()} has them one by one.
 */
public final class ConfigException extends SemanticRouterException {
    private static final long serialVersionUID = 1L;

    /**
     * One thing wrong with the file.
     *
     * @param path    the key path, e.g. {@code models[1].base_url}; empty for the file as a whole
     * @param line    the 1-based line in the file, or 0 when it is not known
     * @param message what is wrong, in words
     */
    public record Problem(String path, int line, String message) {
        /**
         * @throws NullPointerException if path or message is null
         */
        public Problem {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return (line > 0 ? "line " + line + ": " : "") + (path.isEmpty() ? "" : path + ": ") + message;
        }
    }

    private final transient Path file;
    private final List<Problem> problems;

    /**
     * @param file     the configuration file
     * @param problems what is wrong (at least one)
     * @throws IllegalArgumentException if problems is empty
     */
    public ConfigException(Path file, List<Problem> problems) {
        this(file, problems, null);
    }

    /**
     * @param file     the configuration file
     * @param problems what is wrong (at least one)
     * @param cause    the underlying error, or null
     * @throws IllegalArgumentException if problems is empty
     */
    public ConfigException(Path file, List<Problem> problems, Throwable cause) {
        super(message(file, problems), cause);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** A single problem at {@code path} (may be empty) and {@code line} (0 when unknown). */
    static ConfigException of(Path file, String path, int line, String message, Throwable cause) {
        return new ConfigException(file, List.of(new Problem(path, line, message)), cause);
    }

    /** The configuration file. */
    public Path file() {
        return file;
    }

    /** Every problem found, in file order as far as it is known. */
    public List<Problem> problems() {
        return problems;
    }

    /** The key path of the first problem (empty when it concerns the file as a whole). */
    public String path() {
        return problems.get(0).path();
    }

    /** The 1-based line of the first problem, or 0 when it is not known. */
    public int line() {
        return problems.get(0).line();
    }

    private static String message(Path file, List<Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        if (problems.size() == 1) {
            Problem p = problems.get(0);
            return file + (p.line() > 0 ? ":" + p.line() : "") + ": "
                    + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message();
        }
        return file + ": " + problems.size() + " problems:" + problems.stream()
                .map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
