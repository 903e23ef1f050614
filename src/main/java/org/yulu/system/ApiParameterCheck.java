package org.yulu.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Refuses API requests that carry a parameter the endpoint does not take, so a misspelt filter
 * ({@code ?speeker=}) gets a 400 naming the parameters that exist instead of silently unfiltered results.
 */
class ApiParameterCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        List<String> accepted = Arrays.stream(method.getMethodParameters())
                .map(ApiParameterCheck::requestParamName)
                .filter(Objects::nonNull)
                .toList();
        for (String name : request.getParameterMap().keySet()) {
            if (!accepted.contains(name)) {
                throw new BadRequestException("unknown parameter '" + name + "'; "
                        + (accepted.isEmpty() ? "this endpoint takes none" : "this endpoint takes "
                        + String.join(", ", accepted)));
            }
        }
        return true;
    }

    private static String requestParamName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param == null) {
            return null;
        }
        String name = param.name().isEmpty() ? param.value() : param.name();
        return name.isEmpty() ? parameter.getParameterName() : name;
    }
}
