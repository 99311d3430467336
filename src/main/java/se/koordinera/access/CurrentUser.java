package se.koordinera.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request, whichever way they signed in. */
@Component
public class CurrentUser {

    /** The signed-in user; fails when called outside an authenticated request. */
    public KoordineraUser get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in Koordinera user in this request"));
    }

    public Optional<KoordineraUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof KoordineraPrincipal principal) {
            return Optional.of(principal.koordineraUser());
        }
        return Optional.empty();
    }
}
