package se.koordinera.staff;

import org.springframework.stereotype.Component;
import se.koordinera.sickleave.CandidateCriteriaSource;
import se.koordinera.sickleave.engine.CandidateCriteria;

/** Gives the candidate worklist the thresholds the verksamhetschef set in the unit's routine (R19). */
@Component
class RoutineCandidateCriteria implements CandidateCriteriaSource {

    private final StaffService staff;

    RoutineCandidateCriteria(StaffService staff) {
        this.staff = staff;
    }

    @Override
    public CandidateCriteria criteria(String unitId) {
        return staff.criteriaOf(unitId).criteria();
    }
}
