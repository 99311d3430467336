package se.koordinera.web;

import se.koordinera.shared.ForbiddenException;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.koordinera.access.KoordineraUser;

/**
 * The care unit the browser user works for, kept in the (database-backed) session. A user with
 * a single unit gets it without asking; with several they choose on /valj-enhet.
 */
@Component
public class UnitSelection {

    static final String ATTRIBUTE = "koordinera.unitId";

    public Optional<String> selected(HttpSession session, KoordineraUser user) {
        Object unit = session.getAttribute(ATTRIBUTE);
        if (unit instanceof String id && user.mayAccessPatientsOf(id)) {
            return Optional.of(id);
        }
        if (user.careUnits().size() == 1) {
            session.setAttribute(ATTRIBUTE, user.careUnits().get(0));
            return Optional.of(user.careUnits().get(0));
        }
        return Optional.empty();
    }

    public void select(HttpSession session, KoordineraUser user, String unitId) {
        if (!user.mayAccessPatientsOf(unitId)) {
            throw new ForbiddenException("Du saknar medarbetaruppdrag för vårdenheten " + unitId);
        }
        session.setAttribute(ATTRIBUTE, unitId);
    }
}
