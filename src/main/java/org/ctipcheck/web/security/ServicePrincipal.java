package org.ctipcheck.web.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user of the service as the users file names it: the role, and for an implementer the organization's UEI,
 * which scopes what it may read and submit. The audit log's actor and role come from here, never from a request.
 */
public final class ServicePrincipal implements UserDetails {
    private final String name;
    private final String password;
    private final ServiceRole role;
    private final String organization;

    public ServicePrincipal(String name, String password, ServiceRole role, String organization) {
        this.name = name;
        this.password = password;
        this.role = role;
        this.organization = organization;
    }

    public ServiceRole role() {
        return role;
    }

    /** The UEI whose evaluations this user is limited to; null when the user sees every organization's. */
    public String organizationScope() {
        return role == ServiceRole.IMPLEMENTER ? organization : null;
    }

    /** The role as the audit log records it, e.g. "contracting-officer". */
    public String auditRole() {
        return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return name;
    }
}
