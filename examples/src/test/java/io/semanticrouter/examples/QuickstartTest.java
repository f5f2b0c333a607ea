package io.semanticrouter.examples;

import io.semanticrouter.RoutedResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The quickstart does what the README says it does. */
class QuickstartTest {

    @Test
    void routesThenServesParaphrasesFromTheCache() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        List<RoutedResponse> r = Quickstart.run(new PrintStream(buffer, true, StandardCharsets.UTF_8),
                DemoModels.standIns(Duration.ofMillis(20)));
        String out = buffer.toString(StandardCharsets.UTF_8);

        assertThat(r).hasSize(Quickstart.QUESTIONS.size());
        assertThat(r.get(0).model()).isEqualTo(DemoModels.CODE);
        assertThat(r.get(1).model()).isEqualTo(DemoModels.MATH);
        assertThat(r.get(2).decision().category()).isEqualTo("customer_support");
        assertThat(r.subList(0, 4)).allSatisfy(x -> assertThat(x.cacheHit()).isFalse());
        assertThat(r.get(4).cacheHit()).isTrue();
        assertThat(r.get(4).text()).isEqualTo(r.get(3).text());
        assertThat(r.get(5).cacheHit()).isTrue();
        assertThat(r.get(5).text()).isEqualTo(r.get(0).text());
        assertThat(r.get(4).timings().total()).isLessThan(r.get(3).timings().total());
        assertThat(r.get(7).cache().similarity()).isGreaterThan(0.9);
        assertThat(r.get(7).cache().status()).isEqualTo(io.semanticrouter.CacheOutcome.Status.REJECTED);
        assertThat(r.get(7).text()).isNotEqualTo(r.get(6).text());
        assertThat(out).contains("demo stand-in").contains("cache: HIT similarity=").contains("answered from the cache in");
    }
}
