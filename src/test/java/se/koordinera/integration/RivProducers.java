package se.koordinera.integration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The in-JVM producers of the integration tests (Intygstjänsten answering per unit, Loggtjänsten)
 * and the settings pointing the application at them; the integration ITs extend this class so
 * that they share one application context. Schedules are off: the tests drive sync and sender.
 */
abstract class RivProducers {

    static final FakeRivProducer INTYGSTJANST;
    static final FakeRivProducer LOGGTJANST;
    static final Map<String, Function<FakeRivProducer.Request, FakeRivProducer.Reply>> BY_UNIT = new ConcurrentHashMap<>();
    static final Map<String, Function<FakeRivProducer.Request, FakeRivProducer.Reply>> BY_PERSON = new ConcurrentHashMap<>();
    static final String SYSTEM_HSA_ID = "TSTNMT2321000156-1099";

    static {
        try {
            INTYGSTJANST = FakeRivProducer.http();
            LOGGTJANST = FakeRivProducer.http();
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        INTYGSTJANST.handler = request -> {
            if (request.path().contains("list-sick-leaves-for-person")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("person-id>.*?extension>([^<]+)<", java.util.regex.Pattern.DOTALL)
                        .matcher(request.body());
                var reply = m.find() ? BY_PERSON.get(m.group(1)) : null;
                return reply == null ? FakeRivProducer.Reply.ok(RivXml.listPersonError("Could not parse passed personnummer")) : reply.apply(request);
            }
            String unit = RivXml.requestedUnit(request.body());
            var reply = unit == null ? null : BY_UNIT.get(unit);
            return reply == null ? FakeRivProducer.Reply.ok(RivXml.listActiveError("No careUnitHsaId specified in request.")) : reply.apply(request);
        };
        LOGGTJANST.handler = request -> FakeRivProducer.Reply.ok(RivXml.storeLogResult("OK", null));
    }

    @DynamicPropertySource
    static void producers(DynamicPropertyRegistry registry) {
        registry.add("KOORDINERA_INTYGSTJANST_UNIT_URL", () -> INTYGSTJANST.url("/inera-certificate/list-active-sick-leaves-for-care-unit/v1.0"));
        registry.add("KOORDINERA_INTYGSTJANST_PERSON_URL", () -> INTYGSTJANST.url("/inera-certificate/list-sick-leaves-for-person/v1.0"));
        registry.add("KOORDINERA_LOGGTJANST_URL", () -> LOGGTJANST.url("/informationsecurity/auditing/log/StoreLog/v2/rivtabp21"));
        registry.add("KOORDINERA_FEED_INTERVAL", () -> "0");
        registry.add("KOORDINERA_LOGGTJANST_INTERVAL", () -> "0");
        registry.add("KOORDINERA_RIV_ATTEMPTS", () -> "3");
        registry.add("KOORDINERA_RIV_BACKOFF", () -> "20ms");
        registry.add("KOORDINERA_RIV_RECEIVE_TIMEOUT", () -> "700ms");
        registry.add("KOORDINERA_SYSTEM_HSA_ID", () -> SYSTEM_HSA_ID);
        registry.add("KOORDINERA_SYSTEM_NAME", () -> "Koordinera");
    }
}
