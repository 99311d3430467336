package se.koordinera.sickleave.web;

import java.util.LinkedHashMap;
import java.util.Map;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.SickLeaveItem;

/** Swedish texts for codes shown in the overview, the print view and the Excel file. */
public final class Labels {

    public static final Map<String, String> OCCUPATIONS = new LinkedHashMap<>();

    static {
        OCCUPATIONS.put("NUVARANDE_ARBETE", "Nuvarande arbete");
        OCCUPATIONS.put("ARBETSSOKANDE", "Arbetssökande");
        OCCUPATIONS.put("FORALDRALEDIG", "Föräldraledig");
        OCCUPATIONS.put("STUDIER", "Studier");
    }

    private Labels() {
    }

    public static String occupation(String code) {
        return code == null ? "" : OCCUPATIONS.getOrDefault(code, code);
    }

    public static String gender(String gender) {
        return "F".equals(gender) ? "Kvinna" : "M".equals(gender) ? "Man" : String.valueOf(gender);
    }

    /** ÅÅÅÅMMDD-NNNN of a stored patient id; anything else as it is. */
    public static String personnummer(String id) {
        return Personnummer.isStoredForm(id) ? Personnummer.formatted(id) : id;
    }

    /** The degree now and, when the case had several, every degree in order of first appearance: "50 % (100, 50)". */
    public static String degree(SickLeaveItem item) {
        if (item.degrees().size() <= 1) {
            return item.degree() + " %";
        }
        StringBuilder out = new StringBuilder().append(item.degree()).append(" % (");
        for (int i = 0; i < item.degrees().size(); i++) {
            out.append(i == 0 ? "" : ", ").append(item.degrees().get(i));
        }
        return out.append(')').toString();
    }

    /**
     * The case's place in the rehabilitation chain: "Dag 84 · 90 den 2026-12-10", only the day after the
     * last limit (365), "–" for a case without a day on the reference date.
     */
    public static String chain(SickLeaveItem item) {
        if (item.rehabChainDay() == null) {
            return "–";
        }
        String day = "Dag " + item.rehabChainDay();
        return item.nextMilestone() == null ? day : day + " · " + item.nextMilestone().day() + " den " + item.nextMilestone().date();
    }
}
