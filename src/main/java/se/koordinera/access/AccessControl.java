package se.koordinera.access;

import org.springframework.stereotype.Component;
import se.koordinera.region.Region;
import se.koordinera.region.RegionService;
import se.koordinera.shared.ForbiddenException;

/** The access rules every feature asks, so that they are written once. */
@Component
public class AccessControl {

    private final CurrentUser currentUser;
    private final RegionService regions;

    public AccessControl(CurrentUser currentUser, RegionService regions) {
        this.currentUser = currentUser;
        this.regions = regions;
    }

    /** R2: no Vård och behandling assignment for the unit, no patient data of that unit. */
    public KoordineraUser requireCareAssignment(String unitId) {
        KoordineraUser user = currentUser.get();
        if (unitId == null || !user.mayAccessPatientsOf(unitId)) {
            throw new ForbiddenException("Du saknar medarbetaruppdrag med syfte Vård och behandling för vårdenheten " + unitId);
        }
        return user;
    }

    public KoordineraUser currentUser() {
        return currentUser.get();
    }

    /**
     * The region administrator of this region (care provider): a user with the role and an
     * assignment (of any purpose) at one of the region's units. The role is never taken from a claim.
     */
    public KoordineraUser requireRegionAdmin(String regionId) {
        KoordineraUser user = currentUser.get();
        boolean inRegion = user.assignments().stream().anyMatch(a -> regions.findUnit(a.unitId())
                .map(u -> u.regionId().equals(regionId)).orElse(false));
        if (!user.hasRole(Role.REGION_ADMIN) || !inRegion) {
            throw new ForbiddenException("Åtgärden görs av regionens administratör");
        }
        return user;
    }

    /**
     * The region (care provider) a region administrator administers: the region of the unit of their
     * assignment (one administrator, one region). The one copy of this rule: the figures, the policy,
     * log review and the start page all ask here.
     */
    public Region adminRegion() {
        return findAdminRegion().orElseThrow(() -> new ForbiddenException("Sidan är för regionens administratör"));
    }

    /** The administrator's region, empty for anyone who is not a region administrator. */
    public java.util.Optional<Region> findAdminRegion() {
        KoordineraUser user = currentUser.get();
        if (!user.hasRole(Role.REGION_ADMIN) || user.assignments().isEmpty()) {
            return java.util.Optional.empty();
        }
        return regions.findUnit(user.assignments().get(0).unitId()).flatMap(u -> regions.findRegion(u.regionId()));
    }

    public KoordineraUser requireRoleAtUnit(Role role, String unitId) {
        KoordineraUser user = requireCareAssignment(unitId);
        if (!user.hasRole(role)) {
            throw new ForbiddenException("Åtgärden kräver rollen " + role.label());
        }
        // A profession (läkare) holds wherever one has a care assignment; a verksamhetschef manages one unit.
        if (role == Role.UNIT_MANAGER && !regions.isManagerOf(unitId, user.hsaId())) {
            throw new ForbiddenException("Åtgärden kräver att du är verksamhetschef för vårdenheten " + unitId);
        }
        return user;
    }
}
