package io.semanticrouter.examples.ask;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Comparator;

/**
 * Not a test: how long the example app's context takes to start in a fresh JVM (Tomcat on a free port, the MiniLM
 * model load and the shipped exemplar categories' embedding included). It prints the wall time and the CPU time of
 * the whole process, the CPU time of the main thread (the critical path: what the main thread computes itself, the
 * rest of its wall time it waits, for the background embedder load, for the disk, or for a core), the JIT's compile
 * time, the classes loaded, the garbage collectors' time, and the five slowest bean creations (nested, so
 * {@code askController} includes {@code semanticRouter}, which includes the wait for {@code semanticRouterEmbedder}).
 * Run from {@code examples/spring-ask} with the test class path:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.semanticrouter.examples.ask.AskStartupTime}
 * (see docs/spring.md).
 */
public final class AskStartupTime {

    private AskStartupTime() {
    }

    /**
     * Starts and closes the context once and prints the figures.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = os.getProcessCpuTime();
        long main0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        BufferingApplicationStartup steps = new BufferingApplicationStartup(10_000);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(AskApplication.class)
                .applicationStartup(steps).properties("server.port=0", "logging.level.root=warn").run()) {
            long wall = System.nanoTime() - t0;
            long cpu = os.getProcessCpuTime() - cpu0;
            long mainCpu = threads.getCurrentThreadCpuTime() - main0;
            long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
            System.out.printf("context started: wall %.2f s, process CPU %.2f s (CPU since JVM start %.2f s), JVM up %.2f s%n",
                    wall / 1e9, cpu / 1e9, os.getProcessCpuTime() / 1e9,
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
            System.out.printf("main thread CPU %.2f s; JIT compile %.2f s; classes loaded %d; GC %.2f s; load average %.2f%n",
                    mainCpu / 1e9, ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3,
                    ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(), gc / 1e3,
                    os.getSystemLoadAverage());
            printThreadCpu(cpu);
            steps.getBufferedTimeline().getEvents().stream()
                    .filter(e -> e.getStartupStep().getName().equals("spring.beans.instantiate")
                            && beanName(e.getStartupStep()).equals("semanticRouterEmbedder"))
                    .forEach(e -> System.out.printf("main thread in semanticRouterEmbedder (waiting for the background"
                            + " load): %d ms%n", e.getDuration().toMillis()));
            steps.getBufferedTimeline().getEvents().stream()
                    .filter(e -> e.getStartupStep().getName().equals("spring.beans.instantiate"))
                    .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                    .limit(5)
                    .forEach(e -> System.out.printf("  %6d ms  %s%n", e.getDuration().toMillis(), beanName(e.getStartupStep())));
        }
    }

    /**
     * CPU time per group of live threads (Linux {@code /proc/self/task}): the JIT compilers, the garbage collector,
     * the main thread (named {@code java} there: the launcher's thread keeps the process's name), and all others;
     * the threads that have ended (the background embedder load among them) are the rest of the process's CPU time.
     */
    private static void printThreadCpu(long processCpuNanos) {
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) {
            return;
        }
        java.util.Map<String, Long> ticks = new java.util.TreeMap<>();
        try (var dirs = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path d : (Iterable<java.nio.file.Path>) dirs::iterator) {
                String stat;
                try {
                    stat = java.nio.file.Files.readString(d.resolve("stat"));
                } catch (java.io.IOException e) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long t = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime, fields 14 and 15
                String group = name.startsWith("C1 ") ? "JIT C1" : name.startsWith("C2 ") ? "JIT C2"
                        : name.startsWith("GC ") || name.startsWith("G1 ") ? "GC" : name.equals("java") ? "main"
                        : "other live";
                ticks.merge(group, t, Long::sum);
            }
        } catch (java.io.IOException e) {
            return;
        }
        double hz = 100; // USER_HZ on Linux
        double live = ticks.values().stream().mapToLong(Long::longValue).sum() / hz;
        StringBuilder sb = new StringBuilder("CPU by thread since JVM start:");
        ticks.forEach((k, v) -> sb.append(String.format(" %s %.2f s;", k, v / hz)));
        double all = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        sb.append(String.format(" ended threads %.2f s", Math.max(0, all - live)));
        System.out.println(sb);
    }

    private static String beanName(StartupStep step) {
        for (StartupStep.Tag tag : step.getTags()) {
            if (tag.getKey().equals("beanName")) {
                return tag.getValue();
            }
        }
        return step.getName();
    }
}
