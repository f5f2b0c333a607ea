package io.semanticrouter.examples.ask;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

import java.lang.management.ManagementFactory;
import java.util.Comparator;

/**
 * Not a test: how long the example app's context takes to start in a fresh JVM (Tomcat on a free port, the MiniLM
 * model load and the shipped exemplar categories' embedding included), as wall time and as CPU time of the whole
 * process, and the five slowest bean creations. Run from {@code examples/spring-ask} with the test class path:
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
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        BufferingApplicationStartup steps = new BufferingApplicationStartup(10_000);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(AskApplication.class)
                .applicationStartup(steps).properties("server.port=0", "logging.level.root=warn").run()) {
            long wall = System.nanoTime() - t0;
            long cpu = os.getProcessCpuTime() - cpu0;
            System.out.printf("context started: wall %.2f s, process CPU %.2f s (CPU since JVM start %.2f s), JVM up %.2f s%n",
                    wall / 1e9, cpu / 1e9, os.getProcessCpuTime() / 1e9,
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
            steps.getBufferedTimeline().getEvents().stream()
                    .filter(e -> e.getStartupStep().getName().equals("spring.beans.instantiate"))
                    .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                    .limit(5)
                    .forEach(e -> System.out.printf("  %6d ms  %s%n", e.getDuration().toMillis(), beanName(e.getStartupStep())));
        }
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
