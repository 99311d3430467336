package se.koordinera.integration;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.koordinera.access.Assignment;
import se.koordinera.access.KoordineraPrincipal;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Purpose;

/**
 * Runs feed work as Koordinera itself (the system HSA-id), with Vård och behandling for the units
 * of one care provider only, so that the {@code @PatientData} guard checks and logs the feed's
 * writes like any other. Who may start a sync is checked before, by the caller.
 */
@Component
class SystemActor {

    private final IntegrationSettings settings;

    SystemActor(IntegrationSettings settings) {
        this.settings = settings;
    }

    <T> T runFor(List<String> units, String startedBy, Supplier<T> work) {
        List<Assignment> assignments = units.stream().map(u -> new Assignment(u, Purpose.VARD_OCH_BEHANDLING)).toList();
        String name = settings.systemName() + " (intygsflöde" + (startedBy == null ? "" : ", startat av " + startedBy) + ")";
        KoordineraUser system = new KoordineraUser(settings.systemHsaId(), name, "SYSTEM", false, false, Set.of(), assignments);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication(system));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static final class SystemAuthentication extends AbstractAuthenticationToken {
        private final Principal principal;

        SystemAuthentication(KoordineraUser user) {
            super(List.of());
            this.principal = new Principal(user);
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }

    record Principal(KoordineraUser koordineraUser) implements KoordineraPrincipal, java.security.Principal {
        @Override
        public String getName() {
            return koordineraUser.hsaId();
        }
    }
}
