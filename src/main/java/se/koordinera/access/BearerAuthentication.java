package se.koordinera.access;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** An API call authenticated by a bearer token from the region's IdP. */
public class BearerAuthentication extends AbstractAuthenticationToken {

    private final Jwt jwt;
    private final Principal principal;

    public BearerAuthentication(Jwt jwt, KoordineraUser user) {
        super(LocalUserDetails.authorities(user));
        this.jwt = jwt;
        this.principal = new Principal(user);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return jwt;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.koordineraUser().hsaId();
    }

    record Principal(KoordineraUser koordineraUser) implements KoordineraPrincipal, java.security.Principal {
        @Override
        public String getName() {
            return koordineraUser.hsaId();
        }
    }
}
