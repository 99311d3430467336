package se.koordinera.staff;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.koordinera.coordination.ResponsiblePersonLookup;

/** Tells the coordination feature's case list who is responsible for each case. */
@Component
class ResponsiblePersons implements ResponsiblePersonLookup {

    private final StaffRepository staff;

    ResponsiblePersons(StaffRepository staff) {
        this.staff = staff;
    }

    @Override
    public Map<Long, String> responsibleHsaIds(Collection<Long> caseIds) {
        Map<Long, String> out = new HashMap<>();
        staff.currentResponsible(caseIds).forEach((caseId, assigned) -> out.put(caseId, assigned.hsaId()));
        return out;
    }
}
