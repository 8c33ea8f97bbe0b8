package kr.smartcity.registry.web.opendata;

import java.time.Clock;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP caching of public reads: Cache-Control ({@link PublicCacheControl}), ETags ({@link PublicReadEtags}) and the
 * Last-Modified of the registry's answers ({@link RegistryLastModified}).
 */
@Configuration
class HttpCachingConfiguration implements WebMvcConfigurer {

    private final QueryGateway queries;
    private final Clock clock;

    HttpCachingConfiguration(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PublicCacheControl()).excludePathPatterns("/actuator/**");
        registry.addInterceptor(new RegistryLastModified(queries, clock)).addPathPatterns(PublicApi.REGISTRY_PATHS);
    }

    /** After Spring Security, which knows who is signed in, and after the rate limit. */
    @Bean
    FilterRegistrationBean<PublicReadEtags> publicReadEtags() {
        var etags = new FilterRegistrationBean<>(new PublicReadEtags());
        etags.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        return etags;
    }
}
