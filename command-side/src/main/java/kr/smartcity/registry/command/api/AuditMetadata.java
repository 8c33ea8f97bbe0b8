package kr.smartcity.registry.command.api;

/** Metadata keys every command and its events carry for the audit trail: who, in which role. */
public final class AuditMetadata {

    /** The account that sent the command. */
    public static final String ACTOR = "actor";
    /** The roles the account held when it sent it, comma-separated. */
    public static final String ROLE = "role";

    private AuditMetadata() {
    }
}
