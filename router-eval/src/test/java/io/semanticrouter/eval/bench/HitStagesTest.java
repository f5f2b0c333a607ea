package io.semanticrouter.eval.bench;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.semanticrouter.CacheOutcome;
import io.semanticrouter.RouteDecision;
import io.semanticrouter.RoutedResponse;
import io.semanticrouter.StageTimings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HitStagesTest {

    private static RoutedResponse answer(boolean hit, long embedUs, long selectUs, long readUs, long totalUs) {
        CacheOutcome outcome = new CacheOutcome(hit ? CacheOutcome.Status.HIT : CacheOutcome.Status.MISS, 0.9,
                null, "test", false, null);
        StageTimings timings = new StageTimings(Duration.ofNanos(embedUs * 1000), Duration.ofNanos(selectUs * 1000),
                Duration.ofNanos(readUs * 1000), Duration.ZERO, Duration.ZERO, Duration.ofNanos(totalUs * 1000));
        return new RoutedResponse(ChatResponse.builder().aiMessage(AiMessage.from("a")).build(),
                RouteDecision.useDefault(null, 1, "test"), "m", outcome, List.of(), timings);
    }

    @Test
    void splitsHitsIntoMediansAndSharesOfTheTime() {
        HitStages stages = new HitStages();
        stages.record(answer(true, 2000, 10, 500, 2600), true);
        stages.record(answer(true, 3000, 10, 600, 3700), true);
        stages.record(answer(true, 4000, 10, 700, 4800), true);
        stages.record(answer(false, 9000, 10, 9000, 20000), true); // a miss: not a hit, left out
        String s = stages.summary();
        assertThat(s).startsWith("3 requests, total p50 3.700 ms;")
                .contains("embedding p50 3.000 ms (81.1% of the time)")   // 9000 of 11100 us
                .contains("guards+routing p50 0.010 ms (0.3% of the time)")
                .contains("cache read p50 0.600 ms (16.2% of the time)")
                .contains("rest p50 0.090 ms (2.4% of the time)");
    }

    @Test
    void countsMissesWhenAskedAndForgetsOnReset() {
        HitStages stages = new HitStages();
        stages.record(answer(false, 1000, 0, 1000, 2000), false);
        stages.record(answer(false, 3000, 0, 1000, 4000), false);
        assertThat(stages.summary()).startsWith("2 requests, total p50 3.000 ms;")
                .contains("embedding p50 2.000 ms (66.7% of the time)");
        stages.reset();
        assertThat(stages.summary()).isEqualTo("no requests recorded");
    }
}
