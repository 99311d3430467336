package se.koordinera.coordination;

import java.time.LocalDate;

/**
 * A coordination case (koordineringsärende) as other features refer to it: the plan, meetings,
 * staff and follow-up attach to it. Only the coordination feature makes one, after its visibility
 * rule, so the name is the one the user may see.
 */
public record CaseRef(long id, String unitId, String patientId, String patientName, CaseState state, CaseReason reason,
        LocalDate opened) {

    public boolean open() {
        return state != CaseState.CLOSED;
    }
}
