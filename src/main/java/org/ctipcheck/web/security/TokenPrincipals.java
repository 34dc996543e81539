package org.ctipcheck.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ctipcheck.web.CtipProperties;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A valid token's claims as a user of the service: the actor from the name claim (default {@code sub}), exactly
 * one of the service's roles from the role claim (other values, e.g. an identity provider's own roles, are
 * ignored), and an implementer's UEI from the organization claim. The request body never adds to them.
 */
final class TokenPrincipals implements Converter<Jwt, AbstractAuthenticationToken> {
    private final CtipProperties.Jwt settings;

    TokenPrincipals(CtipProperties.Jwt settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String name = text(claim(token, settings.nameClaim()));
        if (name == null) {
            name = token.getSubject();
        }
        Set<ServiceRole> roles = EnumSet.noneOf(ServiceRole.class);
        values(claim(token, settings.roleClaim())).forEach(value -> ServiceRole.named(value).ifPresent(roles::add));
        if (roles.size() != 1) {
            return BearerAuthentication.refused(name, token, "the token's claim '" + settings.roleClaim() + "' "
                    + (roles.isEmpty() ? "names no role of this service" : "names several roles of this service " + roles)
                    + ": it needs exactly one of CONTRACTING_OFFICER, IMPLEMENTER, AUDITOR, ADMIN");
        }
        ServiceRole role = roles.iterator().next();
        String organization = text(claim(token, settings.organizationClaim()));
        organization = organization == null ? null : organization.toUpperCase(Locale.ROOT);
        if (role == ServiceRole.IMPLEMENTER && (organization == null || !organization.matches("[A-Z0-9]{12}"))) {
            return BearerAuthentication.refused(name, token, "an IMPLEMENTER's token needs its organization's"
                    + " 12-character SAM.gov UEI in the claim '" + settings.organizationClaim() + "'");
        }
        return BearerAuthentication.of(new ServicePrincipal(name, null, role, organization), token);
    }

    /** The claim by its name, or else by a dotted path into nested objects ({@code realm_access.roles}). */
    static Object claim(Jwt token, String path) {
        if (token.getClaims().containsKey(path)) {
            return token.getClaims().get(path);
        }
        Object value = token.getClaims();
        for (String step : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> object)) {
                return null;
            }
            value = object.get(step);
        }
        return value;
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(TokenPrincipals::text).filter(java.util.Objects::nonNull).toList();
        }
        String single = text(claim);
        return single == null ? List.of() : List.of(single.split("[\\s,]+"));
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }
}
