package se.koordinera.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Mutual TLS towards a producer that requires a client certificate, with certificates generated
 * at test time: the configured client certificate is accepted, a wrong one and none are refused,
 * and plain http is refused once a keystore is set.
 */
class NtjpMutualTlsTest {

    static TestCertificates certs;
    static FakeRivProducer producer;
    static final AtomicInteger answered = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        certs = TestCertificates.generate();
        producer = FakeRivProducer.mutualTls(certs.serverContext());
        producer.handler = r -> {
            answered.incrementAndGet();
            return FakeRivProducer.Reply.ok(RivXml.listActive(null, List.of(RivXml.cert("tls-1", "191212121212", "UNIT-1", null,
                    LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 14), 100, true))));
        };
    }

    @AfterAll
    static void stop() {
        producer.close();
    }

    IntygstjanstClient client(String keystore) {
        MockEnvironment env = new MockEnvironment()
                .withProperty("KOORDINERA_INTYGSTJANST_UNIT_URL", producer.url("/inera-certificate/list-active-sick-leaves-for-care-unit/v1.0"))
                .withProperty("KOORDINERA_NTJP_TRUSTSTORE", certs.truststore("client-trust.p12").toString())
                .withProperty("KOORDINERA_NTJP_TRUSTSTORE_PASSWORD", TestCertificates.PASSWORD)
                .withProperty("KOORDINERA_RIV_ATTEMPTS", "1")
                .withProperty("KOORDINERA_RIV_RECEIVE_TIMEOUT", "5s");
        if (keystore != null) {
            env.withProperty("KOORDINERA_NTJP_KEYSTORE", certs.keystore(keystore).toString())
                    .withProperty("KOORDINERA_NTJP_KEYSTORE_PASSWORD", TestCertificates.PASSWORD);
        }
        IntegrationSettings settings = new IntegrationSettings(env);
        return new IntygstjanstClient(settings, new RivClientFactory(settings));
    }

    @Test
    void theConfiguredClientCertificateIsAccepted() {
        IntygstjanstClient.Answer answer = client("client").activeSickLeaves("UNIT-1", 0);
        assertThat(answer.certificates()).hasSize(1);
        assertThat(answer.certificates().get(0).patient.personId.extension).isEqualTo("19121212-1212");
    }

    @Test
    void aWrongClientCertificateIsRefused() {
        int before = answered.get();
        assertThatThrownBy(() -> client("wrong").activeSickLeaves("UNIT-1", 0))
                .isInstanceOf(RivCallException.class)
                .satisfies(e -> assertThat(((RivCallException) e).technical()).isTrue());
        assertThat(answered.get()).isEqualTo(before);
    }

    @Test
    void noClientCertificateIsRefused() {
        int before = answered.get();
        assertThatThrownBy(() -> client(null).activeSickLeaves("UNIT-1", 0)).isInstanceOf(RivCallException.class);
        assertThat(answered.get()).isEqualTo(before);
    }

    @Test
    void plainHttpIsRefusedWhenAKeystoreIsSet() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("KOORDINERA_INTYGSTJANST_UNIT_URL", "http://localhost:1/x")
                .withProperty("KOORDINERA_NTJP_KEYSTORE", certs.keystore("client").toString());
        IntegrationSettings settings = new IntegrationSettings(env);
        assertThatThrownBy(() -> new IntygstjanstClient(settings, new RivClientFactory(settings)).activeSickLeaves("U", 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("https");
    }
}
