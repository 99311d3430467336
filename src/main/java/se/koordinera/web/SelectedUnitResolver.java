package se.koordinera.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.koordinera.access.CurrentUser;

/** Resolves {@link SelectedUnit} parameters from the session's unit selection. */
@Configuration(proxyBeanMethods = false)
public class SelectedUnitResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final UnitSelection unitSelection;
    private final CurrentUser currentUser;

    public SelectedUnitResolver(UnitSelection unitSelection, CurrentUser currentUser) {
        this.unitSelection = unitSelection;
        this.currentUser = currentUser;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(SelectedUnit.class) && parameter.getParameterType() == String.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        return unitSelection.selected(http.getSession(), currentUser.get()).orElseThrow(NoUnitSelectedException::new);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }
}
