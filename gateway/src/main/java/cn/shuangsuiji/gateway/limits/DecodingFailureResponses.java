package cn.shuangsuiji.gateway.limits;

import cn.shuangsuiji.gateway.Problems;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * 414 and 431 as problem+json. Reactor Netty refuses a request line longer than
 * {@code server.netty.max-initial-line-length} and headers larger than {@code server.max-http-request-header-size}
 * while decoding, before Spring sees the request, and answers with an empty body. This customizer puts a handler
 * right behind the HTTP codec that answers such a request itself — {@code URI_TOO_LONG} or
 * {@code HEADERS_TOO_LARGE}, Chinese title, trace id — and closes the connection (the decoder discards everything
 * after a failure).
 */
@Component
class DecodingFailureResponses implements NettyServerCustomizer {

    static final String HANDLER = "ssj.decodingFailureResponses";

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER, new Handler());
            }
        });
    }

    /** The problem+json response for a request the decoder refused; {@code null} for other failures. */
    static FullHttpResponse responseFor(HttpRequest request) {
        Throwable cause = request.decoderResult().cause();
        HttpStatus status;
        String code;
        String title;
        String detail;
        if (cause instanceof TooLongHttpLineException) {
            status = HttpStatus.URI_TOO_LONG;
            code = "URI_TOO_LONG";
            title = "请求地址过长";
            detail = "请求行（方法、地址和查询参数）超过网关允许的长度，请缩短地址或改用请求体传递参数";
        } else if (cause instanceof TooLongHttpHeaderException) {
            status = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            code = "HEADERS_TOO_LARGE";
            title = "请求头过大";
            detail = "请求头总大小超过网关允许的上限";
        } else {
            return null;
        }
        // after a too long request line Netty knows no URI (it puts a placeholder there): the instance is then "/"
        String uri = cause instanceof TooLongHttpLineException ? null : request.uri();
        String path = uri == null || !uri.startsWith("/") ? "/" : uri.split("[?#]", 2)[0];
        if (path.length() > 256 || !path.matches("[A-Za-z0-9/._~%!$&'()*+,;=:@-]*")) {
            path = "/";
        }
        String traceId = request.headers().get("X-Request-Id");
        if (traceId == null || !traceId.matches("[A-Za-z0-9._-]{1,64}")) {
            traceId = Problems.newTraceId();
        }
        byte[] body = Problems.bytes(Problems.of(status, code, title, detail, path, traceId));
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(status.value()), Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set("X-Request-Id", traceId);
        return response;
    }

    private static final class Handler extends ChannelInboundHandlerAdapter {

        private boolean refused;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (refused && msg instanceof HttpObject) {
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof HttpRequest request && request.decoderResult().isFailure()) {
                FullHttpResponse response = responseFor(request);
                if (response != null) {
                    refused = true;
                    ReferenceCountUtil.release(msg);
                    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
                    return;
                }
            }
            ctx.fireChannelRead(msg);
        }
    }
}
