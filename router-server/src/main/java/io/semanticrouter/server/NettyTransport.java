package io.semanticrouter.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import io.semanticrouter.server.config.ConnectionLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway's HTTP/1.1 server on Netty: the only class that knows the server library. It reads requests with
 * the limits of {@link ConnectionLimits} and hands each complete one, as a {@link GatewayRequest}, to a
 * {@link Handler} on a worker thread (the event loop never runs routing).
 *
 * <p>Per connection, one deadline at a time: {@code idle} until a request's first byte, then {@code header} until
 * its head is read, then {@code body} until its body is read; none while it is answered. A client past a deadline
 * gets 408 (or, when idle, is just closed). A head larger than {@code max_header_bytes} or with more than
 * {@code max_headers} fields gets 431, a malformed one (bad {@code Content-Length}, bad request line) 400, a body
 * over {@code max_body_bytes} 413, a connection over {@code max_connections} 503: always in the OpenAI error
 * shape, never an HTML page. After such an error the connection stops answering, reads and drops what the client
 * still sends for a moment, and closes, so that the client reads the error instead of a reset.
 *
 * <p>One request per connection is answered at a time (reading pauses meanwhile; pipelined requests wait their
 * turn). Streams are written with backpressure: past {@code stream_buffer_bytes} unsent, the writer waits for the
 * client, up to the request deadline, then the connection is dropped.
 */
final class NettyTransport implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NettyTransport.class);
    /** How long a connection closed for an error keeps reading (and dropping) what the client still sends. */
    private static final Duration LINGER = Duration.ofSeconds(2);

    /** Answers one request; must reply exactly once through the {@link Reply}. */
    @FunctionalInterface
    interface Handler {
        void handle(GatewayRequest request, Reply reply);
    }

    private final ConnectionLimits limits;
    private final int maxBodyBytes;
    private final Handler handler;
    private final Set<String> inlinePaths;
    private final ExecutorService workers;
    private final EventLoopGroup acceptor;
    private final EventLoopGroup io;
    private final Channel server;
    private final AtomicInteger open = new AtomicInteger();

    /**
     * Binds and starts serving.
     *
     * @param inlinePaths paths answered on the event loop itself (cheap, never blocking: liveness checks), so that
     *                    they answer even when every worker is busy
     * @throws IOException if the address cannot be bound
     */
    NettyTransport(String host, int port, ConnectionLimits limits, int maxBodyBytes, Handler handler,
                   Set<String> inlinePaths, ExecutorService workers, java.util.concurrent.ThreadFactory ioThreads)
            throws IOException {
        this.limits = limits;
        this.maxBodyBytes = maxBodyBytes;
        this.handler = handler;
        this.inlinePaths = Set.copyOf(inlinePaths);
        this.workers = workers;
        this.acceptor = new MultiThreadIoEventLoopGroup(1, ioThreads, NioIoHandler.newFactory());
        this.io = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(), ioThreads,
                NioIoHandler.newFactory());
        ServerBootstrap b = new ServerBootstrap().group(acceptor, io).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(
                        limits.streamBufferBytes() / 2, limits.streamBufferBytes()))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        Connection c = new Connection();
                        ch.pipeline().addLast("first-byte", c.firstByte)
                                .addLast("http", new HttpServerCodec(new HttpDecoderConfig()
                                        .setMaxInitialLineLength(8192)
                                        .setMaxHeaderSize(limits.maxHeaderBytes())
                                        .setMaxChunkSize(64 * 1024)))
                                .addLast("gateway", c);
                    }
                });
        ChannelFuture bound = b.bind(host, port).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            shutdownGroups();
            Throwable cause = bound.cause();
            throw cause instanceof IOException io ? io : new IOException("cannot bind " + host + ":" + port, cause);
        }
        this.server = bound.channel();
    }

    /** The bound address. */
    InetSocketAddress address() {
        return (InetSocketAddress) server.localAddress();
    }

    /** Stops accepting, closes every connection and stops the event loops. */
    @Override
    public void close() {
        server.close().awaitUninterruptibly();
        shutdownGroups();
    }

    private void shutdownGroups() {
        acceptor.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        io.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2, TimeUnit.SECONDS);
    }

    /** An error in OpenAI's shape, or in Anthropic's for a request to its Messages API path. */
    private static byte[] errorBody(ApiError e, String path) {
        try {
            return OpenAiProtocol.JSON.writeValueAsBytes(path != null && path.startsWith(AnthropicProtocol.PATH)
                    ? AnthropicProtocol.error(e) : OpenAiProtocol.error(e));
        } catch (IOException x) {
            throw new IllegalStateException(x);
        }
    }

    /** The error a malformed request head gets. */
    private ApiError badHead(Throwable cause) {
        if (cause instanceof TooLongHttpHeaderException) {
            return new ApiError(431, "invalid_request_error", "headers_too_large", null,
                    "the request headers are larger than the limit of " + limits.maxHeaderBytes() + " bytes");
        }
        if (cause instanceof TooLongHttpLineException) {
            return new ApiError(414, "invalid_request_error", "uri_too_long", null,
                    "the request line is longer than 8192 bytes");
        }
        if (cause instanceof TooLongFrameException) {
            return new ApiError(431, "invalid_request_error", "headers_too_large", null, cause.getMessage());
        }
        return ApiError.invalid("bad_request", null, "malformed HTTP request: " + cause.getMessage());
    }

    /** One connection's state: its deadline, the request being read, and its reply. Runs on its event loop. */
    private final class Connection extends ChannelInboundHandlerAdapter {

        private enum State { IDLE, HEAD, BODY, BUSY, CLOSING }

        /** Sees raw bytes before the codec, to start the header deadline at a request's first byte. */
        final ChannelInboundHandlerAdapter firstByte = new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (state == State.IDLE && msg instanceof ByteBuf b && b.isReadable()) {
                    state = State.HEAD;
                    arm(limits.headerTimeout());
                }
                ctx.fireChannelRead(msg);
            }
        };

        private State state = State.IDLE;
        private ChannelHandlerContext ctx;
        private ScheduledFuture<?> timer;
        private HttpRequest head;
        /** The target of the request being read or answered, for the shape of its errors (null before one). */
        private String target;
        private CompositeByteBuf body;
        /** Requests a client sent before the previous answer ended (pipelining), replayed in order. */
        private final ArrayDeque<Object> pending = new ArrayDeque<>();
        /** Wakes stream writers waiting for the client to read. */
        private final Object writable = new Object();

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            this.ctx = ctx;
            if (open.incrementAndGet() > limits.maxConnections()) {
                fail(new ApiError(503, "server_error", "too_many_connections", null,
                        "the gateway has " + limits.maxConnections() + " connections open; try again later"));
                return;
            }
            arm(limits.idleTimeout());
            ctx.fireChannelActive();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            open.decrementAndGet();
            cancelTimer();
            releaseBody();
            pending.forEach(ReferenceCountUtil::release);
            pending.clear();
            synchronized (writable) {
                writable.notifyAll();
            }
            ctx.fireChannelInactive();
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            synchronized (writable) {
                writable.notifyAll();
            }
            ctx.fireChannelWritabilityChanged();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            log.debug("Connection error; closing it", cause);
            ctx.close();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (state == State.BUSY) {
                pending.add(msg); // released when replayed or when the connection closes
                return;
            }
            try {
                read(msg);
            } finally {
                ReferenceCountUtil.release(msg);
            }
        }

        private void read(Object msg) {
            if (state == State.CLOSING) {
                return; // after an error: drop whatever else the client sends
            }
            if (msg instanceof HttpRequest req) {
                if (!head(req)) {
                    return;
                }
            }
            if (msg instanceof HttpContent c && head != null) {
                if (c.decoderResult().isFailure()) {
                    fail(badHead(c.decoderResult().cause()));
                    return;
                }
                if (body.readableBytes() + (long) c.content().readableBytes() > maxBodyBytes) {
                    fail(tooLarge());
                    return;
                }
                if (c.content().isReadable()) {
                    body.addComponent(true, c.content().retain());
                }
                if (c instanceof LastHttpContent) {
                    dispatch();
                }
            }
        }

        /** Checks a request head; false (with the error sent) when it is refused. */
        private boolean head(HttpRequest req) {
            target = req.uri();
            if (req.decoderResult().isFailure()) {
                fail(badHead(req.decoderResult().cause()));
                return false;
            }
            if (req.headers().size() > limits.maxHeaders()) {
                fail(new ApiError(431, "invalid_request_error", "headers_too_large", null, "the request has "
                        + req.headers().size() + " header fields, more than the limit of " + limits.maxHeaders()));
                return false;
            }
            for (String v : req.headers().getAll(HttpHeaderNames.CONTENT_LENGTH)) {
                long n;
                try {
                    n = Long.parseLong(v.trim());
                } catch (NumberFormatException e) {
                    n = -1;
                }
                if (n < 0) {
                    fail(ApiError.invalid("bad_content_length", null,
                            "Content-Length must be a whole number of bytes, was '" + v + "'"));
                    return false;
                }
                if (n > maxBodyBytes) {
                    fail(tooLarge());
                    return false;
                }
            }
            if (HttpUtil.is100ContinueExpected(req)) {
                ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
            }
            head = req;
            body = ctx.alloc().compositeBuffer(1024);
            state = State.BODY;
            arm(limits.bodyTimeout());
            return true;
        }

        private ApiError tooLarge() {
            return new ApiError(413, "invalid_request_error", "request_too_large", null,
                    "the request body is larger than the limit of " + maxBodyBytes + " bytes");
        }

        /** The request is complete: hand it to the handler, and read nothing more until it is answered. */
        private void dispatch() {
            state = State.BUSY;
            cancelTimer();
            ctx.channel().config().setAutoRead(false);
            HttpRequest req = head;
            byte[] bytes = ByteBufUtil.getBytes(body);
            releaseBody();
            head = null;
            String path;
            try {
                String target = req.uri();
                // absolute-form targets (http://host/v1/models), which proxies send, name the same path
                path = target.startsWith("/") ? new QueryStringDecoder(target).path()
                        : new QueryStringDecoder(java.net.URI.create(target)).path();
            } catch (IllegalArgumentException e) {
                state = State.BODY; // not yet answering: fail() may answer
                fail(ApiError.invalid("bad_request", null, "malformed request target"));
                return;
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Map.Entry<String, String> h : req.headers()) {
                headers.computeIfAbsent(h.getKey(), k -> new ArrayList<>(1)).add(h.getValue());
            }
            GatewayRequest request = new GatewayRequest(req.method().name(), path, headers, bytes);
            NettyReply reply = new NettyReply(this, req.protocolVersion(), HttpUtil.isKeepAlive(req));
            if (inlinePaths.contains(path)) {
                run(request, reply);
                return;
            }
            try {
                workers.execute(() -> run(request, reply));
            } catch (RejectedExecutionException e) {
                reply.send(503, "application/json", errorBody(new ApiError(503, "server_error", "shutting_down", null,
                        "the gateway is shutting down"), path));
            }
        }

        private void run(GatewayRequest request, NettyReply reply) {
            try {
                handler.handle(request, reply);
            } catch (RuntimeException | Error e) {
                log.warn("Unexpected error answering {} {}", request.method(), request.path(), e);
            } finally {
                if (!reply.started) {
                    reply.send(500, "application/json", errorBody(new ApiError(500, "server_error", "internal_error",
                            null, "internal error"), request.path()));
                } else if (!reply.ended) {
                    ctx.close(); // a stream the handler left open cannot be finished properly
                }
            }
        }

        /** The answer has been written: wait for the next request, replaying any that came meanwhile. */
        private void answered(boolean success, boolean keepAlive) {
            if (!success || !keepAlive || state != State.BUSY) {
                ctx.close();
                return;
            }
            state = State.IDLE;
            arm(limits.idleTimeout());
            while (!pending.isEmpty() && state != State.BUSY && ctx.channel().isActive()) {
                channelRead(ctx, pending.poll());
            }
            if (state != State.BUSY) {
                ctx.channel().config().setAutoRead(true);
            }
        }

        /**
         * Answers with an error and closes: the response goes out with {@code Connection: close}, then the
         * output is shut and input is read and dropped for {@link #LINGER}, so that a client still sending (a huge
         * header, a body) reads the answer rather than a reset.
         */
        private void fail(ApiError e) {
            if (state == State.CLOSING) {
                return;
            }
            state = State.CLOSING;
            cancelTimer();
            releaseBody();
            head = null;
            FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(e.status), Unpooled.wrappedBuffer(errorBody(e, target)));
            r.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, r.content().readableBytes())
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.channel().config().setAutoRead(true);
            ctx.writeAndFlush(r).addListener(f -> {
                if (f.isSuccess() && ctx.channel() instanceof SocketChannel s) {
                    s.shutdownOutput();
                }
            });
            ctx.executor().schedule(() -> ctx.close(), LINGER.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void arm(Duration timeout) {
            cancelTimer();
            State armedFor = state;
            timer = ctx.executor().schedule(() -> expire(armedFor), timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void expire(State armedFor) {
            if (state != armedFor) {
                return;
            }
            if (state == State.IDLE) {
                ctx.close();
            } else if (state == State.HEAD || state == State.BODY) {
                Duration d = state == State.HEAD ? limits.headerTimeout() : limits.bodyTimeout();
                fail(new ApiError(408, "invalid_request_error", "request_timeout", null, "the request "
                        + (state == State.HEAD ? "headers" : "body") + " did not arrive within " + d.toSeconds() + " s"));
            }
        }

        private void cancelTimer() {
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
        }

        private void releaseBody() {
            if (body != null) {
                body.release();
                body = null;
            }
        }

        /** Waits until the client has read enough for more to be queued; false when it did not in time. */
        boolean awaitWritable(long deadlineNanos) throws InterruptedException {
            Channel ch = ctx.channel();
            synchronized (writable) {
                while (!ch.isWritable() && ch.isActive()) {
                    long left = deadlineNanos - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(writable, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
                }
            }
            return ch.isActive();
        }
    }

    /** The reply of one request; called from a worker thread (or the event loop for inline paths). */
    private static final class NettyReply implements Reply {
        private final Connection connection;
        private final HttpVersion version;
        private final boolean keepAlive;
        private final HttpHeaders headers = new DefaultHttpHeaders();
        private volatile int status;
        volatile boolean started;
        volatile boolean ended;

        NettyReply(Connection connection, HttpVersion version, boolean keepAlive) {
            this.connection = connection;
            this.version = version;
            this.keepAlive = keepAlive;
        }

        @Override
        public void header(String name, String value) {
            headers.set(name, value);
        }

        @Override
        public int status() {
            return status;
        }

        @Override
        public void abort() {
            connection.ctx.close();
        }

        private void begin(HttpResponse r, int status) {
            if (started) {
                throw new IllegalStateException("the response was already sent");
            }
            started = true;
            this.status = status;
            r.headers().add(headers);
            if (!keepAlive) {
                r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            } else if (version == HttpVersion.HTTP_1_0) {
                r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            }
        }

        @Override
        public void send(int status, String contentType, byte[] body) {
            FullHttpResponse r = new DefaultFullHttpResponse(version, HttpResponseStatus.valueOf(status),
                    Unpooled.wrappedBuffer(body));
            begin(r, status);
            r.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType).setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            ended = true;
            ChannelHandlerContext ctx = connection.ctx;
            ctx.writeAndFlush(r).addListener(f -> connection.answered(f.isSuccess(), keepAlive));
        }

        @Override
        public EventStream stream(long deadlineNanos) {
            HttpResponse r = new DefaultHttpResponse(version, HttpResponseStatus.OK);
            begin(r, 200);
            boolean chunked = version != HttpVersion.HTTP_1_0;
            r.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                    .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
            if (chunked) {
                HttpUtil.setTransferEncodingChunked(r, true);
            } else {
                r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE); // the end is the close
            }
            ChannelHandlerContext ctx = connection.ctx;
            ctx.writeAndFlush(r);
            boolean keep = keepAlive && chunked;
            return new EventStream() {
                @Override
                public void write(byte[] event) throws IOException {
                    boolean ready;
                    try {
                        ready = connection.awaitWritable(deadlineNanos);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        ready = false;
                    }
                    if (!ready) {
                        ctx.close();
                        throw new IOException("the client did not read the stream in time, or went away");
                    }
                    ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(event)));
                }

                @Override
                public void end() {
                    if (ended) {
                        return;
                    }
                    ended = true;
                    ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT)
                            .addListener(f -> connection.answered(f.isSuccess(), keep));
                }
            };
        }
    }
}
