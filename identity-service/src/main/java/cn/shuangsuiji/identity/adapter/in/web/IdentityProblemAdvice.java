package cn.shuangsuiji.identity.adapter.in.web;

import cn.shuangsuiji.identity.domain.IdentityRefusal;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.web.ProblemDetailsAdvice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders the domain's refusals as problem+json, the same way as the platform's other problems. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProblemAdvice {

    @ExceptionHandler(IdentityRefusal.class)
    ResponseEntity<ProblemDetail> refused(IdentityRefusal refusal, HttpServletRequest request) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        return ProblemDetailsAdvice.problem(status, refusal.code(), refusal.title(), refusal.detail(),
                refusal.fieldErrors().stream().map(f -> new FieldProblem(f.field(), f.code(), f.message())).toList(),
                request);
    }
}
