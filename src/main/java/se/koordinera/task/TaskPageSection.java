package se.koordinera.task;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.koordinera.coordination.CoordinationPageSection;

/** The case's tasks and what it waits for on the case hub; "Mina ärenden" and the waiting cases on the worklist. */
@Component
class TaskPageSection implements CoordinationPageSection {

    private final TaskService tasks;
    private final java.time.Clock clock;

    TaskPageSection(TaskService tasks, java.time.Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void caseHub(String unitId, long caseId, Model model) {
        model.addAttribute("caseTasks", tasks.caseTasks(unitId, caseId));
        model.addAttribute("waiting", tasks.waiting(unitId, caseId));
        model.addAttribute("taskAssignees", tasks.assignees(unitId));
        model.addAttribute("taskReasons", TaskReason.values());
        model.addAttribute("waitingChoices", WaitingFor.values());
    }

    @Override
    public void worklist(String unitId, Model model) {
        model.addAttribute("myCases", tasks.myCases(unitId));
        model.addAttribute("waitingCases", tasks.waitingOfUnit(unitId));
        model.addAttribute("taskToday", java.time.LocalDate.now(clock));
    }
}
