package se.koordinera.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

/**
 * Maps the claims of the region's IdP (SITHS login) to a Koordinera user. The HSA-id claim
 * identifies the user, who must be provisioned in Koordinera. When the IdP also sends the
 * user's assignments (claim named by {@code koordinera.oidc.assignments-claim}, values
 * {@code <unit HSA-id>|<PURPOSE>}), those are authoritative, as the IdP reads them from the HSA
 * catalogue at login; otherwise the assignments provisioned in Koordinera apply.
 */
@Component
public class ClaimsUserMapper {

    private final UserRepository users;
    private final String hsaIdClaim;
    private final String assignmentsClaim;

    public ClaimsUserMapper(UserRepository users, @Value("${koordinera.oidc.hsa-id-claim:employeeHsaId}") String hsaIdClaim,
            @Value("${koordinera.oidc.assignments-claim:}") String assignmentsClaim) {
        this.users = users;
        this.hsaIdClaim = hsaIdClaim;
        this.assignmentsClaim = assignmentsClaim;
    }

    public KoordineraUser map(Map<String, Object> claims) {
        Object hsaId = claims.get(hsaIdClaim);
        if (!(hsaId instanceof String id) || id.isBlank()) {
            throw new BadCredentialsException("The token has no " + hsaIdClaim + " claim");
        }
        KoordineraUser user = users.findByHsaId(id)
                .orElseThrow(() -> new BadCredentialsException("User " + id + " is not provisioned in Koordinera"));
        if (assignmentsClaim.isBlank() || !claims.containsKey(assignmentsClaim)) {
            return user;
        }
        List<Assignment> assignments = new ArrayList<>();
        Object raw = claims.get(assignmentsClaim);
        Collection<?> values = raw instanceof Collection<?> c ? c : List.of(String.valueOf(raw).split(","));
        for (Object value : values) {
            String[] parts = String.valueOf(value).trim().split("\\|");
            if (parts.length == 2) {
                try {
                    assignments.add(new Assignment(parts[0], Purpose.valueOf(parts[1])));
                } catch (IllegalArgumentException ignored) {
                    // An assignment purpose Koordinera does not know gives no access: skip it.
                }
            }
        }
        return new KoordineraUser(user.hsaId(), user.name(), user.profession(), user.licensed(),
                user.insuranceMedicineTraining(), user.roles(), assignments);
    }
}
