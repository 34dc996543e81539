package org.ctipcheck.web.security;

/**
 * Who may do what. CONTRACTING_OFFICER: submit, read every evaluation. IMPLEMENTER: submit and read its own
 * organization's evaluations only (matched on the UEI). AUDITOR: read every evaluation, verify the log; never
 * submits. ADMIN: everything, and the actuator endpoints.
 */
public enum ServiceRole {
    CONTRACTING_OFFICER, IMPLEMENTER, AUDITOR, ADMIN;

    /** The role a users file or a token names, e.g. {@code CONTRACTING_OFFICER} or {@code contracting-officer}. */
    public static java.util.Optional<ServiceRole> named(String name) {
        String normalized = name == null ? "" : name.strip().replace('-', '_');
        return java.util.Arrays.stream(values()).filter(role -> role.name().equalsIgnoreCase(normalized)).findFirst();
    }

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
