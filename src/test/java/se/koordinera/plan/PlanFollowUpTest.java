package se.koordinera.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.koordinera.plan.FollowUpRules.Flag;
import se.koordinera.plan.FollowUpRules.Status;
import se.koordinera.sickleave.engine.Period;

class PlanFollowUpTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    @Test
    void statusByNextFollowUpDate() {
        assertThat(FollowUpRules.status(null, TODAY)).isEqualTo(Status.NOT_PLANNED);
        assertThat(FollowUpRules.status(TODAY.minusDays(1), TODAY)).isEqualTo(Status.OVERDUE);
        assertThat(FollowUpRules.status(TODAY, TODAY)).isEqualTo(Status.DUE);
        assertThat(FollowUpRules.status(TODAY.plusDays(14), TODAY)).isEqualTo(Status.DUE);
        assertThat(FollowUpRules.status(TODAY.plusDays(15), TODAY)).isEqualTo(Status.PLANNED);
    }

    @Test
    @DisplayName("R16: the follow-up list looks 14 days ahead by default, and as far as the chosen horizon")
    void theHorizonOfDueFollowUps() {
        assertThat(FollowUpRules.DEFAULT_HORIZON_DAYS).isEqualTo(14);
        assertThat(FollowUpRules.status(TODAY.plusDays(10), TODAY, 7)).isEqualTo(Status.PLANNED);
        assertThat(FollowUpRules.status(TODAY.plusDays(10), TODAY, 14)).isEqualTo(Status.DUE);
        assertThat(FollowUpRules.status(TODAY.plusDays(30), TODAY, 30)).isEqualTo(Status.DUE);
        assertThat(FollowUpRules.status(TODAY.plusDays(31), TODAY, 30)).isEqualTo(Status.PLANNED);
        assertThat(FollowUpRules.status(TODAY.minusDays(40), TODAY, 7)).as("overdue whatever the horizon").isEqualTo(Status.OVERDUE);
    }

    @Test
    @DisplayName("R16: grace period: a degree change is flagged only once it has taken effect after the plan was saved")
    void aDegreeChangeAheadOrOnTheDayOfTheSaveIsNotFlagged() {
        // 100 % until next week, then 50 %: known on the certificate when the plan was saved a minute ago
        List<Period> ahead = List.of(new Period(TODAY.minusDays(30), TODAY.plusDays(6), 100), new Period(TODAY.plusDays(7), TODAY.plusDays(30), 50));
        assertThat(FollowUpRules.flags(ahead, TODAY, TODAY)).as("a minute-old plan").isEmpty();
        assertThat(FollowUpRules.flags(ahead, TODAY.minusDays(10), TODAY)).as("not yet in effect").isEmpty();
        // a week later the change has taken effect since the save: flagged until the next follow-up is saved
        assertThat(FollowUpRules.flags(ahead, TODAY, TODAY.plusDays(7))).containsExactly(Flag.DEGREE_CHANGED);
        assertThat(FollowUpRules.flags(ahead, TODAY.plusDays(7), TODAY.plusDays(8))).as("followed up on its first day").isEmpty();
        // a change that started before the save was seen when saving
        List<Period> before = List.of(new Period(TODAY.minusDays(30), TODAY.minusDays(3), 100), new Period(TODAY.minusDays(2), TODAY.plusDays(30), 50));
        assertThat(FollowUpRules.flags(before, TODAY, TODAY)).isEmpty();
    }

    @Test
    void sickLeaveEndedSinceTheLastFollowUpIsFlagged() {
        List<Period> ended = List.of(new Period(TODAY.minusDays(30), TODAY.minusDays(2), 100));
        assertThat(FollowUpRules.flags(ended, TODAY.minusDays(10), TODAY)).containsExactly(Flag.SICK_LEAVE_ENDED);
        // ended before the last follow-up: already followed up
        assertThat(FollowUpRules.flags(ended, TODAY.minusDays(1), TODAY)).isEmpty();
        // still going
        assertThat(FollowUpRules.flags(List.of(new Period(TODAY.minusDays(30), TODAY, 100)), TODAY.minusDays(10), TODAY)).isEmpty();
    }

    @Test
    void aNewDegreeAfterTheLastFollowUpIsFlagged() {
        List<Period> changed = List.of(new Period(TODAY.minusDays(30), TODAY.minusDays(1), 100), new Period(TODAY, TODAY.plusDays(20), 50));
        assertThat(FollowUpRules.flags(changed, TODAY.minusDays(5), TODAY)).containsExactly(Flag.DEGREE_CHANGED);
        assertThat(FollowUpRules.flags(changed, TODAY, TODAY)).isEmpty();
        List<Period> same = List.of(new Period(TODAY.minusDays(30), TODAY.minusDays(1), 100), new Period(TODAY, TODAY.plusDays(20), 100));
        assertThat(FollowUpRules.flags(same, TODAY.minusDays(5), TODAY)).isEmpty();
    }
}
