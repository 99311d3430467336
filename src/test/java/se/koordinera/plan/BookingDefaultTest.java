package se.koordinera.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BookingDefaultTest {

    @Test
    @DisplayName("R12: the booking form proposes the next weekday at 09:00, never a time that has passed (seeded random days)")
    void theProposedMeetingIsTheNextWeekday() {
        Random random = new Random(20261202);
        for (int i = 0; i < 2_000; i++) {
            LocalDate today = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(365 * 10));
            MeetingPageController.BookingForm form = MeetingPageController.BookingForm.empty(today);
            LocalDate proposed = LocalDate.parse(form.date());
            assertThat(proposed).as("from %s", today).isAfter(today).isBeforeOrEqualTo(today.plusDays(3));
            assertThat(proposed.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            // no weekday is skipped
            for (LocalDate d = today.plusDays(1); d.isBefore(proposed); d = d.plusDays(1)) {
                assertThat(d.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
            assertThat(form.time()).isEqualTo("09:00");
        }
    }
}
