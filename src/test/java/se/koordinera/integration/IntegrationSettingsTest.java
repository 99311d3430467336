package se.koordinera.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The integrations' settings: defaults, the off switch, both spellings. */
class IntegrationSettingsTest {

    @Test
    void nothingSetMeansDefaultsAndEverythingOff() {
        IntegrationSettings s = new IntegrationSettings(new MockEnvironment());
        assertThat(s.feedInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.loggtjanstInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.loggtjanstLogicalAddress()).isEqualTo("SE165565594230-1000");
        assertThat(s.unitUrl()).isNull();
        assertThat(s.personUrl()).isNull();
        assertThat(s.loggtjanstUrl()).isNull();
        assertThat(s.keystore()).isNull();
        assertThat(s.feedUnits()).isEmpty();
        assertThat(s.loggtjanstBatch()).isEqualTo(500);
    }

    @Test
    void environmentNamesAndDottedNamesBothWork() {
        IntegrationSettings s = new IntegrationSettings(new MockEnvironment()
                .withProperty("KOORDINERA_FEED_INTERVAL", "0")
                .withProperty("KOORDINERA_FEED_UNITS", " A-1, B-2 ,")
                .withProperty("koordinera.loggtjanst.interval", "5s")
                .withProperty("KOORDINERA_LOGGTJANST_BATCH", "9000"));
        assertThat(s.feedInterval()).isZero();
        assertThat(s.feedUnits()).containsExactly("A-1", "B-2");
        assertThat(s.loggtjanstInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.loggtjanstBatch()).isEqualTo(500);
    }

    @Test
    void activityTypesAndPurposesComeFromTheContractsWordLists() {
        assertThat(LogPosts.activityType("READ")).isEqualTo("Läsa");
        assertThat(LogPosts.activityType("WRITE")).isEqualTo("Skriva");
        assertThat(LogPosts.activityType("PRINT")).isEqualTo("Utskrift");
        assertThat(LogPosts.activityType("EXPORT")).isEqualTo("Utskrift");
        assertThat(LogPosts.purpose("Vård och behandling")).isEqualTo("Vård och behandling");
        assertThat(LogPosts.purpose("Administration")).isEqualTo("Administration");
        assertThat(LogPosts.purpose("något annat")).isEqualTo("Vård och behandling");
    }
}
