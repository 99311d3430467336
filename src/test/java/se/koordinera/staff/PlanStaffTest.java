package se.koordinera.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanStaffTest {

    @Test
    void r14WarnsWithoutLicenceOrInsuranceMedicineTraining() {
        assertThat(StaffRules.warnings(true, true)).isEmpty();
        assertThat(StaffRules.warnings(false, true)).singleElement().asString().contains("legitimationsgrundande");
        assertThat(StaffRules.warnings(true, false)).singleElement().asString().contains("försäkringsmedicin");
        assertThat(StaffRules.warnings(false, false)).hasSize(2);
    }
}
