package cn.shuangsuiji.gateway.limits;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request body (sent without a length) grew past the path's limit while it streamed. */
public final class PayloadTooLargeException extends ResponseStatusException {

    public PayloadTooLargeException(long limit) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "请求体超过此地址允许的 " + limit + " 字节");
    }
}
