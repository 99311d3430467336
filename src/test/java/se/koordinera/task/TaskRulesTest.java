package se.koordinera.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.koordinera.plan.FollowUpRules;

class TaskRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static Task task(long id, LocalDate due, boolean done) {
        return new Task(id, 1, "191212121212", "Tolvan", "t" + id, TaskReason.PATIENT, "Patienten", due, "H", "Namn", null, "Namn",
                TaskRules.state(due, done, TODAY), null, null);
    }

    @Test
    @DisplayName("A task is open on its due date and overdue from the day after; a done task is never overdue")
    void overdueStartsTheDayAfterTheDueDate() {
        assertThat(TaskRules.state(TODAY, false, TODAY)).isEqualTo(TaskState.OPEN);
        assertThat(TaskRules.state(TODAY.plusDays(1), false, TODAY)).isEqualTo(TaskState.OPEN);
        assertThat(TaskRules.state(TODAY.minusDays(1), false, TODAY)).isEqualTo(TaskState.OVERDUE);
        assertThat(TaskRules.state(TODAY.minusDays(30), true, TODAY)).isEqualTo(TaskState.DONE);
    }

    @Test
    @DisplayName("Seeded random lists: sorted by due date, then by id; the overdue count is the tasks before today that are not done")
    void sortingIsByDueDateThenIdForRandomLists() {
        Random random = new Random(14);
        for (int round = 0; round < 200; round++) {
            List<Task> tasks = new ArrayList<>();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                tasks.add(task(i + 1, TODAY.plusDays(random.nextInt(11) - 5), random.nextInt(4) == 0));
            }
            Collections.shuffle(tasks, random);
            TaskList list = TaskList.of(TODAY, tasks);
            for (int i = 1; i < list.items().size(); i++) {
                Task a = list.items().get(i - 1);
                Task b = list.items().get(i);
                assertThat(a.due().isBefore(b.due()) || (a.due().equals(b.due()) && a.id() < b.id())).as(list.items().toString()).isTrue();
            }
            long overdue = tasks.stream().filter(t -> t.state() != TaskState.DONE && t.due().isBefore(TODAY)).count();
            assertThat(list.overdue()).isEqualTo(overdue);
            assertThat(list.total()).isEqualTo(n);
        }
    }

    @Test
    @DisplayName("A new task: a due date before the case was opened and an assignee without a care assignment are both named")
    void newTaskProblems() {
        assertThat(TaskRules.problems(TODAY, TODAY, true)).isEmpty();
        assertThat(TaskRules.problems(TODAY.minusDays(1), TODAY, true)).extracting(p -> p.field()).containsExactly("due");
        assertThat(TaskRules.problems(TODAY, TODAY, false)).extracting(p -> p.field()).containsExactly("assigneeHsaId");
        assertThat(TaskRules.problems(TODAY.minusDays(1), TODAY, false)).extracting(p -> p.field()).containsExactly("due", "assigneeHsaId");
        assertThat(TaskRules.problems(null, TODAY, true)).isEmpty();
    }

    @Test
    @DisplayName("The follow-up list takes the earlier of the plan's follow-up and the waiting check date")
    void earlierDate() {
        assertThat(FollowUpRules.earlier(null, null)).isNull();
        assertThat(FollowUpRules.earlier(TODAY, null)).isEqualTo(TODAY);
        assertThat(FollowUpRules.earlier(null, TODAY)).isEqualTo(TODAY);
        assertThat(FollowUpRules.earlier(TODAY, TODAY.minusDays(1))).isEqualTo(TODAY.minusDays(1));
        assertThat(FollowUpRules.earlier(TODAY.minusDays(1), TODAY)).isEqualTo(TODAY.minusDays(1));
    }
}
