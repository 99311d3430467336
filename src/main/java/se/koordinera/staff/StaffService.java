package se.koordinera.staff;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.koordinera.access.AccessControl;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Role;
import se.koordinera.access.UserService;
import se.koordinera.audit.AccessAction;
import se.koordinera.audit.PatientData;
import se.koordinera.audit.UnitId;
import se.koordinera.coordination.CaseRef;
import se.koordinera.coordination.CaseService;
import se.koordinera.region.Region;
import se.koordinera.region.RegionService;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.ForbiddenException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.NotFoundException;

/**
 * Staff and responsibility (R8, R14), the unit's routine for offering coordination (R19) and the
 * region policy on preventive coordination (R4).
 */
@Service
public class StaffService {

    private final StaffRepository staff;
    private final UserService users;
    private final RegionService regions;
    private final AccessControl access;
    private final CurrentUser currentUser;
    private final CaseService cases;

    public StaffService(StaffRepository staff, UserService users, RegionService regions, AccessControl access, CurrentUser currentUser,
            CaseService cases) {
        this.cases = cases;
        this.staff = staff;
        this.users = users;
        this.regions = regions;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The unit's care staff with profession and licence; no patient data, but only for the unit's own staff. */
    @Transactional(readOnly = true)
    public List<StaffMember> staff(String unitId) {
        access.requireCareAssignment(unitId);
        return careStaff(unitId).stream().map(StaffService::member).toList();
    }

    private List<KoordineraUser> careStaff(String unitId) {
        return users.assignedTo(unitId).stream().filter(u -> u.mayAccessPatientsOf(unitId)).toList();
    }

    static StaffMember member(KoordineraUser u) {
        return new StaffMember(u.hsaId(), u.name(), u.profession(), u.licensed(), u.insuranceMedicineTraining(),
                u.roles().stream().map(Role::name).sorted().toList(), StaffRules.warnings(u.licensed(), u.insuranceMedicineTraining()));
    }

    @PatientData(function = "ansvarig för koordineringsärende")
    public Responsible responsible(@UnitId String unitId, long caseId) {
        CaseRef c = found(cases.caseRef(unitId, caseId));
        List<Responsible.Assigned> history = staff.responsibleHistory(c.id());
        var r = history.isEmpty() ? null : history.get(0);
        return new Responsible(c.id(), c.patientId(), r, r == null ? List.of() : StaffRules.warnings(r.licensed(), r.insuranceMedicineTraining()),
                history);
    }

    /**
     * The current responsible person of each case (cases without one are absent). Not guarded or
     * logged: for other features' guarded methods that list cases ("Mina ärenden", the manager's view).
     */
    @se.koordinera.audit.WithinPatientData
    public java.util.Map<Long, Responsible.Assigned> responsibleOf(java.util.Collection<Long> caseIds) {
        return staff.currentResponsible(caseIds);
    }

    /** R14: anyone of the unit's care staff; a person without licence or insurance-medicine training gets a warning, not a refusal. */
    @PatientData(function = "ansvarig för koordineringsärende", action = AccessAction.WRITE)
    public Responsible assignResponsible(@UnitId String unitId, long caseId, String hsaId) {
        CaseRef c = found(cases.lockCase(unitId, caseId));
        if (!c.open()) {
            throw new ConflictException("Ärendet är avslutat.");
        }
        if (staff.responsible(c.id()).map(r -> r.hsaId().equals(hsaId)).orElse(false)) {
            throw new ConflictException("Personen är redan ansvarig för ärendet.");
        }
        KoordineraUser person = careStaff(unitId).stream().filter(u -> u.hsaId().equals(hsaId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("hsaId", "Personen " + hsaId + " finns inte i vårdenhetens personal"));
        staff.insertResponsible(c.id(), person, currentUser.get());
        return responsible(unitId, caseId);
    }

    @Transactional(readOnly = true)
    public Routine routine(String unitId) {
        access.requireCareAssignment(unitId);
        List<Routine.Version> versions = staff.routines(unitId);
        Routine.Version approved = versions.stream().filter(Routine.Version::isApproved).findFirst().orElse(null);
        return new Routine(unitId, approved, versions.isEmpty() ? null : versions.get(0), versions, approved == null);
    }

    /** A new version of the routine text (a draft until the verksamhetschef approves it). */
    @Transactional
    public Routine saveRoutine(String unitId, String text) {
        KoordineraUser user = access.requireCareAssignment(unitId);
        staff.insertRoutine(unitId, staff.latestRoutineVersion(unitId) + 1, text, user);
        return routine(unitId);
    }

    /** R19: only the verksamhetschef approves; only the latest version, once. */
    @Transactional
    public Routine approveRoutine(String unitId, int version) {
        KoordineraUser user = access.requireRoleAtUnit(Role.UNIT_MANAGER, unitId);
        List<Routine.Version> versions = staff.routines(unitId);
        Routine.Version v = versions.stream().filter(x -> x.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("Rutinen har ingen version " + version));
        if (v.isApproved()) {
            throw new ConflictException("Version " + version + " är redan fastställd.");
        }
        if (version != versions.get(0).version()) {
            throw new ConflictException("Bara den senaste versionen (" + versions.get(0).version() + ") kan fastställas.");
        }
        staff.approve(v.id(), user);
        return routine(unitId);
    }

    /** R19: the unit's thresholds for the candidate worklist; the defaults where the manager has set none. */
    @Transactional(readOnly = true)
    public CandidateCriteriaVersion candidateCriteria(String unitId) {
        access.requireCareAssignment(unitId);
        return criteriaOf(unitId);
    }

    /** The criteria without an access check: for the worklist, which checks the unit itself. */
    CandidateCriteriaVersion criteriaOf(String unitId) {
        return staff.candidateCriteria(unitId).orElse(new CandidateCriteriaVersion(se.koordinera.sickleave.engine.CandidateCriteria.DEFAULTS,
                null, null));
    }

    /** R19: only the unit's verksamhetschef sets the thresholds; every version is kept. */
    @Transactional
    public CandidateCriteriaVersion saveCandidateCriteria(String unitId, StaffRequests.CandidateCriteria criteria) {
        KoordineraUser user = access.requireRoleAtUnit(Role.UNIT_MANAGER, unitId);
        staff.insertCandidateCriteria(unitId, criteria, user);
        return criteriaOf(unitId);
    }

    /** R4: the region administrator decides whether the region offers preventive coordination. */
    @Transactional
    public Region setPreventiveCoordination(String regionId, boolean preventive) {
        KoordineraUser user = access.requireRegionAdmin(regionId);
        Region region = regions.findRegion(regionId).orElseThrow(() -> new NotFoundException("Regionen finns inte"));
        Region changed = new Region(region.id(), region.name(), preventive);
        regions.saveRegion(changed);
        staff.insertPolicyChange(regionId, preventive, user);
        return changed;
    }

    @Transactional(readOnly = true)
    public Region policy(String regionId) {
        access.requireRegionAdmin(regionId);
        return regions.findRegion(regionId).orElseThrow(() -> new NotFoundException("Regionen finns inte"));
    }

    /** The region of the region administrator (the one rule in AccessControl), for the policy page. */
    @Transactional(readOnly = true)
    public Region regionOfAdmin() {
        return access.adminRegion();
    }


    private static CaseRef found(java.util.Optional<CaseRef> c) {
        return c.orElseThrow(() -> new NotFoundException("Koordineringsärendet finns inte på vårdenheten"));
    }
}
