package se.koordinera.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.koordinera.shared.RequestBinder;
import tools.jackson.databind.json.JsonMapper;

/** Puts the {@link BoundRequestConverter} before the plain JSON converter. */
@Configuration(proxyBeanMethods = false)
class BoundRequestConfiguration implements WebMvcConfigurer {

    private final JsonMapper json;
    private final RequestBinder binder;

    BoundRequestConfiguration(JsonMapper json, RequestBinder binder) {
        this.json = json;
        this.binder = binder;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(0, new BoundRequestConverter(json, binder));
    }
}
