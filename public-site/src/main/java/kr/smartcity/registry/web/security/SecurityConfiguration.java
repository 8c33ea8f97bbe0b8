package kr.smartcity.registry.web.security;

import static kr.smartcity.registry.command.api.Role.ADMIN;
import static kr.smartcity.registry.command.api.Role.APPLICANT;
import static kr.smartcity.registry.command.api.Role.EVALUATOR;
import static kr.smartcity.registry.command.api.Role.MINISTRY;
import static kr.smartcity.registry.command.api.Role.MONITOR;
import static kr.smartcity.registry.command.api.Role.OPERATOR;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may do what, enforced on the server for pages and API alike. The API takes HTTP Basic and
 * answers 401 instead of redirecting to the login page.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain registrySecurity(HttpSecurity http) throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/", "/criteria", "/criteria/**", "/css/**", "/images/**",
                                "/favicon.ico", "/error").permitAll()
                        // Form login's own permitAll matches "/login" with its exact query: "?lang=en" needs this.
                        .requestMatchers(HttpMethod.GET, "/login").permitAll()
                        .requestMatchers(HttpMethod.GET, "/certifications", "/certifications/*", "/verify", "/verify/*",
                                "/statistics").permitAll()
                        .requestMatchers(HttpMethod.GET, "/certifications/*/certificate",
                                "/certifications/*/certificate.pdf", "/certifications/*/qr.svg").permitAll()
                        // "/api/v1/certifications/**" does not take in "/api/v1/certifications.csv": listed on its own.
                        .requestMatchers(HttpMethod.GET, "/api/v1/certifications/**", "/api/v1/certifications.csv",
                                "/api/v1/verify/**", "/api/v1/criteria/**", "/api/v1/statistics", "/api/v1/changes",
                                "/feed.atom").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                                "/actuator/prometheus").permitAll()
                        // The public API's OpenAPI description and the Swagger UI (web.opendata); the rest of
                        // /v3/api-docs (the staff operations) needs signing in.
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs/public", "/v3/api-docs/swagger-config",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/integrity/digest").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/rounds", "/api/v1/rounds/*/schedule").hasRole(OPERATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/rounds/*/applications",
                                "/api/v1/applications/*/supplements", "/api/v1/applications/*/withdrawal")
                        .hasRole(APPLICANT.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/applications/*/preliminary-review",
                                "/api/v1/applications/*/pre-evaluation", "/api/v1/applications/*/committee",
                                "/api/v1/applications/*/resolutions", "/api/v1/applications/*/conclusion",
                                "/api/v1/applications/*/site-inspection",
                                "/api/v1/certifications/*/re-review-applications").hasRole(OPERATOR.name())
                        .requestMatchers("/api/v1/applications/*/score-sheets/mine/**").hasRole(EVALUATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/applications/*/decision").hasRole(MINISTRY.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/certifications/*/monitoring-checks",
                                "/api/v1/certifications/*/re-review").hasAnyRole(MONITOR.name(), MINISTRY.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/certifications/*/suspension",
                                "/api/v1/certifications/*/reinstatement", "/api/v1/certifications/*/revocation",
                                "/api/v1/certifications/*/reissue", "/api/v1/certifications/imports")
                        .hasRole(MINISTRY.name())
                        .requestMatchers("/api/v1/admin/**").hasRole(ADMIN.name())
                        // Each staff workspace to its role (web.staff); /staff itself to any signed-in account.
                        .requestMatchers("/staff/operator/**").hasRole(OPERATOR.name())
                        .requestMatchers("/staff/evaluator/**").hasRole(EVALUATOR.name())
                        .requestMatchers("/staff/ministry/**").hasRole(MINISTRY.name())
                        .requestMatchers("/staff/monitor/**").hasRole(MONITOR.name())
                        .requestMatchers("/staff/applicant/**").hasRole(APPLICANT.name())
                        .requestMatchers("/staff/admin/**").hasRole(ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("registry"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/staff").permitAll())
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(ApiSecurityErrors.unauthorized(), api)
                        .defaultAccessDeniedHandlerFor(ApiSecurityErrors.forbidden(), api))
                // The API is called with HTTP Basic, never with a browser session cookie alone.
                .csrf(csrf -> csrf.ignoringRequestMatchers(api));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Starts empty: accounts come from the account store (or, in demo mode only, the demo accounts). */
    @Bean
    InMemoryUserDetailsManager accounts() {
        return new InMemoryUserDetailsManager();
    }
}
