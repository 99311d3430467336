package se.koordinera.access;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A user signed in through the region's IdP (OIDC), carrying the mapped Koordinera user. */
public class KoordineraOidcUser extends DefaultOidcUser implements KoordineraPrincipal {

    private final KoordineraUser user;

    public KoordineraOidcUser(OidcUser oidc, KoordineraUser user) {
        super(LocalUserDetails.authorities(user), oidc.getIdToken(), oidc.getUserInfo());
        this.user = user;
    }

    @Override
    public KoordineraUser koordineraUser() {
        return user;
    }
}
