package org.twintowns.commons.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import io.vertx.core.http.impl.Http1xOrH2CHandler;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.commons.requestid.RequestIds;
import org.twintowns.commons.security.SecurityHeaders;

/**
 * Guards one HTTP/1.x connection below Vert.x, where the application never looks: it sits first in
 * the connection's Netty pipeline (raw bytes) and installs a {@link Messages} watch right behind the
 * HTTP codec (decoded request heads and bodies, response heads and ends). Together they
 * <ul>
 *   <li>close a connection whose request head is not complete within the header timeout of its first
 *   byte, with a 408 problem: a client that trickles header lines holds nothing for long;</li>
 *   <li>answer a request the codec could not parse (414 request line too long, 431 header fields too
 *   large, 400 otherwise, also a broken chunked body) and one of an HTTP version other than 1.0 and
 *   1.1 (505) with a problem instead of Vert.x's empty answer (or a "200" in the client's version),
 *   then close;</li>
 *   <li>give every error answer without a body (a status of 400 or more, no Content-Type, nothing
 *   in it) a problem body: Quarkus writes some refusals itself, such as its 413 for a chunked body
 *   over the limit;</li>
 *   <li>and, when the application closes the connection while the client is still sending the body
 *   (a 413 for a body that is too large), shut down only the sending side and read on for at most
 *   the lingering time, discarding, before closing. Closing at once with unread data makes the
 *   kernel reset the connection, and the reset can overtake the answer: the gateway then saw a
 *   broken connection where the service had answered 413.</li>
 * </ul>
 * Connections over TLS and HTTP/2 (prior knowledge or upgrade) are left alone: the platform serves
 * plain HTTP/1.1 to the gateway and from it, and HTTP/2 has its own framing and limits.
 */
final class ConnectionGuard extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = Logger.getLogger(ConnectionGuard.class);

    static final String NAME = "twintowns-connection-guard";
    static final String MESSAGES = "twintowns-http-messages";

    private final ConnectionGuards.Settings settings;
    private Messages messages;
    private ScheduledFuture<?> headTimer;

    ConnectionGuard(ConnectionGuards.Settings settings) {
        this.settings = settings;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf bytes)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (messages == null) {
            if (ctx.pipeline().get(SslHandler.class) != null) {
                ctx.pipeline().remove(this);
                ctx.fireChannelRead(bytes);
                return;
            }
            // Vert.x puts the HTTP/1.x codec in the pipeline once the first bytes show that this is not
            // HTTP/2 with prior knowledge. Until then the bytes go on one at a time, so that the watch
            // is behind the codec before the codec can have decoded a whole request head.
            while (bytes.isReadable() && ctx.pipeline().get(Http1xOrH2CHandler.class) != null) {
                ctx.fireChannelRead(bytes.readRetainedSlice(1));
            }
            if (ctx.pipeline().get(Http1xOrH2CHandler.class) != null) {
                bytes.release();
                return;
            }
            if (ctx.pipeline().get("httpEncoder") == null) {
                // HTTP/2 with prior knowledge.
                ctx.pipeline().remove(this);
                passOn(ctx, bytes);
                return;
            }
            messages = new Messages();
            ctx.pipeline().addAfter("httpEncoder", MESSAGES, messages);
        }
        long endedBefore = messages.requestsEnded;
        passOn(ctx, bytes);
        // Bytes that neither completed a request head nor ended a request, while no request is open:
        // the start (or more) of a request head, which now has the header timeout to arrive whole.
        if (headTimer == null && messages.idle() && messages.requestsEnded == endedBefore && ctx.channel().isActive()) {
            headTimer = ctx.executor().schedule(() -> {
                headTimer = null;
                if (messages.idle() && ctx.channel().isActive()) {
                    messages.refuse(HttpResponseStatus.REQUEST_TIMEOUT, "The request head did not arrive within "
                            + ConnectionGuards.describe(settings.headerTimeout()) + " of its first byte.");
                }
            }, settings.headerTimeout().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private static void passOn(ChannelHandlerContext ctx, ByteBuf bytes) {
        if (bytes.isReadable()) {
            ctx.fireChannelRead(bytes);
        } else {
            bytes.release();
        }
    }

    private void cancelHeadTimer() {
        if (headTimer != null) {
            headTimer.cancel(false);
            headTimer = null;
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancelHeadTimer();
        ctx.fireChannelInactive();
    }

    /** Removed when a connection upgrades to HTTP/2 (Vert.x clears the HTTP/1.x handlers then). */
    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        cancelHeadTimer();
    }

    /** The status for a request head the codec could not parse, as Vert.x's default handler chooses it. */
    static HttpResponseStatus statusOf(DecoderResult result) {
        if (result.cause() instanceof TooLongHttpLineException) {
            return HttpResponseStatus.REQUEST_URI_TOO_LONG;
        }
        if (result.cause() instanceof TooLongHttpHeaderException) {
            return HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        }
        return HttpResponseStatus.BAD_REQUEST;
    }

    /**
     * Sees decoded requests on their way to Vert.x and responses on their way to the codec: which
     * request is open, which answers are owed, and whether the guard has taken the connection over.
     */
    final class Messages extends ChannelDuplexHandler {

        /** Requests whose answer is not complete yet, oldest first. */
        private final ArrayDeque<Owed> owed = new ArrayDeque<>();
        /** A request head arrived and its body has not ended. */
        private boolean inRequest;
        /** The head of the answer to the oldest owed request has been written. */
        private boolean answering;
        private long requestsEnded;
        /** Nothing more the client sends reaches Vert.x: the guard answers, or the connection lingers. */
        private boolean inputClosed;
        /** The guard wrote its own answer: nothing Vert.x writes goes out any more. */
        private boolean outputClosed;
        /** The guard's answer, written once the answers owed to earlier requests are out. */
        private FullHttpResponse deferred;
        private boolean lingering;
        private ChannelHandlerContext ctx;

        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            this.ctx = ctx;
        }

        /** No request open and no answer owed: what arrives now can only be a new request head. */
        boolean idle() {
            return !inRequest && owed.isEmpty() && !inputClosed;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (inputClosed) {
                if (lingering && msg instanceof LastHttpContent) {
                    // The client has sent its whole body and now reads the answer: the close is clean.
                    ctx.close();
                }
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof HttpRequest request) {
                cancelHeadTimer();
                if (request.decoderResult().isFailure()) {
                    ReferenceCountUtil.release(msg);
                    refuse(statusOf(request.decoderResult()), detailFor(request.decoderResult()));
                    return;
                }
                if (!HttpVersion.HTTP_1_1.equals(request.protocolVersion())
                        && !HttpVersion.HTTP_1_0.equals(request.protocolVersion())) {
                    ReferenceCountUtil.release(msg);
                    refuse(HttpResponseStatus.HTTP_VERSION_NOT_SUPPORTED, "This server speaks HTTP/1.0, HTTP/1.1 "
                            + "and HTTP/2, not " + request.protocolVersion().text() + ".");
                    return;
                }
                inRequest = true;
                owed.add(new Owed(HttpMethod.HEAD.equals(request.method()), pathOf(request.uri())));
            }
            if (msg instanceof HttpContent content) {
                if (content.decoderResult().isFailure()) {
                    ReferenceCountUtil.release(msg);
                    refuse(statusOf(content.decoderResult()), "The request body is malformed: "
                            + "its chunked encoding or its trailer fields could not be read.");
                    return;
                }
                if (content instanceof LastHttpContent) {
                    inRequest = false;
                    requestsEnded++;
                }
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (outputClosed) {
                // Vert.x still answering a request the guard has answered (or cut off) already.
                ReferenceCountUtil.release(msg);
                promise.tryFailure(new ClosedChannelException());
                return;
            }
            boolean informational = msg instanceof HttpResponse response
                    && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
            if (informational) {
                ctx.write(msg, promise);
                return;
            }
            if (msg instanceof HttpResponse) {
                answering = true;
                if (msg instanceof FullHttpResponse full && needsProblemBody(full)) {
                    msg = withProblemBody(full);
                }
            }
            ctx.write(msg, promise);
            if (msg instanceof LastHttpContent) {
                answering = false;
                owed.poll();
                if (owed.isEmpty() && deferred != null) {
                    FullHttpResponse answer = deferred;
                    deferred = null;
                    sendAndClose(answer);
                }
            }
        }

        /** An error answer with nothing in it, to a request other than HEAD. */
        private boolean needsProblemBody(FullHttpResponse response) {
            return response.status().code() >= 400 && !response.content().isReadable()
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
                    && owed.peek() != null && !owed.peek().head();
        }

        private FullHttpResponse withProblemBody(FullHttpResponse response) {
            int status = response.status().code();
            Problem problem = ProblemType.forStatus(status).problem(status, status == 413
                            ? "The request body is larger than this service accepts."
                            : "The request could not be completed.")
                    .withRequest(owed.peek().path(), response.headers().get(RequestIds.HEADER));
            ByteBuf body = Unpooled.wrappedBuffer(ProblemResponses.bytes(problem));
            // Vert.x's own full responses cannot replace their content: a copy of the head with the body.
            FullHttpResponse replaced = new DefaultFullHttpResponse(response.protocolVersion(), response.status(), body,
                    new DefaultHttpHeaders().set(response.headers()), new DefaultHttpHeaders());
            response.release();
            replaced.headers().set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .set(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
            return replaced;
        }

        @Override
        public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
            if (!inRequest || inputClosed || !(ctx.channel() instanceof DuplexChannel channel)
                    || !channel.isActive()) {
                ctx.close(promise);
                return;
            }
            // The application closes while the client is still sending its body: stop sending (the
            // answer is out), read on and discard until the body ends or the lingering time is up.
            lingering = true;
            inputClosed = true;
            cancelHeadTimer();
            channel.config().setAutoRead(true);
            ctx.flush();
            channel.shutdownOutput();
            ScheduledFuture<?> deadline = ctx.executor().schedule(() -> ctx.close(),
                    settings.lingeringTime().toNanos(), TimeUnit.NANOSECONDS);
            channel.closeFuture().addListener(closed -> {
                deadline.cancel(false);
                promise.trySuccess();
            });
        }

        /**
         * Answers with a problem and closes: at once when no answer is owed, after the owed ones when
         * the refused request is a new one, instead of the application's answer when the body of the
         * open request broke before that answer began. Nothing the client sends is read any more.
         */
        void refuse(HttpResponseStatus status, String detail) {
            inputClosed = true;
            cancelHeadTimer();
            FullHttpResponse answer = problemResponse(status, detail);
            if (inRequest) {
                inRequest = false;
                if (owed.size() == 1 && !answering) {
                    sendAndClose(answer);
                } else {
                    // An answer is on its way or half written: nothing can follow it.
                    answer.release();
                    ctx.close();
                }
            } else if (owed.isEmpty()) {
                sendAndClose(answer);
            } else {
                deferred = answer;
            }
        }

        private void sendAndClose(FullHttpResponse answer) {
            outputClosed = true;
            LOG.debugf("Answered %s with %d and closed", ctx.channel().remoteAddress(), answer.status().code());
            ctx.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** A request whose answer is owed: whether it was a HEAD (no body), and its path. */
    private record Owed(boolean head, String path) {
    }

    /** The path of a request target (origin or absolute form), as a problem's instance. */
    static String pathOf(String uri) {
        int start = uri.startsWith("/") ? 0 : uri.indexOf('/', uri.indexOf("://") + 3);
        if (start < 0) {
            return "/";
        }
        int end = uri.indexOf('?', start);
        return end < 0 ? uri.substring(start) : uri.substring(start, end);
    }

    private String detailFor(DecoderResult result) {
        return switch (statusOf(result).code()) {
            case 414 -> "The request line is longer than the " + settings.maxInitialLineLength()
                    + " characters this server reads.";
            case 431 -> "The request's header fields are larger than the " + settings.maxHeaderSize()
                    + " bytes this server reads.";
            default -> "The request is not well-formed HTTP/1.1.";
        };
    }

    /** A complete answer of the guard's own: a problem, with the headers every answer of the platform has. */
    static FullHttpResponse problemResponse(HttpResponseStatus status, String detail) {
        String requestId = RequestIds.generate();
        Problem problem = ProblemType.forStatus(status.code()).problem(status.code(), detail).withRequest(null, requestId);
        byte[] body = ProblemResponses.bytes(problem);
        DefaultFullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(status.code(), ProblemType.reasonPhrase(status.code())),
                Unpooled.wrappedBuffer(body));
        HttpHeaders headers = response.headers();
        headers.set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, "close")
                .set(RequestIds.HEADER, requestId)
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY")
                .set("Referrer-Policy", "no-referrer")
                .set("Content-Security-Policy", SecurityHeaders.API_POLICY)
                .set(HttpHeaderNames.DATE, HttpDates.now());
        return response;
    }
}
