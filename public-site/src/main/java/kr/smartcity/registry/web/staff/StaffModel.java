package kr.smartcity.registry.web.staff;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every staff page's layout needs beside the public layout's model: who is signed in and with which roles, so
 * the staff menu offers each role its own workspace (the server still decides every request on its own).
 */
@ControllerAdvice(basePackageClasses = StaffModel.class)
class StaffModel {

    @ModelAttribute("account")
    String account(Authentication who) {
        return who == null ? null : who.getName();
    }

    /** Role names without Spring's {@code ROLE_} prefix: {@code OPERATOR}, {@code EVALUATOR}, … */
    @ModelAttribute("staffRoles")
    Set<String> roles(Authentication who) {
        return who == null ? Set.of() : who.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
