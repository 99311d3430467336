package se.koordinera.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;

    public AccessLogService(AccessLog accessLog, AccessControl accessControl, JdbcClient jdbc) {
        this.accessLog = accessLog;
        this.accessControl = accessControl;
        this.jdbc = jdbc;
    }

    /**
     * Every logged access to the patient's data within the unit's care provider (the PDL log
     * extract is per care provider), newest first. Reading it is itself logged.
     */
    @PatientData(function = "loggutdrag")
    public List<AccessLogEntry> extract(@UnitId String unitId, @PatientId Personnummer patient) {
        accessControl.requireRoleAtUnit(Role.UNIT_MANAGER, unitId);
        boolean hasDataHere = jdbc.sql("""
                select exists (select 1 from certificate where care_unit_id = :unit and patient_id = :patient)
                    or exists (select 1 from access_log where unit_id = :unit and patient_id = :patient)""")
                .param("unit", unitId).param("patient", patient.value()).query(Boolean.class).single();
        if (!hasDataHere) {
            throw new NotFoundException("Patienten har inga uppgifter på vårdenheten");
        }
        return accessLog.extract(patient.value(), unitId);
    }
}
