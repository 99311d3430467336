package se.koordinera.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.koordinera.sickleave.engine.Period;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.RequestBinder;
import jakarta.validation.Validation;

class PlanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final RequestBinder BINDER = new RequestBinder(Validation.buildDefaultValidatorFactory().getValidator());

    static PlanRules.Draft parse(Map<String, Object> body, LocalDate today) {
        return PlanRules.draft(BINDER.bind(body, PlanRequests.Plan.class), today);
    }

    static Map<String, Object> body() {
        Map<String, Object> b = new HashMap<>();
        b.put("basedOnVersion", 0);
        b.put("goals", "Tillbaka på lagret");
        b.put("steps", List.of(Map.of("degree", 100, "from", "2026-03-01", "to", "2026-03-14"),
                Map.of("degree", 50, "from", "2026-03-15", "to", "2026-04-11")));
        b.put("activities", List.of(Map.of("text", "Kontakta chefen", "actor", "PATIENT", "due", "2026-03-05")));
        b.put("collaborationNeeds", List.of("EMPLOYER", "FK"));
        b.put("followUpDates", List.of("2026-02-01", "2026-03-20", "2026-03-10"));
        return b;
    }

    @Test
    void aValidPlanIsReadAndItsNextFollowUpIsTheFirstDateFromToday() {
        PlanRules.Draft d = parse(body(), TODAY);
        assertThat(d.steps()).hasSize(2);
        assertThat(d.collaborationNeeds()).containsExactly(PlanActor.EMPLOYER, PlanActor.FK);
        assertThat(PlanRules.nextFollowUp(d.followUpDates(), TODAY)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void badStepsActivitiesAndMissingFollowUpAreAllNamed() {
        Map<String, Object> b = body();
        b.put("steps", List.of(Map.of("degree", 60, "from", "2026-03-01", "to", "2026-03-14"),
                Map.of("degree", 100, "from", "2026-03-20", "to", "2026-03-10")));
        b.put("activities", List.of(Map.of("text", "x", "actor", "BOSS", "due", "2026-03-05")));
        b.put("followUpDates", List.of());
        b.put("diagnosis", "F32");
        assertThatThrownBy(() -> parse(b, TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(p -> p.field())
                        .contains("steps[0].degree", "steps[1].to", "activities[0].actor", "diagnosis"));
        Map<String, Object> c = body();
        c.put("followUpDates", List.of("2026-02-01"));
        assertThatThrownBy(() -> parse(c, TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(p -> p.field()).containsExactly("followUpDates"));
    }

    @Test
    void messagesSayWhatToDoWithoutInternalNames() {
        Map<String, Object> b = body();
        b.put("steps", List.of(Map.of("degree", 100, "from", "2026-03-20", "to", "2026-03-10")));
        b.put("goals", " ");
        assertThatThrownBy(() -> parse(b, TODAY)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).extracting(p -> p.field() + ": " + p.message()).containsExactlyInAnyOrder(
                    "steps[0].to: Ange ett slutdatum som inte ligger före startdatumet", "goals: Beskriv målet med planen");
        });
        Map<String, Object> c = body();
        c.put("followUpDates", List.of("2026-02-01"));
        assertThatThrownBy(() -> parse(c, TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get(0).message()).isEqualTo("Ange minst ett uppföljningsdatum från och med i dag")
                        .doesNotContain("(R16)"));
        Map<String, Object> d = body();
        d.put("collaborationNeeds", List.of("CARE"));
        assertThatThrownBy(() -> parse(d, TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(p -> p.field()).containsExactly("collaborationNeeds"));
    }

    @Test
    void overlappingStepsAreRefused() {
        Map<String, Object> b = body();
        b.put("steps", List.of(Map.of("degree", 100, "from", "2026-03-01", "to", "2026-03-14"),
                Map.of("degree", 50, "from", "2026-03-14", "to", "2026-04-11")));
        assertThatThrownBy(() -> parse(b, TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(p -> p.field()).containsExactly("steps"));
    }

    @Test
    void deviationsAreTheDaysWhereCertificatesDifferFromThePlan() {
        List<CarePlan.Step> plan = List.of(new CarePlan.Step(100, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14)),
                new CarePlan.Step(50, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 31)));
        List<Period> actual = List.of(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20), 100),
                new Period(LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 28), 50));
        assertThat(PlanRules.deviations(plan, actual)).containsExactly(
                new PlanRules.Deviation(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 20), 50, 100),
                new PlanRules.Deviation(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 31), 50, 0));
        assertThat(PlanRules.deviations(plan, List.of(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14), 100),
                new Period(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 31), 50)))).isEmpty();
    }

    @Test
    @DisplayName("R9: the timeline spans the plan's steps with a margin, so six planned weeks fill the lane of a long sick leave")
    void timelineIsScaledToThePlannedSteps() {
        LocalDate start = LocalDate.of(2026, 3, 2);
        // 42 planned days inside a sick leave of a year: the lane is the 42 days with a margin of a fifth (8 days) each side.
        PlanRules.Timeline t = PlanRules.timeline(List.of(new CarePlan.Step(100, start, start.plusDays(20)),
                        new CarePlan.Step(50, start.plusDays(21), start.plusDays(41))),
                List.of(new Period(start.minusDays(300), start.plusDays(60), 100)));
        assertThat(t.from()).isEqualTo(start.minusDays(8));
        assertThat(t.to()).isEqualTo(start.plusDays(41 + 8));
        double planned = t.planned().stream().mapToDouble(PlanRules.Bar::width).sum();
        assertThat(planned).as("the planned weeks are most of the lane, not a sliver").isBetween(70.0, 75.0);
        // the certificate is cut at the edges of the lane and keeps its real dates
        assertThat(t.actual().get(0).left()).isEqualTo(0.0);
        assertThat(t.actual().get(0).width()).isEqualTo(100.0);
        assertThat(t.actual().get(0).from()).isEqualTo(start.minusDays(300));
        // a certificate wholly outside the lane is left out
        assertThat(PlanRules.timeline(List.of(new CarePlan.Step(100, start, start.plusDays(9))),
                List.of(new Period(start.minusDays(100), start.minusDays(60), 100))).actual()).isEmpty();
    }

    @Test
    void withoutPlannedStepsTheTimelineSpansTheCertificates() {
        PlanRules.Timeline t = PlanRules.timeline(List.of(), List.of(new Period(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 20), 50)));
        assertThat(t.actual().get(0).left()).isEqualTo(0.0);
        assertThat(t.actual().get(0).width()).isEqualTo(100.0);
    }

    @Test
    void theTicksAreFewEvenlySpacedAndInOrder() {
        java.util.Random random = new java.util.Random(20261202);
        for (int i = 0; i < 500; i++) {
            LocalDate from = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
            LocalDate to = from.plusDays(1 + random.nextInt(800));
            List<PlanRules.Tick> ticks = PlanRules.timeline(List.of(new CarePlan.Step(100, from, to)), List.of()).ticks();
            assertThat(ticks.size()).isBetween(2, PlanRules.MAX_TICKS);
            for (int k = 1; k < ticks.size(); k++) {
                // at least 100 / MAX_TICKS percent apart: about 130 px of a 900 px lane, room for a date label
                assertThat(ticks.get(k).left() - ticks.get(k - 1).left()).as(from + " – " + to).isGreaterThanOrEqualTo(100.0 / (PlanRules.MAX_TICKS + 1));
            }
        }
    }

    @Test
    void compareNamesOnlyTheChangedFields() {
        CarePlan a = plan(1, "Mål A", List.of(new CarePlan.Step(100, TODAY, TODAY.plusDays(13))));
        CarePlan b = plan(2, "Mål A", List.of(new CarePlan.Step(75, TODAY, TODAY.plusDays(13))));
        assertThat(PlanRules.compare(a, b)).extracting(PlanRules.Difference::field).containsExactly("steps");
        assertThat(PlanRules.compare(a, a)).isEmpty();
    }

    static CarePlan plan(int v, String goals, List<CarePlan.Step> steps) {
        return new CarePlan(1, "191212121212", v, goals, null, steps, List.of(), List.of(), null, List.of(TODAY), TODAY, null, null,
                new CarePlan.By("x", "X"));
    }
}
