package kr.smartcity.registry.web.security;

import static kr.smartcity.registry.command.api.Role.ADMIN;
import static kr.smartcity.registry.command.api.Role.APPLICANT;
import static kr.smartcity.registry.command.api.Role.EVALUATOR;
import static kr.smartcity.registry.command.api.Role.MINISTRY;
import static kr.smartcity.registry.command.api.Role.MONITOR;
import static kr.smartcity.registry.command.api.Role.OPERATOR;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may do what, enforced on the server for pages and API alike. The API takes HTTP Basic and
 * answers 401 instead of redirecting to the login page. Page forms carry a CSRF token; every answer carries the
 * security headers (docs/security.md); failed sign-ins are throttled ({@link LoginThrottle}).
 */
@Configuration
class SecurityConfiguration {

    /** Nothing from another host, no inline script or style, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    /** The Swagger UI sets style attributes in the markup it builds; its pages alone may have inline styles. */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SecurityFilterChain registrySecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        var api = paths.matcher("/api/**");
        var swaggerUi = new OrRequestMatcher(paths.matcher("/swagger-ui.html"), paths.matcher("/swagger-ui/**"));
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/", "/criteria", "/criteria/**", "/css/**", "/js/**", "/images/**",
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
                // An API call that signs in with HTTP Basic, or brings no session cookie, needs no CSRF token:
                // another site can make a browser send neither that header nor a session it has not got. A call that
                // rides on the browser's session cookie needs the token, as a page form does.
                .csrf(csrf -> csrf.ignoringRequestMatchers(new AndRequestMatcher(api,
                        request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null
                                || request.getRequestedSessionId() == null)))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                                new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
