package se.koordinera.integration;

import java.util.Set;
import se.koordinera.integration.riv.log.v2.ActivityType;
import se.koordinera.integration.riv.log.v2.CareProviderType;
import se.koordinera.integration.riv.log.v2.CareUnitType;
import se.koordinera.integration.riv.log.v2.IIType;
import se.koordinera.integration.riv.log.v2.LogType;
import se.koordinera.integration.riv.log.v2.PatientType;
import se.koordinera.integration.riv.log.v2.ResourceType;
import se.koordinera.integration.riv.log.v2.ResourcesType;
import se.koordinera.integration.riv.log.v2.SystemType;
import se.koordinera.integration.riv.log.v2.UserType;
import se.koordinera.shared.SwedishTime;

/** Turns an access-log row into a StoreLog post, with the contract's word lists. */
final class LogPosts {

    static final Set<String> PURPOSES = Set.of("Vård och behandling", "Kvalitetssäkring", "Annan dokumentation enligt lag", "Statistik",
            "Administration", "Kvalitetsregister");

    private LogPosts() {
    }

    record Unit(String id, String name, String providerId, String providerName) {
    }

    /** READ = Läsa, WRITE = Skriva, PRINT and EXPORT (a file handed out) = Utskrift. */
    static String activityType(String action) {
        return switch (action) {
            case "READ" -> "Läsa";
            case "WRITE" -> "Skriva";
            case "PRINT", "EXPORT" -> "Utskrift";
            default -> throw new IllegalArgumentException("Unknown access action " + action);
        };
    }

    static String purpose(String assignment) {
        return PURPOSES.contains(assignment) ? assignment : "Vård och behandling";
    }

    static LogType post(LoggtjanstOutbox.Row row, Unit unit, String systemId, String systemName) {
        LogType log = new LogType();
        log.logId = row.logId().toString();
        log.system = new SystemType();
        log.system.systemId = systemId;
        log.system.systemName = cut(systemName);
        log.activity = new ActivityType();
        log.activity.activityType = activityType(row.action());
        log.activity.activityLevel = cut(row.function());
        log.activity.startDate = row.time().atZoneSameInstant(SwedishTime.ZONE).toLocalDateTime();
        log.activity.purpose = purpose(row.assignment());
        log.user = new UserType();
        log.user.userId = row.userHsaId();
        log.user.name = cut(row.userName());
        log.user.assignment = cut(purpose(row.assignment()) + ", " + unit.name());
        log.user.careProvider = provider(unit);
        log.user.careUnit = careUnit(unit);
        ResourceType resource = new ResourceType();
        resource.resourceType = cut(row.function());
        resource.patient = new PatientType();
        resource.patient.patientId = new IIType();
        resource.patient.patientId.root = Integer.parseInt(row.patientId().substring(6, 8)) > 60
                ? IntygstjanstClient.SAMORDNINGSNUMMER_ROOT : IntygstjanstClient.PERSONNUMMER_ROOT;
        resource.patient.patientId.extension = row.patientId();
        resource.careProvider = provider(unit);
        resource.careUnit = careUnit(unit);
        log.resources = new ResourcesType();
        log.resources.resource.add(resource);
        return log;
    }

    private static CareProviderType provider(Unit unit) {
        CareProviderType p = new CareProviderType();
        p.careProviderId = unit.providerId();
        p.careProviderName = cut(unit.providerName());
        return p;
    }

    private static CareUnitType careUnit(Unit unit) {
        CareUnitType u = new CareUnitType();
        u.careUnitId = unit.id();
        u.careUnitName = cut(unit.name());
        return u;
    }

    private static String cut(String s) {
        return s == null || s.length() <= 256 ? s : s.substring(0, 256);
    }
}
