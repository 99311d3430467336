package se.koordinera.sickleave;

import org.springframework.ui.Model;

/**
 * A part of the patient page that a higher feature contributes (the patient's coordination
 * cases and "Registrera ärende"), so that the sick-leave feature does not depend on it.
 */
public interface PatientPageSection {

    /** Adds this feature's part of the patient page (not the print view) to the model. */
    void patientPage(String unitId, String patientId, Model model);
}
