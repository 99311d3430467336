package se.koordinera.staff;

import java.util.List;

/** One person of the unit's staff list (R14). */
public record StaffMember(String hsaId, String name, String profession, boolean licensed, boolean insuranceMedicineTraining,
        List<String> roles, List<String> warnings) {
}
