package cn.shuangsuiji.platform.openapi;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * 模式命名 — names the schema of a nested class after its enclosing type ({@code PlanController.Create},
 * {@code PolicyController.Create}), so two request records that share a short name no longer collapse into one
 * schema (swagger-core names by simple name and silently keeps only one of them). An explicit
 * {@code @Schema(name = …)} still wins; a trailing {@code Controller} of the enclosing type is kept so the name
 * says where the type lives.
 */
final class NestedTypeNames extends TypeNameResolver {

    @Override
    protected String getNameOfClass(Class<?> cls) {
        Class<?> enclosing = cls.getEnclosingClass();
        if (enclosing == null || cls.isAnonymousClass() || cls.isLocalClass()) {
            return super.getNameOfClass(cls);
        }
        return getNameOfClass(enclosing) + "." + cls.getSimpleName();
    }
}
