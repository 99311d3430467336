package se.koordinera.task;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.access.CurrentUser;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.RequestBinder;
import se.koordinera.web.SelectedUnit;
import se.koordinera.web.SubmittedForm;

/**
 * "Mina uppgifter" and the unit's tasks, the task and waiting forms of the case page, and the
 * unit manager's page of open cases and overdue tasks per coordinator. A refused form comes back
 * to the case page with what was typed and a message next to each field.
 */
@Controller
class TaskPageController {

    private final TaskService tasks;
    private final RequestBinder binder;
    private final CurrentUser currentUser;

    TaskPageController(TaskService tasks, RequestBinder binder, CurrentUser currentUser) {
        this.tasks = tasks;
        this.binder = binder;
        this.currentUser = currentUser;
    }

    @GetMapping("/koordinering/uppgifter")
    String tasksPage(@SelectedUnit String unit, @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "person", required = false) String person, Model model) {
        TaskState state = switch (status == null ? "" : status) {
            case "open" -> TaskState.OPEN;
            case "overdue" -> TaskState.OVERDUE;
            case "done" -> TaskState.DONE;
            default -> null;
        };
        model.addAttribute("mine", tasks.myTasks(unit));
        model.addAttribute("unitTasks", tasks.unitTasks(unit, person, state));
        model.addAttribute("status", state == null ? "" : state.name().toLowerCase());
        model.addAttribute("person", person == null ? "" : person);
        model.addAttribute("assignees", tasks.assignees(unit));
        model.addAttribute("myHsaId", currentUser.get().hsaId());
        return "task/tasks";
    }

    @PostMapping("/koordinering/arenden/{id}/uppgifter")
    String create(@SelectedUnit String unit, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            Task t = tasks.create(unit, id, binder.bindForm(form, TaskRequests.NewTask.class));
            redirect.addFlashAttribute("message", "Uppgiften ”" + t.title() + "” är sparad med sista datum " + t.due() + ".");
            return "redirect:/koordinering/arenden/" + id + "#tasks-heading";
        } catch (ConflictException | InvalidInputException e) {
            SubmittedForm.refused(redirect, "uppgift", form, e);
            return "redirect:/koordinering/arenden/" + id + "#tasks-heading";
        }
    }

    /** Marks a task done and goes back to the page it was marked on (only pages of this application). */
    @PostMapping("/koordinering/uppgifter/{id}/klar")
    String done(@SelectedUnit String unit, @PathVariable long id, @RequestParam(name = "tillbaka", required = false) String back,
            RedirectAttributes redirect) {
        try {
            Task t = tasks.done(unit, id);
            redirect.addFlashAttribute("message", "Uppgiften ”" + t.title() + "” är klar.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + (back != null && back.matches("/koordinering(/[A-Za-z0-9/_-]*)?(#[a-z-]+)?") ? back : "/koordinering/uppgifter");
    }

    @PostMapping("/koordinering/arenden/{id}/vantar")
    String waiting(@SelectedUnit String unit, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            Waiting w = tasks.setWaiting(unit, id, binder.bindForm(form, TaskRequests.WaitingChange.class));
            redirect.addFlashAttribute("message", w.current() == null ? "Ärendet väntar inte längre."
                    : "Ärendet väntar på " + w.current().waitingForLabel().toLowerCase() + ". Kontrollera igen " + w.current().checkDate() + ".");
        } catch (ConflictException | InvalidInputException e) {
            SubmittedForm.refused(redirect, "vantar", form, e);
        }
        return "redirect:/koordinering/arenden/" + id + "#waiting-heading";
    }

    /** The verksamhetschef's page (403, the Swedish error page, for anyone else). */
    @GetMapping("/koordinering/ansvar")
    String workload(@SelectedUnit String unit, Model model) {
        model.addAttribute("workload", tasks.workload(unit));
        return "task/workload";
    }
}
