package se.koordinera.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Turns off Spring's {@link ResourceUrlEncodingFilter}, which Boot registers because the webjars
 * locator enables the resource chain. The filter runs every link a template builds ({@code @{...}})
 * through the static-resource resolvers of the {@code /**} mapping: for the overview's 100 patient
 * links per page that was a class-path lookup each, about half the page's CPU time under load
 * (JFR, docs/benchmarks.md section 6). Nothing needs the rewrite: htmx is linked without its version
 * and the {@code /webjars/**} handler still resolves that path when it is requested.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrlConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
