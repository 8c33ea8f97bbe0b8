package kr.smartcity.registry.web.opendata;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/** The public API's rate limit per client: registry.rate-limit.enabled and .requests-per-minute. */
@Configuration
@ConditionalOnBooleanProperty("registry.rate-limit.enabled")
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<PublicApiRateLimit> publicApiRateLimit(
            @Value("${registry.rate-limit.requests-per-minute}") int requestsPerMinute) {
        var limit = new FilterRegistrationBean<>(
                new PublicApiRateLimit(new ClientBuckets(requestsPerMinute, System::nanoTime)));
        limit.addUrlPatterns("/api/*", "/feed.atom");
        // After Spring Security, so that signed-in staff are known.
        limit.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return limit;
    }
}
