package io.semanticrouter.cache.milvus;

import io.milvus.shaded.io.grpc.netty.shaded.io.netty.util.internal.logging.InternalLogLevel;
import io.milvus.shaded.io.grpc.netty.shaded.io.netty.util.internal.logging.InternalLogger;
import io.milvus.shaded.io.grpc.netty.shaded.io.netty.util.internal.logging.InternalLoggerFactory;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The wrapper on the SDK's shaded Netty logger factory; the end-to-end check is {@link MilvusCredentialLogTest}. */
class GrpcLogHygieneTest {

    @Test
    void theSilencedNamesAreClassesOfThisSdkVersion() {
        // a new SDK that relocates its gRPC differently must fail here, not silently log headers again
        for (String name : GrpcLogHygiene.SILENCED) {
            assertThatCode(() -> Class.forName(name, false, getClass().getClassLoader())).as(name).doesNotThrowAnyException();
        }
    }

    @Test
    void frameLoggersAreOffAtEveryLevelAndOtherLoggersAreTheUsualOnes() {
        GrpcLogHygiene.install();
        InternalLoggerFactory installed = InternalLoggerFactory.getDefaultFactory();
        GrpcLogHygiene.install();
        assertThat(InternalLoggerFactory.getDefaultFactory()).as("installed once").isSameAs(installed)
                .isInstanceOf(GrpcLogHygiene.SilencingFactory.class);

        for (String name : GrpcLogHygiene.SILENCED) {
            InternalLogger frames = InternalLoggerFactory.getInstance(name);
            for (InternalLogLevel level : InternalLogLevel.values()) {
                assertThat(frames.isEnabled(level)).as(name + " at " + level).isFalse();
            }
            frames.error("nothing happens"); // and no exception
            assertThat(frames.name()).isEqualTo(name);
        }
        InternalLogger other = InternalLoggerFactory.getInstance("io.milvus.shaded.io.grpc.netty.shaded.io.netty.util.Recycler");
        assertThat(Proxy.isProxyClass(other.getClass())).as("an ordinary logger of the wrapped factory").isFalse();
        assertThat(other.isErrorEnabled()).isTrue();
    }
}
