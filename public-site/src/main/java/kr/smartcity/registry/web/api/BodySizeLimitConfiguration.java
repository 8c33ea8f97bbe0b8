package kr.smartcity.registry.web.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** The API's body size limit ({@code registry.api.max-body-size}), checked first, before signing in. */
@Configuration
class BodySizeLimitConfiguration {

    @Bean
    FilterRegistrationBean<BodySizeLimit> apiBodySizeLimit(@Value("${registry.api.max-body-size}") DataSize limit) {
        var filter = new FilterRegistrationBean<>(new BodySizeLimit(limit.toBytes()));
        filter.addUrlPatterns("/api/*");
        filter.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return filter;
    }
}
