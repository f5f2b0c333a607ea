package io.semanticrouter.server;

import com.sun.net.httpserver.Headers;
import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.RouteRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-request cache directives, without a server. */
class CacheDirectivesTest {

    private static RouteRequest apply(Duration maxTtl, String name, String value) {
        Headers h = new Headers();
        h.add(name, value);
        RouteRequest.Builder b = RouteRequest.builder().messages(UserMessage.from("hi"));
        GatewayServer.cacheDirectives(h, b, maxTtl);
        return b.build();
    }

    @Test
    void aRequestMayShortenTheConfiguredTtlButNeverLengthenIt() {
        assertThat(apply(Duration.ofHours(1), "x-semantic-cache", "ttl=60").cacheTtl()).isEqualTo(Duration.ofSeconds(60));
        assertThat(apply(Duration.ofHours(1), "x-semantic-cache", "ttl=86400").cacheTtl()).isEqualTo(Duration.ofHours(1));
        assertThat(apply(null, "x-semantic-cache", "ttl=86400").cacheTtl()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void directivesCombineAndTheStandardHeaderOnlyKnowsNoCacheAndNoStore() {
        RouteRequest both = apply(null, "x-semantic-cache", "No-Cache , no-store");
        assertThat(both.cacheRead()).isFalse();
        assertThat(both.cacheWrite()).isFalse();
        RouteRequest standard = apply(null, "Cache-Control", "no-store, max-age=0");
        assertThat(standard.cacheRead()).isTrue();
        assertThat(standard.cacheWrite()).isFalse();
        assertThatThrownBy(() -> apply(null, "x-semantic-cache", "ttl=abc")).isInstanceOf(ApiError.class)
                .hasMessageContaining("ttl");
        assertThatThrownBy(() -> apply(null, "x-semantic-cache", "max-age=5")).isInstanceOf(ApiError.class)
                .hasMessageContaining("unknown directive");
    }
}
