package se.koordinera.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.koordinera.coordination.Actor;
import se.koordinera.coordination.CaseTimeline;
import se.koordinera.coordination.CoordinationPageSection;

/** The return-to-work plan, the meetings and the next follow-up on the case hub; the follow-up list on the worklist. */
@Component
class PlanPageSection implements CoordinationPageSection {

    private final PlanService plans;
    private final MeetingService meetings;
    private final Clock clock;

    PlanPageSection(PlanService plans, MeetingService meetings, Clock clock) {
        this.plans = plans;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public void caseHub(String unitId, long caseId, Model model) {
        model.addAttribute("plan", plans.plan(unitId, caseId));
    }

    /** Each meeting (booked or held) and the plan's next follow-up; the actors the plan and the meetings collaborate with. */
    @Override
    public TimelinePart timeline(String unitId, long caseId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        List<CaseTimeline.Entry> entries = new ArrayList<>();
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        String base = "/koordinering/arenden/" + caseId;
        for (Meeting m : meetings.meetings(unitId, caseId).items()) {
            String who = String.join(", ", m.participants().stream().map(p -> p.actor().label().toLowerCase()).distinct().toList());
            String where = m.video() ? "videomöte" : m.location();
            String text = m.kind().label() + (where == null ? "" : ", " + where) + ", med " + who
                    + (m.minutes().isEmpty() ? (m.startsAt().isAfter(now) ? " (bokat)" : " (anteckningar saknas)") : " (anteckningar förda)");
            entries.add(CaseTimeline.Entry.at(m.startsAt(), CaseTimeline.Kind.MEETING, text, base + "/moten", now));
            m.participants().stream().map(p -> MeetingRules.actor(p.actor())).filter(Objects::nonNull).forEach(actors::add);
        }
        PlanService.PlanView plan = plans.plan(unitId, caseId);
        if (plan.latest() != null) {
            plan.latest().collaborationNeeds().stream().map(MeetingRules::actor).filter(Objects::nonNull).forEach(actors::add);
            LocalDate next = plan.latest().nextFollowUp();
            if (next != null && plan.caseOpen()) {
                entries.add(new CaseTimeline.Entry(next, null, CaseTimeline.Kind.FOLLOW_UP,
                        "Nästa uppföljning enligt planen (version " + plan.latest().version() + ")" + (next.isBefore(today) ? ": försenad" : ""),
                        base + "/plan", !next.isBefore(today)));
            }
        }
        return new TimelinePart(entries, actors);
    }

    @Override
    public void worklist(String unitId, Model model) {
        model.addAttribute("followUps", plans.followUps(unitId, LocalDate.now(clock), FollowUpRules.DEFAULT_HORIZON_DAYS));
    }
}
