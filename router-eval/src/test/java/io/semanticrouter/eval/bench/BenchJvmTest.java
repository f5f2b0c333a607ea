package io.semanticrouter.eval.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Fork;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hit path is read against one embedding from two forks ({@code RouteBench.hitPath} and
 * {@code EmbedderBench.oursOneQuery}), so both must run with the same page size; {@link BenchJvm}'s option may
 * only appear with the flag that lets a JVM without it start.
 */
class BenchJvmTest {

    private static List<String> forkArgs(Class<?> bench) {
        return Arrays.asList(bench.getAnnotation(Fork.class).jvmArgsAppend());
    }

    @Test
    void theHitPathAndTheEmbeddingItIsComparedWithRunOnHugePagesAlike() {
        assertThat(forkArgs(RouteBench.class)).contains(BenchJvm.HUGE_PAGES);
        assertThat(forkArgs(EmbedderBench.class)).contains(BenchJvm.HUGE_PAGES);
        assertThat(forkArgs(CacheLookupBench.class)).contains(BenchJvm.HUGE_PAGES);
    }

    @Test
    void theHugePageOptionNeverComesWithoutTheFlagThatLetsOtherJvmsStart() {
        for (Class<?> bench : List.of(RouteBench.class, EmbedderBench.class, CacheLookupBench.class)) {
            List<String> args = forkArgs(bench);
            assertThat(args.indexOf(BenchJvm.IGNORE_UNRECOGNIZED)).as(bench.getSimpleName())
                    .isGreaterThanOrEqualTo(0).isLessThan(args.indexOf(BenchJvm.HUGE_PAGES));
        }
        assertThat(BenchJvm.HUGE_PAGES).isEqualTo("-XX:+UseTransparentHugePages");
    }
}
