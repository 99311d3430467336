package se.koordinera.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
        assertThat(FollowUpRules.status(TODAY.plusDays(7), TODAY)).isEqualTo(Status.DUE);
        assertThat(FollowUpRules.status(TODAY.plusDays(8), TODAY)).isEqualTo(Status.PLANNED);
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
