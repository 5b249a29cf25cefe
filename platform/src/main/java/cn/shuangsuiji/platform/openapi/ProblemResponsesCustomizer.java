package cn.shuangsuiji.platform.openapi;

import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.web.ProblemCodes;
import cn.shuangsuiji.platform.web.ProblemDetailsAdvice;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

/**
 * 接口文档的错误响应与安全要求 — the one place that completes every service's OpenAPI document from how the
 * platform actually answers, so controllers carry only summaries and descriptions:
 * <ul>
 *   <li>the shared {@code ProblemDetail} schema (RFC 9457 with {@code code}, {@code traceId}, {@code errors}) and
 *       the {@code bearer-jwt} security scheme;</li>
 *   <li>per operation, the refusals the platform produces for it, as {@code application/problem+json} with an
 *       example: 400 for a body or parameters (malformed JSON, a field of the wrong type or format), 422 for a body
 *       (rules of the content), 404 for a path id, 401/403 unless the path is public, 409 for a protected write
 *       (a duplicate or a refused transition), 412/428 where an {@code If-Match} header is taken;</li>
 *   <li>the security requirement: bearer JWT, none ({@code security: []}) on the public paths;</li>
 *   <li>any other documented 4xx/5xx (from {@code @ApiResponse}) gets the problem schema too.</li>
 * </ul>
 * The statuses come from {@link ProblemKind} through {@link ProblemDetailsAdvice#statusOf(ProblemKind)}, the same
 * mapping that renders the errors.
 */
public final class ProblemResponsesCustomizer implements GlobalOpenApiCustomizer {

    /** Name of the shared problem schema. */
    public static final String PROBLEM_SCHEMA = "ProblemDetail";
    /** Name of the shared field-error schema. */
    public static final String FIELD_SCHEMA = "FieldProblem";
    /** Name of the security scheme. */
    public static final String SECURITY_SCHEME = "bearer-jwt";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    private final List<String> publicPaths;
    private final AntPathMatcher matcher = new AntPathMatcher();

    /** @param publicPaths path patterns anonymous callers may use (the security configuration's list) */
    public ProblemResponsesCustomizer(List<String> publicPaths) {
        this.publicPaths = List.copyOf(publicPaths);
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSchemas(FIELD_SCHEMA, fieldSchema());
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        components.addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("身份服务签发的访问令牌（OAuth2 / OIDC，受众 ssj-platform）：请求头 "
                        + "Authorization: Bearer <token>。公开接口（/api/public/** 等）无需令牌。"));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> complete(path, method, operation)));
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = isPublic(path);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean pathId = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        boolean ifMatch = parameters.stream()
                .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, ApiResponse> added = new TreeMap<>();
        if (body || !parameters.isEmpty()) {
            added.put("400", problem(ProblemKind.BAD_REQUEST, body
                    ? "请求体不是有效的 JSON，或某个字段的类型、格式不对（如日期 2024-02-30、数字 abc）：errors 列出字段"
                    : "参数缺失或格式不对：errors 列出参数"));
        }
        if (body) {
            added.put("422", problem(ProblemKind.INVALID, "内容不符合业务规则：errors 列出字段及原因"));
        }
        if (pathId) {
            added.put("404", problem(ProblemKind.NOT_FOUND, "路径中的标识不存在"));
        }
        if (!open) {
            added.put("401", problem(ProblemKind.UNAUTHENTICATED, "缺少访问令牌，或令牌无效、已过期"));
            added.put("403", problem(ProblemKind.FORBIDDEN, "当前账号的角色或部门不允许此操作"));
            if (WRITES.contains(method)) {
                added.put("409", problem(ProblemKind.CONFLICT, "与当前状态冲突：记录重复、已被他人修改或状态不允许此操作"));
            }
        }
        if (ifMatch) {
            added.put("412", problem(ProblemKind.PRECONDITION_FAILED, "If-Match 中的版本已过期：请重新读取后再提交"));
            added.put("428", problem(ProblemKind.PRECONDITION_REQUIRED, "缺少 If-Match 请求头"));
        }
        added.forEach(responses::putIfAbsent);
        responses.forEach((code, response) -> {
            if (isError(code) && !hasProblemContent(response)) {
                response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
            }
        });
        operation.setResponses(sorted(responses));
        operation.setSecurity(open ? new ArrayList<>()
                : new ArrayList<>(List.of(new SecurityRequirement().addList(SECURITY_SCHEME))));
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            operation.setDescription(open ? "公开接口，无需访问令牌。"
                    : "需要访问令牌（Authorization: Bearer）；角色或部门不符时答 403。");
        }
    }

    boolean isPublic(String path) {
        return publicPaths.stream().anyMatch(pattern -> matcher.match(pattern, path));
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses result = new ApiResponses();
        new TreeMap<>(responses).forEach(result::addApiResponse);
        result.setExtensions(responses.getExtensions());
        return result;
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    private static boolean hasProblemContent(ApiResponse response) {
        return response.getContent() != null && response.getContent().containsKey(PROBLEM_JSON);
    }

    private static ApiResponse problem(ProblemKind kind, String description) {
        int status = ProblemDetailsAdvice.statusOf(kind).value();
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
                        .example(example(kind, status))));
    }

    private static Map<String, Object> example(ProblemKind kind, int status) {
        String code = switch (kind) {
            case BAD_REQUEST -> ProblemCodes.FIELD_INVALID;
            case INVALID -> "PLAN_RATIO_BELOW_POLICY";
            case NOT_FOUND -> ProblemCodes.NOT_FOUND;
            case CONFLICT -> ProblemCodes.CONCURRENT_MODIFICATION;
            case PRECONDITION_FAILED -> "VERSION_MISMATCH";
            case PRECONDITION_REQUIRED -> "IF_MATCH_REQUIRED";
            case UNAUTHENTICATED -> "UNAUTHENTICATED";
            case FORBIDDEN -> "FORBIDDEN";
        };
        String title = switch (kind) {
            case BAD_REQUEST -> "请求字段格式错误";
            case INVALID -> "数据校验未通过";
            case NOT_FOUND -> "资源不存在";
            case CONFLICT -> "数据已被他人修改";
            case PRECONDITION_FAILED -> "版本已过期";
            case PRECONDITION_REQUIRED -> "缺少版本条件";
            case UNAUTHENTICATED -> "未登录或登录已失效";
            case FORBIDDEN -> "无权执行此操作";
        };
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://shuangsuiji.cn/problems/" + code.toLowerCase().replace('_', '-'));
        example.put("title", title);
        example.put("status", status);
        example.put("detail", switch (kind) {
            case BAD_REQUEST -> "字段 startDate 的值不是有效的日期";
            case INVALID -> "有 1 个字段未通过校验";
            default -> title;
        });
        example.put("instance", "/api/…");
        example.put("code", code);
        example.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        if (kind == ProblemKind.BAD_REQUEST) {
            example.put("errors", List.of(Map.of("field", "startDate", "code", "INVALID_DATE",
                    "message", "不是有效的日期（格式 yyyy-MM-dd）")));
        } else if (kind == ProblemKind.INVALID) {
            example.put("errors", List.of(Map.of("field", "ratio", "code", "BELOW_POLICY",
                    "message", "抽查比例低于本部门政策的下限")));
        }
        return example;
    }

    private static Schema<?> fieldSchema() {
        return new ObjectSchema().description("字段错误 — one rejected field of a request")
                .addProperty("field", new StringSchema().description("字段路径，如 tasks[0].name").example("name"))
                .addProperty("code", new StringSchema().description("稳定的错误码").example("SIZE"))
                .addProperty("message", new StringSchema().description("中文说明").example("长度需在 1 到 200 之间"))
                .required(List.of("field", "code", "message"));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("问题详情 — RFC 9457 problem details, the body of every error response")
                .addProperty("type", new StringSchema().format("uri").description("问题类型的 URI"))
                .addProperty("title", new StringSchema().description("中文标题"))
                .addProperty("status", new IntegerSchema().description("HTTP 状态码"))
                .addProperty("detail", new StringSchema().description("中文说明（不回显输入）"))
                .addProperty("instance", new StringSchema().format("uri").description("出错的请求路径"))
                .addProperty("code", new StringSchema().description("稳定的错误码，如 PLAN_NOT_FOUND"))
                .addProperty("traceId", new StringSchema().description("追踪号（与响应头 X-Request-Id 相同）"))
                .addProperty("errors", new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_SCHEMA))
                        .description("字段错误：由某个字段引起的 4xx 都带此列表"))
                .required(List.of("type", "title", "status", "code"));
    }
}
