package se.koordinera.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import se.koordinera.access.AccessControl;
import se.koordinera.access.Assignment;
import se.koordinera.access.BearerAuthentication;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.LocalUserDetails;
import se.koordinera.access.Purpose;
import se.koordinera.access.Role;

/** The care unit of a FHIR request: the bearer token's commission, else X-Care-Unit (demo), else the only care unit. */
class RequestUnitTest {

    static final String A = "TSTUNIT-A";
    static final String B = "TSTUNIT-B";

    final RequestUnit units = new RequestUnit(new AccessControl(new CurrentUser(), null), "commissionHsaId");

    static KoordineraUser user(String... careUnits) {
        return new KoordineraUser("TSTNMT-U1", "Test", "SJUKSKOTERSKA", true, true, Set.of(Role.REHAB_COORDINATOR),
                java.util.Arrays.stream(careUnits).map(u -> new Assignment(u, Purpose.VARD_OCH_BEHANDLING)).toList());
    }

    static void bearer(KoordineraUser user, Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "none").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        jwt.claim("employeeHsaId", user.hsaId());
        claims.forEach(jwt::claim);
        SecurityContextHolder.getContext().setAuthentication(new BearerAuthentication(jwt.build(), user));
    }

    static void basic(KoordineraUser user) {
        LocalUserDetails details = new LocalUserDetails("test", "{noop}x", user);
        SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("R2: in production the unit is the bearer token's commission; a header cannot change it")
    void bearerCommission() {
        bearer(user(A, B), Map.of("commissionHsaId", B));
        SystemRequestDetails request = new SystemRequestDetails();
        request.addHeader(RequestUnit.HEADER, A);
        assertThat(units.of(request)).isEqualTo(B);
    }

    @Test
    @DisplayName("R2: a commission for a unit without a care assignment is refused")
    void commissionWithoutAssignment() {
        bearer(user(A), Map.of("commissionHsaId", B));
        assertThatThrownBy(() -> units.of(new SystemRequestDetails())).isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    @DisplayName("R2: in demo mode X-Care-Unit chooses among the user's units; else the only one; several need the header")
    void headerOrOnlyUnit() {
        basic(user(A, B));
        SystemRequestDetails withHeader = new SystemRequestDetails();
        withHeader.addHeader(RequestUnit.HEADER, B);
        assertThat(units.of(withHeader)).isEqualTo(B);
        assertThatThrownBy(() -> units.of(new SystemRequestDetails())).isInstanceOf(InvalidRequestException.class);
        basic(user(A));
        assertThat(units.of(new SystemRequestDetails())).isEqualTo(A);
    }

    @Test
    @DisplayName("R2: a user without any care assignment gets 403")
    void noCareAssignment() {
        basic(new KoordineraUser("TSTNMT-U2", "Admin", "ADMIN", false, false, Set.of(Role.REGION_ADMIN),
                List.of(new Assignment(A, Purpose.ADMINISTRATION))));
        assertThatThrownBy(() -> units.of(new SystemRequestDetails())).isInstanceOf(ForbiddenOperationException.class);
    }
}
