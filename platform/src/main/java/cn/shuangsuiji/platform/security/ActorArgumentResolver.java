package cn.shuangsuiji.platform.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives every controller method that declares an {@link Actor} parameter the caller of the verified token (or
 * {@link Actor#ANONYMOUS}). The only way controllers learn who is calling.
 */
public final class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    private final TokenActors actors;

    public ActorArgumentResolver(TokenActors actors) {
        this.actors = actors;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                 NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return actors.actorOf(SecurityContextHolder.getContext().getAuthentication());
    }
}
