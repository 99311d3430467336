package se.koordinera.staff;

import java.util.ArrayList;
import java.util.List;

/** R14: who should give coordination. A warning, not a refusal: the guideline says "should". */
public final class StaffRules {

    private StaffRules() {
    }

    public static List<String> warnings(boolean licensed, boolean insuranceMedicineTraining) {
        List<String> w = new ArrayList<>();
        if (!licensed) {
            w.add("Personen saknar legitimationsgrundande yrke. Riktlinjen säger att den som ger koordineringsinsatser bör ha en "
                    + "legitimationsgrundande utbildning.");
        }
        if (!insuranceMedicineTraining) {
            w.add("Personen saknar utbildning i försäkringsmedicin. Riktlinjen säger att den som ger koordineringsinsatser bör ha "
                    + "kunskap om försäkringsmedicin.");
        }
        return w;
    }
}
