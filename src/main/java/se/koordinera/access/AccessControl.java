package se.koordinera.access;

import org.springframework.stereotype.Component;
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
