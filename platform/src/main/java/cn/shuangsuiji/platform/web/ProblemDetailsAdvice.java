package cn.shuangsuiji.platform.web;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.InvalidField;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.mongo.DatabaseOutages;
import cn.shuangsuiji.platform.mongo.TransactionConflicts;
import cn.shuangsuiji.platform.trace.TraceIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * 问题详情 — renders every error as RFC 9457 problem details with a stable {@code code}, a Chinese
 * {@code title}/{@code detail}, the request's trace id and, for validation, a list of field errors.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> domain(DomainProblem e, HttpServletRequest request) {
        return problem(statusOf(e.kind()), e.code(), e.title(), e.detail(), e.fieldProblems(), request);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> binding(BindException e, HttpServletRequest request) {
        List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), codeOf(f.getCode()), f.getDefaultMessage() == null
                        ? "取值无效" : f.getDefaultMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, "请求参数校验未通过",
                "有 " + fields.size() + " 个字段未通过校验", fields, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> fields = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldProblem(
                        r.getMethodParameter().getParameterName() == null ? "parameter"
                                : r.getMethodParameter().getParameterName(),
                        codeOf(err.getCodes() == null || err.getCodes().length == 0 ? null
                                : err.getCodes()[err.getCodes().length - 1]),
                        err.getDefaultMessage() == null ? "取值无效" : err.getDefaultMessage())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, "请求参数校验未通过",
                "有 " + fields.size() + " 个参数未通过校验", fields, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblem> fields = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(),
                        codeOf(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()),
                        v.getMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, "请求参数校验未通过",
                "有 " + fields.size() + " 个参数未通过校验", fields, request);
    }

    /**
     * 请求体无法读取 — a body that is not JSON (400 {@code REQUEST_BODY_MALFORMED}); a field of the wrong type or format
     * (400 {@code FIELD_INVALID}, naming the field: a date that does not exist, {@code "abc"} for a number, an unknown
     * enum value); a value refused by its constructor (a {@link DomainProblem} as is, an {@link InvalidField} or
     * another refusal as 400 {@code FIELD_INVALID} at the field's path). The rejected value is never echoed.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        JacksonException jackson = null;
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof DomainProblem problem) {
                return domain(problem, request);
            }
            if (jackson == null && t instanceof JacksonException j) {
                jackson = j;
            }
        }
        if (jackson == null || isSyntaxError(jackson)) {
            return problem(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_BODY, "请求体格式错误",
                    jackson == null && e.getMessage() != null && e.getMessage().startsWith("Required request body")
                            ? "缺少请求体" : "请求体不是有效的 JSON", List.of(), request);
        }
        String path = JsonFields.path(jackson);
        FieldProblem field = JsonFields.problem(path, jackson);
        String where = field.field().isEmpty() ? "请求体" : "字段 " + field.field();
        return problem(HttpStatus.BAD_REQUEST, ProblemCodes.FIELD_INVALID, "请求字段格式错误",
                where + " " + field.message(), List.of(field), request);
    }

    /** A value refused by its constructor at the web edge (not inside the JSON reader): 422 naming the field. */
    @ExceptionHandler(InvalidField.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidField e, HttpServletRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemCodes.VALUE_INVALID, "请求内容无效",
                "字段 " + e.field() + " " + e.getMessage(), List.of(e.toFieldProblem()), request);
    }

    private static boolean isSyntaxError(JacksonException e) {
        return e instanceof StreamReadException && !(e instanceof InputCoercionException);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParam(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, ProblemCodes.MISSING_PARAMETER, "缺少请求参数",
                "缺少参数：" + e.getParameterName(),
                List.of(new FieldProblem(e.getParameterName(), "REQUIRED", "必填")), request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, ProblemCodes.MISSING_PARAMETER, "缺少上传文件",
                "缺少部分：" + e.getRequestPartName(),
                List.of(new FieldProblem(e.getRequestPartName(), "REQUIRED", "必填")), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, ProblemCodes.MISSING_PARAMETER, "缺少请求头",
                "缺少请求头：" + e.getHeaderName(),
                List.of(new FieldProblem(e.getHeaderName(), "REQUIRED", "必填")), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof DomainProblem problem) {
            return domain(problem, request);
        }
        return problem(HttpStatus.BAD_REQUEST, ProblemCodes.PARAMETER_TYPE, "请求参数格式错误",
                "参数 " + e.getName() + " 的格式不对",
                List.of(new FieldProblem(e.getName(), "TYPE_MISMATCH", JsonFields.expectation(e.getRequiredType()))),
                request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND, "资源不存在",
                "没有这个地址", List.of(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, ProblemCodes.METHOD_NOT_ALLOWED, "不支持的请求方法",
                "该地址不支持 " + e.getMethod() + " 方法", List.of(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemCodes.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型",
                "不支持请求的内容类型，请求体请用 application/json", List.of(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_ACCEPTABLE, ProblemCodes.NOT_ACCEPTABLE, "无法提供所需的内容类型",
                "无法按 Accept 要求的格式返回", List.of(), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemCodes.PAYLOAD_TOO_LARGE, "上传内容过大",
                "上传内容超过允许的大小", List.of(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> optimistic(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, ProblemCodes.CONCURRENT_MODIFICATION, "数据已被他人修改",
                "记录在读取后已被修改，请刷新后重试", List.of(), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, ProblemCodes.DUPLICATE, "记录重复", "已存在相同标识的记录", List.of(), request);
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> databaseFailure(DataAccessResourceFailureException e, HttpServletRequest request) {
        return databaseUnavailable(e, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (isDatabaseOutage(e)) {
            return databaseUnavailable(e, request);
        }
        if (TransactionConflicts.isConflict(e)) {
            return transactionConflict(e, request);
        }
        log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL, "服务内部错误",
                "服务内部错误，请凭追踪号 " + TraceIds.current() + " 联系管理员", List.of(), request);
    }

    /**
     * 数据库不可用 — MongoDB could not be reached within the platform's short client timeouts: 503 with
     * {@code Retry-After}, so a client (or the gateway) retries the same request, with the same idempotency key.
     */
    private static ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request) {
        log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.SERVICE_UNAVAILABLE,
                ProblemCodes.DATABASE_UNAVAILABLE, "数据库暂不可用",
                "数据库暂时无法访问，本次请求未生效，请稍后重试（追踪号 " + TraceIds.current() + "）", List.of(), request);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "5").body(response.getBody());
    }

    /**
     * 写冲突 — the record is held by another transaction (after a crash: until MongoDB aborts the orphaned one): 503
     * with {@code Retry-After}; nothing was applied, the same request may be retried.
     */
    private static ResponseEntity<ProblemDetail> transactionConflict(Exception e, HttpServletRequest request) {
        log.warn("Write conflict on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.SERVICE_UNAVAILABLE,
                ProblemCodes.TRANSACTION_CONFLICT, "记录正被其他写入占用",
                "该记录正被另一事务写入，本次请求未生效，请稍后重试（追踪号 " + TraceIds.current() + "）", List.of(), request);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "2").body(response.getBody());
    }

    static boolean isDatabaseOutage(Throwable e) {
        return DatabaseOutages.isOutage(e);
    }

    /** Builds the problem+json response; public so other advice in a service renders alike. */
    public static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String code, String title, String detail,
                                                        List<FieldProblem> fields, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("https://shuangsuiji.cn/problems/" + code.toLowerCase().replace('_', '-')));
        body.setTitle(title);
        body.setInstance(URI.create(request.getRequestURI()));
        body.setProperty("code", code);
        body.setProperty("traceId", TraceIds.current());
        if (!fields.isEmpty()) {
            body.setProperty("errors", fields);
        }
        return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(body);
    }

    /** The HTTP status of a kind of refusal (also what the OpenAPI documents declare). */
    public static HttpStatus statusOf(ProblemKind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
            case PRECONDITION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }

    private static String codeOf(String constraint) {
        if (constraint == null) {
            return "INVALID";
        }
        return constraint.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }
}
