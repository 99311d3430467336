package se.koordinera.task;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.koordinera.access.AccessControl;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Role;
import se.koordinera.access.UserService;
import se.koordinera.audit.AccessAction;
import se.koordinera.audit.PatientData;
import se.koordinera.audit.PatientListing;
import se.koordinera.audit.UnitId;
import se.koordinera.audit.WithinPatientData;
import se.koordinera.coordination.CaseRef;
import se.koordinera.coordination.CaseService;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.NotFoundException;
import se.koordinera.staff.Responsible;
import se.koordinera.staff.StaffService;

/**
 * Tasks on coordination cases (issue 14 item 4), what a case waits for (item 5) and the unit
 * manager's view of the coordinators' load (item 6). Tasks are patient data: every method is
 * guarded and logged, and a task is found only through a case the user may see at the unit, so a
 * task of another unit or care provider, or of a hidden patient, is "not found" like an unknown one.
 */
@Service
public class TaskService {

    static final String FUNCTION = "uppgifter i koordineringsärende";
    static final String WAITING = "väntar på (koordineringsärende)";
    static final String NOT_FOUND = "Uppgiften finns inte på vårdenheten";

    private final TaskRepository tasks;
    private final CaseService cases;
    private final StaffService staff;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AccessControl access;
    private final Clock clock;

    public TaskService(TaskRepository tasks, CaseService cases, StaffService staff, UserService users, CurrentUser currentUser,
            AccessControl access, Clock clock) {
        this.tasks = tasks;
        this.cases = cases;
        this.staff = staff;
        this.users = users;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /**
     * A new task on an open case. The due date may not be before the day the case was opened, and
     * the assignee must have a Vård och behandling assignment at the unit; both are named at once.
     */
    @PatientData(function = FUNCTION, action = AccessAction.WRITE)
    public Task create(@UnitId String unitId, long caseId, TaskRequests.NewTask input) {
        CaseRef c = cases.lockCase(unitId, caseId).orElseThrow(() -> new NotFoundException("Koordineringsärendet finns inte på vårdenheten"));
        Optional<KoordineraUser> assignee = careStaff(unitId).stream().filter(u -> u.hsaId().equals(input.assigneeHsaId())).findFirst();
        List<se.koordinera.shared.FieldProblem> problems = TaskRules.problems(input.due(), c.opened(), assignee.isPresent());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("En eller flera uppgifter behöver rättas", problems);
        }
        if (!c.open()) {
            throw new ConflictException("Ärendet är avslutat: nya uppgifter kan inte läggas till.");
        }
        long id = tasks.insert(unitId, c.id(), input, assignee.get(), currentUser.get());
        return task(c, tasks.find(unitId, id).orElseThrow());
    }

    @PatientData(function = FUNCTION)
    public Task get(@UnitId String unitId, long taskId) {
        TaskRepository.Row row = tasks.find(unitId, taskId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        CaseRef c = cases.caseRef(unitId, row.caseId()).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return task(c, row);
    }

    /** Marks a task done, once; who and when are kept. */
    @PatientData(function = FUNCTION, action = AccessAction.WRITE)
    public Task done(@UnitId String unitId, long taskId) {
        TaskRepository.Row row = tasks.lock(unitId, taskId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        CaseRef c = cases.caseRef(unitId, row.caseId()).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (row.doneAt() != null) {
            throw new ConflictException("Uppgiften är redan klarmarkerad (" + row.doneByName() + ").");
        }
        tasks.markDone(row.id(), currentUser.get());
        return task(c, tasks.find(unitId, taskId).orElseThrow());
    }

    /** The unit's tasks, optionally of one assignee and in one state, sorted by due date. */
    @PatientData(function = "uppgifter på vårdenheten")
    public TaskList unitTasks(@UnitId String unitId, String assigneeHsaId, TaskState state) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, CaseRef> visible = cases.visibleCases(unitId);
        List<Task> out = new ArrayList<>();
        for (TaskRepository.Row r : tasks.ofUnit(unitId, assigneeHsaId == null || assigneeHsaId.isBlank() ? null : assigneeHsaId)) {
            CaseRef c = visible.get(r.caseId());
            if (c != null) {
                Task t = task(c, r, today);
                if (state == null || t.state() == state) {
                    out.add(t);
                }
            }
        }
        return TaskList.of(today, out);
    }

    /** "Mina uppgifter": the current user's tasks at the unit that are not done. */
    @PatientData(function = "mina uppgifter")
    public TaskList myTasks(@UnitId String unitId) {
        TaskList all = unitTasks(unitId, currentUser.get().hsaId(), null);
        return TaskList.of(all.today(), all.items().stream().filter(t -> t.state() != TaskState.DONE).toList());
    }

    @PatientData(function = FUNCTION)
    public CaseTasks caseTasks(@UnitId String unitId, long caseId) {
        CaseRef c = cases.caseRef(unitId, caseId).orElseThrow(() -> new NotFoundException("Koordineringsärendet finns inte på vårdenheten"));
        LocalDate today = LocalDate.now(clock);
        return new CaseTasks(c.id(), c.patientId(), c.open(), TaskList.of(today, tasks.ofCase(c.id()).stream().map(r -> task(c, r, today)).toList()));
    }

    /** A case's tasks; the case's patient is logged even when it has none (the user read that it has none). */
    public record CaseTasks(long caseId, @JsonIgnore String patientId, boolean caseOpen, TaskList tasks) implements PatientListing {
        @Override
        @JsonIgnore
        public Collection<String> listedPatientIds() {
            return List.of(patientId);
        }
    }

    /** The people a task can be given to: the unit's care staff (a Vård och behandling assignment there). */
    public List<Assignee> assignees(String unitId) {
        access.requireCareAssignment(unitId);
        return careStaff(unitId).stream().map(u -> new Assignee(u.hsaId(), u.name())).toList();
    }

    public record Assignee(String hsaId, String name) {
    }

    // ---- waiting for (item 5) ----

    @PatientData(function = WAITING)
    public Waiting waiting(@UnitId String unitId, long caseId) {
        CaseRef c = cases.caseRef(unitId, caseId).orElseThrow(() -> new NotFoundException("Koordineringsärendet finns inte på vårdenheten"));
        return waitingOf(c);
    }

    /** A new fact of what the case waits for (or that it no longer waits); earlier ones are kept. */
    @PatientData(function = WAITING, action = AccessAction.WRITE)
    public Waiting setWaiting(@UnitId String unitId, long caseId, TaskRequests.WaitingChange change) {
        CaseRef c = cases.lockCase(unitId, caseId).orElseThrow(() -> new NotFoundException("Koordineringsärendet finns inte på vårdenheten"));
        if (!c.open()) {
            throw new ConflictException("Ärendet är avslutat.");
        }
        if (change.checkDate() != null && change.checkDate().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("checkDate", "Datumet för att kontrollera igen kan inte ligga före i dag");
        }
        if (change.waitingFor() == null && waitingOf(c).current() == null) {
            throw new ConflictException("Ärendet väntar inte på någon.");
        }
        tasks.insertWaiting(c.id(), change, currentUser.get());
        return waitingOf(c);
    }

    /** What the unit's open cases wait for now, by case: the worklist's and the overview's badge. */
    @PatientData(function = "väntar på (vårdenhetens ärenden)")
    public WaitingList waitingOfUnit(@UnitId String unitId) {
        return waitingList(unitId);
    }

    /** As {@link #waitingOfUnit}, unlogged: for the follow-up list, which logs its own listing. */
    @WithinPatientData
    public WaitingList waitingWithinGuard(String unitId) {
        return waitingList(unitId);
    }

    private WaitingList waitingList(String unitId) {
        List<CaseRef> open = cases.openCases(unitId);
        Map<Long, Waiting.Change> current = tasks.currentWaiting(open.stream().map(CaseRef::id).toList());
        Map<Long, Waiting.Change> byCase = new LinkedHashMap<>();
        Set<String> patients = new LinkedHashSet<>();
        for (CaseRef c : open) {
            Waiting.Change w = current.get(c.id());
            if (w != null) {
                byCase.put(c.id(), w);
                patients.add(c.patientId());
            }
        }
        return new WaitingList(byCase, List.copyOf(patients));
    }

    /** What each open case waits for (cases that wait for no one are absent). */
    public record WaitingList(Map<Long, Waiting.Change> byCase, @JsonIgnore List<String> patientIds) implements PatientListing {
        @Override
        @JsonIgnore
        public Collection<String> listedPatientIds() {
            return patientIds;
        }
    }

    // ---- ownership (item 6) ----

    /** "Mina ärenden": the open cases the current user is responsible for, with what each waits for. */
    @PatientData(function = "mina ärenden")
    public MyCases myCases(@UnitId String unitId) {
        String me = currentUser.get().hsaId();
        List<CaseRef> open = cases.openCases(unitId);
        Map<Long, Responsible.Assigned> responsible = staff.responsibleOf(open.stream().map(CaseRef::id).toList());
        List<CaseRef> mine = open.stream().filter(c -> responsible.containsKey(c.id()) && responsible.get(c.id()).hsaId().equals(me)).toList();
        Map<Long, Waiting.Change> waiting = tasks.currentWaiting(mine.stream().map(CaseRef::id).toList());
        return new MyCases(mine.stream().map(c -> new MyCases.Item(c.id(), c.patientId(), c.patientName(), c.state().label(), c.opened(),
                waiting.get(c.id()))).toList());
    }

    public record MyCases(List<Item> items) implements PatientListing {
        public record Item(long caseId, @JsonIgnore String patientId, String patientName, String state, LocalDate opened,
                Waiting.Change waiting) {
        }

        @Override
        @JsonIgnore
        public Collection<String> listedPatientIds() {
            return items.stream().map(Item::patientId).distinct().toList();
        }
    }

    /**
     * The verksamhetschef's view: per responsible person, the open cases and the overdue tasks
     * (per assignee). Only the unit manager; the overdue tasks are listed, so they are logged.
     */
    @PatientData(function = "ansvar och försenade uppgifter per koordinator")
    public Workload workload(@UnitId String unitId) {
        access.requireRoleAtUnit(Role.UNIT_MANAGER, unitId);
        LocalDate today = LocalDate.now(clock);
        List<CaseRef> open = cases.openCases(unitId);
        Map<Long, Responsible.Assigned> responsible = staff.responsibleOf(open.stream().map(CaseRef::id).toList());
        TaskList overdue = unitTasks(unitId, null, TaskState.OVERDUE);
        Map<String, Workload.Row> rows = new LinkedHashMap<>();
        for (KoordineraUser u : careStaff(unitId)) {
            rows.put(u.hsaId(), new Workload.Row(u.hsaId(), u.name(), 0, new ArrayList<>()));
        }
        int unassigned = 0;
        for (CaseRef c : open) {
            Responsible.Assigned r = responsible.get(c.id());
            if (r == null) {
                unassigned++;
            } else {
                Workload.Row row = rows.computeIfAbsent(r.hsaId(), k -> new Workload.Row(r.hsaId(), r.name(), 0, new ArrayList<>()));
                rows.put(r.hsaId(), row.withOneMoreCase());
            }
        }
        for (Task t : overdue.items()) {
            rows.computeIfAbsent(t.assigneeHsaId(), k -> new Workload.Row(t.assigneeHsaId(), t.assigneeName(), 0, new ArrayList<>()))
                    .overdueTasks().add(t);
        }
        List<Workload.Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparingInt((Workload.Row r) -> -r.overdueTasks().size()).thenComparingInt(r -> -r.openCases())
                .thenComparing(Workload.Row::name));
        return new Workload(today, open.size(), unassigned, sorted);
    }

    public record Workload(LocalDate today, int openCases, int withoutResponsible, List<Row> rows) implements PatientListing {
        public record Row(String hsaId, String name, int openCases, List<Task> overdueTasks) {
            Row withOneMoreCase() {
                return new Row(hsaId, name, openCases + 1, overdueTasks);
            }
        }

        @Override
        @JsonIgnore
        public Collection<String> listedPatientIds() {
            return rows.stream().flatMap(r -> r.overdueTasks().stream()).map(Task::patientId).distinct().toList();
        }
    }

    // ----

    private Waiting waitingOf(CaseRef c) {
        List<Waiting.Change> history = tasks.waitingHistory(c.id());
        Waiting.Change current = history.isEmpty() || history.get(0).waitingFor() == null ? null : history.get(0);
        return new Waiting(c.id(), c.patientId(), current, history);
    }

    private List<KoordineraUser> careStaff(String unitId) {
        return users.assignedTo(unitId).stream().filter(u -> u.mayAccessPatientsOf(unitId)).toList();
    }

    private Task task(CaseRef c, TaskRepository.Row r) {
        return task(c, r, LocalDate.now(clock));
    }

    private static Task task(CaseRef c, TaskRepository.Row r, LocalDate today) {
        return new Task(r.id(), c.id(), c.patientId(), c.patientName(), r.title(), r.reason(), r.reason().label(), r.due(), r.assigneeId(),
                r.assigneeName(), r.created(), r.createdByName(), TaskRules.state(r.due(), r.doneAt() != null, today), r.doneAt(),
                r.doneByName());
    }

}
