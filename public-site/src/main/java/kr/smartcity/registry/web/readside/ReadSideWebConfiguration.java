package kr.smartcity.registry.web.readside;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Reads of the registry's data (API and pages, not static files) carry the rebuilding notice. */
@Configuration
class ReadSideWebConfiguration implements WebMvcConfigurer {

    private final RebuildingNotice notice;

    ReadSideWebConfiguration(RebuildingNotice notice) {
        this.notice = notice;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(notice).excludePathPatterns("/css/**", "/images/**", "/fonts/**", "/webjars/**",
                "/actuator/**", "/favicon.ico");
    }
}
