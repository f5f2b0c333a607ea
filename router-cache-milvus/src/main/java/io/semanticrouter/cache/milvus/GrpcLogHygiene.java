package io.semanticrouter.cache.milvus;

import io.milvus.shaded.io.grpc.netty.shaded.io.netty.util.internal.logging.InternalLogger;
import io.milvus.shaded.io.grpc.netty.shaded.io.netty.util.internal.logging.InternalLoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * Keeps the Milvus SDK's gRPC transport from logging credentials, whatever logging set-up the application has.
 *
 * <p>The SDK sends the token (or {@code user:password}) as a Base64 {@code authorization} header on every call.
 * Its shaded gRPC client ({@code NettyClientHandler}) wraps each connection's HTTP/2 reader and writer in
 * Netty's {@code Http2FrameLogger} at DEBUG, under the logger name of the shaded {@code NettyClientHandler}
 * class; that logger prints every header, {@code authorization} included, and the payload bytes. The logger
 * comes from the SDK's private, relocated copy of Netty's {@code InternalLoggerFactory}, which hands it to SLF4J
 * when a binding is present, else Log4j 2, else {@code java.util.logging}: so any of those set to DEBUG (or
 * FINE) printed the credential.
 *
 * <p>{@link #install()} wraps that relocated factory once so that it returns a logger that is always off for
 * the frame-logger names, and the logger it would have returned for every other name. Only the SDK's shaded
 * copy of Netty is touched: an application's own Netty, and the gRPC client's own {@code java.util.logging}
 * records (connection state, errors), are unchanged. The frame logger is created per connection, so the
 * wrapper must be in place before the client connects; {@link MilvusSemanticCache} installs it before
 * building each client.
 */
final class GrpcLogHygiene {

    private static final Logger log = LoggerFactory.getLogger(GrpcLogHygiene.class);

    /** The relocated package root of the SDK's copy of gRPC's Netty transport. */
    private static final String SHADED = "io.milvus.shaded.io.grpc.netty.shaded.";

    /** Logger names under which HTTP/2 frames (headers included) are logged. */
    static final Set<String> SILENCED = Set.of(
            SHADED + "io.grpc.netty.NettyClientHandler",                   // gRPC's client frame logger
            SHADED + "io.grpc.netty.NettyServerHandler",                   // its server twin, for completeness
            SHADED + "io.netty.handler.codec.http2.Http2FrameLogger");     // the frame logger's default name

    private GrpcLogHygiene() {
    }

    /** Wraps the SDK's shaded Netty logger factory, once; later calls do nothing. Thread-safe. */
    static synchronized void install() {
        InternalLoggerFactory current = InternalLoggerFactory.getDefaultFactory();
        if (current instanceof SilencingFactory) {
            return;
        }
        Method newInstance = delegateMethod(current);
        if (newInstance == null) {
            // cannot reach the current factory: use one that silences the frame names and logs nothing else
            log.warn("cannot wrap {} of the Milvus SDK's gRPC transport; its Netty logging is turned off so that"
                    + " HTTP/2 headers (which carry the Milvus credential) are never logged", current.getClass().getName());
        }
        InternalLoggerFactory.setDefaultFactory(new SilencingFactory(current, newInstance));
    }

    /** The public {@code newInstance(String)} of a factory, or the protected one made accessible; null if neither. */
    private static Method delegateMethod(InternalLoggerFactory factory) {
        try {
            return factory.getClass().getMethod("newInstance", String.class); // Netty's own factories make it public
        } catch (NoSuchMethodException notPublic) {
            try {
                Method m = InternalLoggerFactory.class.getDeclaredMethod("newInstance", String.class);
                m.setAccessible(true);
                return m;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    }

    /** A logger that is off at every level: every {@code is...Enabled} answers false, every log call does nothing. */
    static InternalLogger silent(String name) {
        return (InternalLogger) Proxy.newProxyInstance(InternalLogger.class.getClassLoader(),
                new Class<?>[] {InternalLogger.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "name":
                        case "toString":
                            return name;
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                    }
                });
    }

    /** Silent loggers for {@link #SILENCED} names; the wrapped factory's loggers for the rest. */
    static final class SilencingFactory extends InternalLoggerFactory {
        private final InternalLoggerFactory delegate;
        private final Method newInstance;

        SilencingFactory(InternalLoggerFactory delegate, Method newInstance) {
            this.delegate = delegate;
            this.newInstance = newInstance;
        }

        @Override
        protected InternalLogger newInstance(String name) {
            if (newInstance == null || SILENCED.contains(name)) {
                return silent(name);
            }
            try {
                return (InternalLogger) newInstance.invoke(delegate, name);
            } catch (ReflectiveOperationException e) {
                return silent(name);
            }
        }
    }
}
