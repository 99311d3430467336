package se.koordinera.task;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.koordinera.plan.FollowUpDates;

/** Item 5: the date to check a waiting case again feeds the follow-up list (R16). */
@Component
class WaitingFollowUps implements FollowUpDates {

    private final TaskRepository tasks;

    WaitingFollowUps(TaskRepository tasks) {
        this.tasks = tasks;
    }

    /** The plan's follow-up list has already applied the visibility of the cases it passes. */
    @Override
    public Map<Long, LocalDate> checkDates(String unitId, Collection<Long> caseIds) {
        Map<Long, LocalDate> out = new HashMap<>();
        tasks.currentWaiting(caseIds).forEach((id, w) -> out.put(id, w.checkDate()));
        return out;
    }
}
