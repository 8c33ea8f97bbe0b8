package kr.smartcity.registry.web.pages;

import java.time.Clock;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

import kr.smartcity.registry.web.readside.RebuildingReadModels;

/** The registry page's rendered copies ({@link RegistryPageCache}). */
@Configuration
class RegistryPageCacheConfiguration {

    /** After Spring Security (which knows who is signed in) and inside the ETag filter (which hashes a kept page too). */
    @Bean
    FilterRegistrationBean<RegistryPageCache> registryPageCache(QueryGateway queries, LocaleResolver localeResolver,
                                                                RebuildingReadModels rebuilding, Clock clock) {
        var cache = new FilterRegistrationBean<>(new RegistryPageCache(queries, localeResolver, rebuilding, clock));
        cache.addUrlPatterns(RegistryPageCache.PATH);
        cache.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 3);
        return cache;
    }
}
