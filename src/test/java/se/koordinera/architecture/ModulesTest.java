package se.koordinera.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
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
    void writesModuleDocumentation() throws IOException {
        Path generated = Path.of("target/modules-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        Path docs = Files.createDirectories(Path.of("docs/modules"));
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.toList()) {
                Path target = docs.resolve(file.getFileName());
                // The Documenter emits the same diagram with its lines in a different order from run to run
                // (hash order): only a real change rewrites docs/modules, so a build leaves the tree clean.
                if (!Files.exists(target) || !sortedLines(target).equals(sortedLines(file))) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(docs.resolve("components.puml")).exists();
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
