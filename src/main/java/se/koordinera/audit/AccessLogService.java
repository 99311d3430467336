package se.koordinera.audit;

import java.util.List;
import org.springframework.stereotype.Service;
import se.koordinera.access.AccessControl;
import se.koordinera.access.Role;
import se.koordinera.patient.Personnummer;
import se.koordinera.shared.NotFoundException;

/** The patient's log extract (loggutdrag), for the unit's verksamhetschef (R18). */
@Service
public class AccessLogService {

    private final AccessLog accessLog;
    private final AccessControl accessControl;

    public AccessLogService(AccessLog accessLog, AccessControl accessControl) {
        this.accessLog = accessLog;
        this.accessControl = accessControl;
    }

    /**
     * Every logged access to the patient's data at the unit, newest first, for the unit's
     * verksamhetschef (R18). Reading it is itself logged.
     */
    @PatientData(function = "loggutdrag")
    public List<AccessLogEntry> extract(@UnitId String unitId, @PatientId Personnummer patient) {
        accessControl.requireRoleAtUnit(Role.UNIT_MANAGER, unitId);
        // The unit's own log only: a care-provider-wide extract belongs to the log-review role (LogReviewService).
        if (!accessLog.hasAccesses(patient.value(), unitId, false)) {
            throw new NotFoundException("Patienten har inga uppgifter på vårdenheten");
        }
        return accessLog.extractOfUnit(patient.value(), unitId);
    }

    /** The same extract as a PDF for the patient; logged as a print of the patient's data. */
    @PatientData(function = "loggutdrag, utskrift", action = AccessAction.PRINT)
    public byte[] extractPdf(@UnitId String unitId, @PatientId Personnummer patient, String unitName) {
        accessControl.requireRoleAtUnit(Role.UNIT_MANAGER, unitId);
        if (!accessLog.hasAccesses(patient.value(), unitId, false)) {
            throw new NotFoundException("Patienten har inga uppgifter på vårdenheten");
        }
        return ExtractPdf.render(unitName, patient.formatted(), accessLog.extractOfUnit(patient.value(), unitId));
    }
}
