package se.koordinera.access;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user (användare) as every feature sees it, whatever the login: HSA-id, name,
 * profession, licence and the assignments that decide which units' patient data they may see.
 */
public record KoordineraUser(String hsaId, String name, String profession, boolean licensed,
        boolean insuranceMedicineTraining, Set<Role> roles, List<Assignment> assignments) implements Serializable {

    public KoordineraUser {
        roles = Set.copyOf(roles);
        assignments = List.copyOf(assignments);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** R2: patient data of a unit needs an assignment with purpose Vård och behandling for it. */
    public boolean mayAccessPatientsOf(String unitId) {
        return assignments.stream().anyMatch(a -> a.unitId().equals(unitId) && a.purpose() == Purpose.VARD_OCH_BEHANDLING);
    }

    public boolean hasAssignmentFor(String unitId, Purpose purpose) {
        return assignments.stream().anyMatch(a -> a.unitId().equals(unitId) && a.purpose() == purpose);
    }

    /** Units where the user may see patient data, in the order of their assignments. */
    public List<String> careUnits() {
        return assignments.stream().filter(a -> a.purpose() == Purpose.VARD_OCH_BEHANDLING).map(Assignment::unitId).distinct().toList();
    }
}
