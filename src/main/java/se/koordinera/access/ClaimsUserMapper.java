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
 * identifies the user, who must be provisioned in Koordinera; roles (the region administrator
 * too) come only from that provisioning, never from a claim.
 *
 * <p>Inera's IdP sends the commission (medarbetaruppdrag) the user chose at login:
 * {@code commissionHsaId}, {@code commissionPurpose}, {@code commissionName},
 * {@code healthCareUnitHsaId}, {@code healthCareProviderHsaId}, and {@code given_name} /
 * {@code family_name}. When a token carries a commission, it alone gives the session its unit and
 * purpose: one assignment for {@code healthCareUnitHsaId} with the purpose named by
 * {@code commissionPurpose} (no assignment when the purpose is unknown, the unit is unknown to
 * Koordinera or belongs to another care provider than {@code healthCareProviderHsaId}).
 * Otherwise, when the IdP sends the user's assignments (claim named by
 * {@code koordinera.oidc.assignments-claim}, values {@code <unit HSA-id>|<PURPOSE>}), those are
 * authoritative; else the assignments provisioned in Koordinera apply.
 */
@Component
public class ClaimsUserMapper {

    public static final String COMMISSION_HSA_ID = "commissionHsaId";
    public static final String COMMISSION_PURPOSE = "commissionPurpose";
    public static final String COMMISSION_NAME = "commissionName";
    public static final String UNIT_HSA_ID = "healthCareUnitHsaId";
    public static final String PROVIDER_HSA_ID = "healthCareProviderHsaId";

    /** The OIDC {@code claims} request parameter asking Inera's IdP for these claims in the ID token and from userinfo. */
    public static final String CLAIMS_REQUEST;

    static {
        String wanted = "\"commissionHsaId\":null,\"commissionPurpose\":null,\"commissionName\":null,\"healthCareUnitHsaId\":null,"
                + "\"healthCareProviderHsaId\":null,\"given_name\":null,\"family_name\":null";
        CLAIMS_REQUEST = "{\"id_token\":{\"employeeHsaId\":{\"essential\":true}," + wanted + "},\"userinfo\":{\"employeeHsaId\":{\"essential\":true},"
                + wanted + "}}";
    }

    private final UserRepository users;
    private final se.koordinera.region.RegionService regions;
    private final String hsaIdClaim;
    private final String assignmentsClaim;

    public ClaimsUserMapper(UserRepository users, se.koordinera.region.RegionService regions,
            @Value("${koordinera.oidc.hsa-id-claim:employeeHsaId}") String hsaIdClaim,
            @Value("${koordinera.oidc.assignments-claim:}") String assignmentsClaim) {
        this.users = users;
        this.regions = regions;
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
        if (claims.containsKey(COMMISSION_HSA_ID) || claims.containsKey(COMMISSION_PURPOSE)) {
            return new KoordineraUser(user.hsaId(), name(claims, user.name()), user.profession(), user.licensed(),
                    user.insuranceMedicineTraining(), user.roles(), commission(claims));
        }
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

    /** The one assignment of the commission chosen at login, or none. */
    private List<Assignment> commission(Map<String, Object> claims) {
        String unit = text(claims.get(UNIT_HSA_ID));
        Purpose purpose = purposeOf(text(claims.get(COMMISSION_PURPOSE)));
        if (unit == null || purpose == null) {
            return List.of();
        }
        String provider = text(claims.get(PROVIDER_HSA_ID));
        var known = regions.findUnit(unit);
        if (known.isEmpty() || provider != null && !provider.equals(known.get().regionId())) {
            return List.of();
        }
        return List.of(new Assignment(unit, purpose));
    }

    /** The HSA purpose text ("Vård och behandling") or Koordinera's name (VARD_OCH_BEHANDLING); null when unknown. */
    static Purpose purposeOf(String value) {
        if (value == null) {
            return null;
        }
        for (Purpose p : Purpose.values()) {
            if (p.label().equalsIgnoreCase(value.trim()) || p.name().equalsIgnoreCase(value.trim())) {
                return p;
            }
        }
        return null;
    }

    private static String name(Map<String, Object> claims, String provisioned) {
        String given = text(claims.get("given_name"));
        String family = text(claims.get("family_name"));
        if (given == null && family == null) {
            return provisioned;
        }
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> c) {
            value = c.isEmpty() ? null : c.iterator().next();
        }
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).trim();
    }
}
