package se.koordinera.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 9: the application started as {@code java -jar koordinera.jar} is, without a
 * profile and without OIDC settings, stops at once with one message and touches nothing. Runs the
 * real main class in a child JVM with an empty working folder.
 */
class FirstStartTest {

    @Test
    void withoutProfileAndOidcSettingsItStopsWithOneMessageBeforeCreatingTheDataFolder() throws Exception {
        Path work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "first-start");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "se.koordinera.KoordineraApplication", "--server.port=0"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("KOORDINERA_"));
        File log = work.resolve("out.txt").toFile();
        builder.redirectOutput(log);
        Process process = builder.start();
        boolean stopped;
        try {
            stopped = process.waitFor(90, TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
        }
        assertThat(stopped).as("the JVM stops by itself").isTrue();
        String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).contains("Koordinera startar inte: inloggningen är inte inställd")
                .contains("spring.security.oauth2.client.registration.region.client-id")
                .contains("--spring.profiles.active=demo")
                .doesNotContain("JwtDecoder").doesNotContain("Flyway").doesNotContain("Embedded PostgreSQL");
        assertThat(work.resolve("data")).as("no data folder").doesNotExist();
    }
}
