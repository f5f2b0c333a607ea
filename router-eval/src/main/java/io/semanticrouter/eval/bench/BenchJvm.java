package io.semanticrouter.eval.bench;

/**
 * JVM options shared by the forks of the benchmarks that hold large heaps, as compile-time constants for
 * {@code @Fork(jvmArgsAppend = ...)}.
 *
 * <p>{@link #HUGE_PAGES} asks the JVM to back its heap with transparent huge pages (2 MiB) on Linux. A graph walk
 * or a scan touches memory all over a heap of gigabytes, and with 4 KiB pages most of those reads also miss the
 * TLB; measured in {@code docs/ann-index.md} ("Huge pages"), the option cut the cost of a lookup at 250,000
 * entries by about a quarter. Where the kernel's transparent huge pages are off, the JVM prints a warning and runs
 * as before. The option exists only in the Linux JVM, so {@code -XX:+IgnoreUnrecognizedVMOptions} comes with it.
 * That flag would also hide a mistyped option beside it, so the forks pass only options written out in their
 * {@code @Fork} annotation; a {@code -jvmArgsAppend} on the command line replaces the annotation's list, flag
 * included.
 */
final class BenchJvm {
    /** Lets a JVM that does not know {@link #HUGE_PAGES} (any but Linux) start anyway. */
    static final String IGNORE_UNRECOGNIZED = "-XX:+IgnoreUnrecognizedVMOptions";
    /** Transparent huge pages for the heap (Linux); always paired with {@link #IGNORE_UNRECOGNIZED}. */
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

    private BenchJvm() {
    }
}
