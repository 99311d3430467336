package se.koordinera.sickleave.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.sickleave.engine.Period;

/**
 * The geometry of a case's timeline, drawn as SVG on the patient page: one row per certificate,
 * one bar per period, its width by the period's days and its colour and height by the degree.
 */
public record Timeline(int width, int height, LocalDate start, LocalDate end, List<Row> rows, List<Tick> ticks) {

    public static final int WIDTH = 1000;
    static final int LABEL = 0;
    static final int ROW = 34;
    static final int TOP = 6;
    static final int AXIS = 26;

    public record Row(String certificateId, String label, int y, List<Bar> bars) {
    }

    /** A period's bar. {@code title} tells it for hover and screen readers. */
    public record Bar(int x, int y, int width, int height, int degree, String fill, String title, boolean labelled) {
    }

    public record Tick(int x, String label) {
    }

    /** The least distance between two tick labels, in the figure's units (a date label is about 85 wide). */
    static final int MIN_TICK_GAP = 120;

    public static Timeline of(LocalDate start, LocalDate end, List<CertificateFacts> certificates) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        double perDay = (double) WIDTH / days;
        List<Row> rows = new ArrayList<>();
        int y = TOP;
        for (CertificateFacts c : certificates) {
            List<Bar> bars = new ArrayList<>();
            for (Period p : c.periods()) {
                int x = (int) Math.round(ChronoUnit.DAYS.between(start, p.from()) * perDay);
                int w = Math.max(2, (int) Math.round(p.days() * perDay));
                int h = Math.max(8, (ROW - 8) * p.degree() / 100);
                bars.add(new Bar(x, y + (ROW - 8 - h), w, h, p.degree(), fill(p.degree()),
                        p.from() + " – " + p.to() + ": " + p.degree() + " %", w >= 48));
            }
            rows.add(new Row(c.id(), "Intyg " + c.signed(), y, bars));
            y += ROW;
        }
        // Labels are about 10 characters of 13 px: thinned out by width so that no two overlap (issue 12),
        // with as many months between two ticks as it takes to keep them MIN_TICK_GAP apart.
        List<Tick> ticks = new ArrayList<>();
        ticks.add(new Tick(0, start.toString()));
        if (days > 60) {
            long step = Math.max(1, (long) Math.ceil(MIN_TICK_GAP / (30.4 * perDay)));
            LocalDate month = start.withDayOfMonth(1).plusMonths(1);
            int last = 0;
            while (month.isBefore(end)) {
                int x = (int) Math.round(ChronoUnit.DAYS.between(start, month) * perDay);
                if (x - last >= MIN_TICK_GAP && WIDTH - x >= MIN_TICK_GAP) {
                    ticks.add(new Tick(x, month.toString().substring(0, 7)));
                    last = x;
                }
                month = month.plusMonths(step);
            }
        }
        ticks.add(new Tick(WIDTH, end.toString()));
        return new Timeline(WIDTH, y + AXIS, start, end, rows, ticks);
    }

    /** Darker for a higher degree; every shade keeps 4.5:1 against the white label text where labelled. */
    static String fill(int degree) {
        return switch (degree) {
            case 100 -> "#003f6e";
            case 75 -> "#1f5f8b";
            case 50 -> "#2f6f7e";
            default -> "#4d5d6c";
        };
    }
}
