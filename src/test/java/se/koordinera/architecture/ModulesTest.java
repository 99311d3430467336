package se.koordinera.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import se.koordinera.KoordineraApplication;

/**
 * The walls between the feature packages: every top-level package is a module, no cycles, and a
 * module uses another only through its published types and the dependencies its
 * {@code package-info.java} allows. Also writes the module documentation into {@code docs/modules}.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KoordineraApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theSickLeaveEngineIsANamedInterface() {
        assertThat(MODULES.getModuleByName("sickleave").orElseThrow().getNamedInterfaces().getByName("engine")).isPresent();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
