package se.koordinera.coordination;

import java.util.Collection;
import java.util.Map;

/**
 * Lets the staff feature, which owns who is responsible for a case, tell the case list ("Mina ärenden",
 * {@code responsible=} in the API) without the coordination feature depending on it (staff depends on coordination).
 */
public interface ResponsiblePersonLookup {
    /** HSA-id of the current responsible person of each of the cases; cases without one are absent. One query for a list. */
    Map<Long, String> responsibleHsaIds(Collection<Long> caseIds);
}
