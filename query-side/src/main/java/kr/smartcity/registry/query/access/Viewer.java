package kr.smartcity.registry.query.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryExecutionException;

import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.Refusal;
import kr.smartcity.registry.command.api.Role;

/**
 * Who asks a query: the account and roles the web layer stamps on it ({@link AuditMetadata}), or the public
 * when nothing is stamped. Query handlers take it as a parameter and decide what this viewer may see, so the
 * rules hold however the query arrives.
 */
public record Viewer(String account, Set<Role> roles) {

    public static final Viewer PUBLIC = new Viewer(null, Set.of());

    public Viewer {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Viewer of(String account, Role... roles) {
        return new Viewer(account, Set.of(roles));
    }

    /** Reads the stamp; role names this registry does not know are ignored. */
    static Viewer from(MetaData metaData) {
        Object account = metaData.get(AuditMetadata.ACTOR);
        Object roles = metaData.get(AuditMetadata.ROLE);
        if (account == null) {
            return PUBLIC;
        }
        Set<Role> known = EnumSet.noneOf(Role.class);
        if (roles != null) {
            Arrays.stream(roles.toString().split(","))
                    .map(String::trim)
                    .forEach(name -> Arrays.stream(Role.values())
                            .filter(role -> role.name().equals(name))
                            .forEach(known::add));
        }
        return new Viewer(account.toString(), known);
    }

    public boolean isAny(Role... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    /** Refuses the query unless the viewer holds one of these roles. */
    public void requireAny(Role... anyOf) {
        if (!isAny(anyOf)) {
            throw forbidden();
        }
    }

    /** The refusal a query handler throws; the web answers it with 403. */
    public static QueryExecutionException forbidden() {
        String message = "이 정보를 볼 권한이 없습니다. / You may not see this.";
        return new QueryExecutionException(message, null, new Refusal(Refusal.Kind.FORBIDDEN, message));
    }
}
