package se.koordinera.coordination;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.koordinera.sickleave.CoordinationStatusLookup;

/** Tells the sick-leave overview and worklist each patient's open coordination case state. */
@Component
class CoordinationStatus implements CoordinationStatusLookup {

    private final CaseRepository cases;

    CoordinationStatus(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public Map<String, String> openCaseStates(String unitId, Collection<String> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return cases.openStates(unitId, patientIds);
    }

    @Override
    public Map<String, java.time.LocalDate> latestCaseOpened(String unitId, Collection<String> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return cases.latestOpened(unitId, patientIds);
    }

    @Override
    public Map<String, Long> openCaseIds(String unitId, Collection<String> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return cases.openIds(unitId, patientIds);
    }

    @Override
    public Map<String, String> openStateLabels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (CaseState state : CaseState.values()) {
            if (state.open()) {
                labels.put(state.name(), state.label());
            }
        }
        return labels;
    }
}
