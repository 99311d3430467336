package se.koordinera.sickleave.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.koordinera.sickleave.LengthBand;
import se.koordinera.sickleave.SickLeaveQuery;

/** The active filters in words, for the print view's heading. */
public final class FilterSummary {

    private FilterSummary() {
    }

    public static List<String> describe(SickLeaveQuery q, boolean privacy, java.util.function.Function<String, String> coordinationLabel) {
        List<String> out = new ArrayList<>();
        if (q.doctorId() != null) {
            out.add("Läkare: " + q.doctorId());
        }
        if (!q.diagnosisChapters().isEmpty()) {
            out.add("Diagnoskapitel: " + String.join(", ", q.diagnosisChapters()));
        }
        if (q.q() != null && !privacy) {
            out.add("Fritext: " + q.q());
        }
        if (q.minAge() != null || q.maxAge() != null) {
            out.add("Ålder: " + (q.minAge() == null ? "" : q.minAge()) + "–" + (q.maxAge() == null ? "" : q.maxAge()) + " år");
        }
        if (!q.lengthBands().isEmpty()) {
            out.add("Längd: " + q.lengthBands().stream().map(LengthBand::label).collect(Collectors.joining(", ")));
        }
        if (q.minDays() != null || q.maxDays() != null) {
            out.add("Längd: " + (q.minDays() == null ? "" : q.minDays()) + "–" + (q.maxDays() == null ? "" : q.maxDays()) + " dagar");
        }
        if (!q.degrees().isEmpty()) {
            out.add("Grad: " + q.degrees().stream().sorted().map(d -> d + " %").collect(Collectors.joining(", ")));
        }
        if (q.gender() != null) {
            out.add("Kön: " + Labels.gender(q.gender()));
        }
        if (q.occupation() != null) {
            out.add("Sysselsättning: " + Labels.occupation(q.occupation()));
        }
        if (q.endFrom() != null || q.endTo() != null) {
            out.add("Slutdatum: " + (q.endFrom() == null ? "" : q.endFrom()) + " – " + (q.endTo() == null ? "" : q.endTo()));
        }
        if (q.milestoneWithinDays() != null) {
            out.add("Passerar en gräns i rehabiliteringskedjan inom " + q.milestoneWithinDays() + " dagar");
        }
        if (q.coordination() != null) {
            out.add("Koordinering: " + coordinationLabel.apply(q.coordination()));
        }
        return out;
    }
}
