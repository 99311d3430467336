package se.koordinera.fhir;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import se.koordinera.access.AccessControl;
import se.koordinera.access.BearerAuthentication;
import se.koordinera.access.KoordineraUser;

/**
 * The care unit a FHIR request acts for: in production the commission (medarbetaruppdrag) of the
 * bearer token (claim {@code koordinera.fhir.commission-unit-claim}); in demo mode with HTTP Basic the
 * header {@code X-Care-Unit}; else the user's only care unit. A user without any care assignment is
 * refused (403); the features' guards then check the assignment for the chosen unit.
 */
@Component
class RequestUnit {

    static final String HEADER = "X-Care-Unit";

    private final AccessControl access;
    private final String commissionClaim;

    RequestUnit(AccessControl access, @Value("${koordinera.fhir.commission-unit-claim:commissionHsaId}") String commissionClaim) {
        this.access = access;
        this.commissionClaim = commissionClaim;
    }

    String of(RequestDetails request) {
        KoordineraUser user = access.currentUser();
        List<String> units = user.careUnits();
        if (units.isEmpty()) {
            throw new ForbiddenOperationException("Du saknar medarbetaruppdrag med syfte Vård och behandling");
        }
        String unit = null;
        if (SecurityContextHolder.getContext().getAuthentication() instanceof BearerAuthentication bearer
                && bearer.getCredentials() instanceof Jwt jwt) {
            Object claim = jwt.getClaims().get(commissionClaim);
            if (claim instanceof String s && !s.isBlank()) {
                unit = s.trim();
            }
        } else {
            String header = request.getHeader(HEADER);
            if (header != null && !header.isBlank()) {
                unit = header.trim();
            }
        }
        if (unit == null) {
            if (units.size() > 1) {
                throw new InvalidRequestException("Du har uppdrag för flera vårdenheter: ange vårdenheten i huvudet " + HEADER);
            }
            unit = units.get(0);
        }
        String chosen = unit;
        FhirReads.fhir(() -> access.requireCareAssignment(chosen));
        return unit;
    }
}
