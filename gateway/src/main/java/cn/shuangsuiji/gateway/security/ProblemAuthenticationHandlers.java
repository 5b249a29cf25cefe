package cn.shuangsuiji.gateway.security;

import cn.shuangsuiji.gateway.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 of the gateway as RFC 9457 problem details, with the same codes and titles as the services'
 * ({@code UNAUTHENTICATED} 未登录或登录已失效, {@code FORBIDDEN} 无权执行此操作). {@code WWW-Authenticate} follows
 * RFC 6750.
 */
final class ProblemAuthenticationHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        boolean tokenSent = exchange.getRequest().getHeaders().getFirst("Authorization") != null;
        exchange.getResponse().getHeaders().set("WWW-Authenticate", tokenSent
                ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\""
                : "Bearer");
        return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "未登录或登录已失效",
                tokenSent ? "访问令牌无效或已过期，请重新登录" : "请携带有效的访问令牌（Authorization: Bearer …）");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return Problems.write(exchange, HttpStatus.FORBIDDEN, "FORBIDDEN", "无权执行此操作",
                "当前账号的角色不允许此操作");
    }
}
