package io.semanticrouter.spring.boot;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;

/**
 * Not a test: measures how long the quick-start application's context takes to start in a fresh JVM, model load
 * included, as wall time and as CPU time of the whole process (the CPU figure moves less when other work shares
 * the machine). Run from the module directory, with the test class path:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.semanticrouter.spring.boot.StartupTime}
 * (see docs/spring.md).
 */
public final class StartupTime {

    private StartupTime() {
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
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(QuickstartApplicationTest.App.class)
                .properties("spring.config.name=quickstart", "spring.main.banner-mode=off").run()) {
            long wall = System.nanoTime() - t0;
            long cpu = os.getProcessCpuTime() - cpu0;
            System.out.printf("context started: wall %.2f s, process CPU %.2f s, JVM up %.2f s%n",
                    wall / 1e9, cpu / 1e9, ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        }
    }
}
