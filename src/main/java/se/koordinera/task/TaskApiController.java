package se.koordinera.task;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Uppgifter och väntan", description = "Uppgifter med sista datum per ärende, vad ärendet väntar på, ansvar per koordinator")
class TaskApiController {

    private final TaskService tasks;

    TaskApiController(TaskService tasks) {
        this.tasks = tasks;
    }

    @PostMapping("/cases/{id}/tasks")
    @Operation(summary = "Ny uppgift i ärendet: rubrik, vem den gäller (reason), sista datum (due) och vem som ska göra den (assigneeHsaId)")
    ResponseEntity<Task> create(@PathVariable long id, @RequestParam String unit, @RequestBody TaskRequests.NewTask body) {
        Task t = tasks.create(unit, id, body);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + t.id() + "?unit=" + unit)).body(t);
    }

    @GetMapping("/cases/{id}/tasks")
    @Operation(summary = "Ärendets uppgifter, sorterade efter sista datum")
    TaskService.CaseTasks ofCase(@PathVariable long id, @RequestParam String unit) {
        return tasks.caseTasks(unit, id);
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "En uppgift")
    Task get(@PathVariable long id, @RequestParam String unit) {
        return tasks.get(unit, id);
    }

    @PostMapping("/tasks/{id}/done")
    @Operation(summary = "Markera uppgiften som klar (vem och när sparas); en gång")
    Task done(@PathVariable long id, @RequestParam String unit) {
        return tasks.done(unit, id);
    }

    @GetMapping("/units/{unitId}/tasks")
    @Operation(summary = "Vårdenhetens uppgifter sorterade efter sista datum; filter assignee (HSA-id) och state (open, overdue, done)")
    TaskList ofUnit(@PathVariable String unitId, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String state) {
        return tasks.unitTasks(unitId, assignee, state == null || state.isBlank() ? null : TaskState.parse(state));
    }

    @GetMapping("/cases/{id}/waiting")
    @Operation(summary = "Vad ärendet väntar på nu, och alla tidigare ändringar")
    Waiting waiting(@PathVariable long id, @RequestParam String unit) {
        return tasks.waiting(unit, id);
    }

    @PutMapping("/cases/{id}/waiting")
    @Operation(summary = "Ange vad ärendet väntar på (waitingFor, note, checkDate), eller att det inte väntar (waitingFor tomt); historiken sparas")
    Waiting setWaiting(@PathVariable long id, @RequestParam String unit, @RequestBody TaskRequests.WaitingChange body) {
        return tasks.setWaiting(unit, id, body);
    }

    @GetMapping("/units/{unitId}/waiting")
    @Operation(summary = "Vad vårdenhetens öppna ärenden väntar på, per ärende")
    TaskService.WaitingList waitingOfUnit(@PathVariable String unitId) {
        return tasks.waitingOfUnit(unitId);
    }

    @GetMapping("/units/{unitId}/my-cases")
    @Operation(summary = "Mina ärenden: öppna ärenden där den inloggade är ansvarig")
    TaskService.MyCases myCases(@PathVariable String unitId) {
        return tasks.myCases(unitId);
    }

    @GetMapping("/units/{unitId}/workload")
    @Operation(summary = "Verksamhetschefen: öppna ärenden och försenade uppgifter per koordinator")
    TaskService.Workload workload(@PathVariable String unitId) {
        return tasks.workload(unitId);
    }
}
