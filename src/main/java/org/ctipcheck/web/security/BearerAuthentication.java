package org.ctipcheck.web.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A caller authenticated by a valid bearer token. With a role of the service it carries a {@link ServicePrincipal}
 * as a users-file user does, so that every endpoint sees one kind of principal. A valid token the service cannot
 * map to a role (none, several, an implementer without its UEI) is authenticated but holds no authority, so that
 * every endpoint answers 403 with {@link #refusal()} as the reason, never 401.
 */
public final class BearerAuthentication extends AbstractAuthenticationToken {
    private final transient Object principal;
    private final transient Jwt token;
    private final String refusal;

    private BearerAuthentication(Object principal, Jwt token, List<? extends GrantedAuthority> authorities,
            String refusal) {
        super(authorities);
        this.principal = principal;
        this.token = token;
        this.refusal = refusal;
        setAuthenticated(true);
    }

    static BearerAuthentication of(ServicePrincipal principal, Jwt token) {
        return new BearerAuthentication(principal, token, List.copyOf(principal.getAuthorities()), null);
    }

    static BearerAuthentication refused(String subject, Jwt token, String reason) {
        return new BearerAuthentication(subject, token, List.of(), reason);
    }

    /** Why the token gives no role; null when it gives one. */
    public String refusal() {
        return refusal;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return principal instanceof ServicePrincipal user ? user.getUsername() : String.valueOf(principal);
    }
}
