package se.koordinera.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;

/**
 * Proves that the PDL guard is structural: a new endpoint or service cannot skip the
 * assignment check or the access log without one of these tests failing.
 */
@IntegrationTest
class PatientDataCoverageIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ApplicationContext context;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    /** Every API endpoint that acts for a unit answers 403 to a user without a Vård och behandling assignment there. */
    @Test
    void everyUnitScopedApiEndpointRefusesAUserWithoutAnAssignment() throws Exception {
        TestData.Unit unit = data.newUnit();
        TestData.Unit elsewhere = data.newUnit();
        TestData.User outsider = data.coordinator(elsewhere.unitId());
        String patient = TestData.newPatientId().value();
        List<String> checked = new ArrayList<>();
        List<String> leaking = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : e.getKey().getPatternValues()) {
                // Every API endpoint acts for a unit (or a region) except the import, which names its units in the body.
                if (!pattern.startsWith("/api/v1/") || pattern.equals("/api/v1/certificates")) {
                    continue;
                }
                String path = pattern.replace("{unitId}", unit.unitId()).replace("{patientId}", patient)
                        .replace("{regionId}", unit.regionId())
                        .replaceAll("\\{[^}]+}", "1");
                String url = path + (pattern.contains("{unitId}") || pattern.contains("{regionId}") ? "" : "?unit=" + unit.unitId());
                for (RequestMethod method : methodsOf(e.getKey())) {
                    int status = mvc.perform(request(HttpMethod.valueOf(method.name()), url)
                                    .with(httpBasic(outsider.username(), TestData.PASSWORD))
                                    .contentType("application/json").content(method == RequestMethod.GET ? "" : "{}"))
                            .andReturn().getResponse().getStatus();
                    checked.add(method + " " + pattern);
                    // 400 is allowed for commands whose body is checked before anything is read; never 2xx or 404/409.
                    if (status != 403 && !(status == 400 && method != RequestMethod.GET)) {
                        leaking.add(method + " " + pattern + " -> " + status);
                    }
                }
            }
        }
        assertThat(checked).as("patient endpoints found").isNotEmpty().anyMatch(s -> s.contains("/sick-leaves"));
        assertThat(leaking).as("endpoints that did not refuse an outsider").isEmpty();
    }

    @org.springframework.boot.test.web.server.LocalServerPort int port;

    /**
     * The FHIR facade (a servlet of its own, outside MockMvc) is covered too: every resource type
     * of the CapabilityStatement, read and searched over HTTP, answers 403 (OperationOutcome) to a
     * user without a Vård och behandling assignment for the unit named in X-Care-Unit.
     */
    @Test
    void everyFhirResourceTypeRefusesAUserWithoutAnAssignment() throws Exception {
        TestData.Unit unit = data.newUnit();
        TestData.Unit elsewhere = data.newUnit();
        TestData.User outsider = data.coordinator(elsewhere.unitId());
        var http = java.net.http.HttpClient.newHttpClient();
        String base = "http://localhost:" + port + "/fhir/";
        String meta = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "metadata"))
                .timeout(java.time.Duration.ofMinutes(2)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"type\"\\s*:\\s*\"([A-Z][A-Za-z]+)\"").matcher(meta);
        java.util.Set<String> types = new java.util.TreeSet<>();
        while (m.find()) {
            types.add(m.group(1));
        }
        types.remove("Bundle");
        types.remove("OperationDefinition"); // HAPI's own, no patient data
        assertThat(types).contains("Patient", "EpisodeOfCare", "Procedure", "AuditEvent");
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((outsider.username() + ":" + TestData.PASSWORD).getBytes());
        List<String> leaking = new ArrayList<>();
        for (String type : types) {
            int refusedSearches = 0;
            // A search the type has no method for is a 400 before any data is read; a read always resolves the unit first.
            for (String path : List.of(type, type + "?patient=Patient/p00", type + "/x1")) {
                var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                        .header("Authorization", auth).header("X-Care-Unit", unit.unitId()).timeout(java.time.Duration.ofMinutes(2)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                boolean refused = response.statusCode() == 403 && response.body().contains("OperationOutcome");
                boolean read = path.endsWith("/x1");
                if (refused && !read) {
                    refusedSearches++;
                }
                if (!refused && (read || response.statusCode() != 400)) {
                    leaking.add(path + " -> " + response.statusCode());
                }
            }
            if (refusedSearches == 0) {
                leaking.add(type + ": no search refused with 403");
            }
        }
        assertThat(leaking).as("FHIR interactions that did not refuse an outsider").isEmpty();
    }

    /** Service methods that take a patient or return a listing of patients must be guarded and logged. */
    @Test
    void everyServiceMethodTouchingAPatientIsAnnotatedPatientData() {
        List<String> unguarded = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> user = ClassUtils.getUserClass(type);
            // Repositories sit behind the guarded services; the rule is for what features expose to each other.
            if (!user.getName().startsWith("se.koordinera") || user.getName().contains("support")
                    || user.isAnnotationPresent(org.springframework.stereotype.Repository.class)) {
                continue;
            }
            for (Method m : user.getDeclaredMethods()) {
                if (!java.lang.reflect.Modifier.isPublic(m.getModifiers()) || java.lang.reflect.Modifier.isStatic(m.getModifiers())
                        || m.isSynthetic()) {
                    continue;
                }
                boolean takesPatient = java.util.Arrays.stream(m.getParameterTypes()).anyMatch(t -> t == Personnummer.class);
                boolean listsPatients = PatientListing.class.isAssignableFrom(m.getReturnType());
                boolean isController = user.isAnnotationPresent(Controller.class)
                        || user.isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class);
                if ((takesPatient || listsPatients) && !isController && !m.isAnnotationPresent(PatientData.class)
                        && !m.isAnnotationPresent(WithinPatientData.class)) {
                    unguarded.add(user.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(unguarded).isEmpty();
    }

    /** Controllers reach patient data only through services (where the guard sits), never through SQL. */
    @Test
    void noControllerTalksToTheDatabaseDirectly() {
        List<String> offenders = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Controller.class).values()) {
            Class<?> type = ClassUtils.getUserClass(bean);
            for (Field f : type.getDeclaredFields()) {
                Class<?> t = f.getType();
                if (t == JdbcClient.class || t == JdbcTemplate.class || t.getSimpleName().endsWith("Repository")) {
                    offenders.add(type.getSimpleName() + "." + f.getName());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** A published unguarded read (for other features' guarded methods) refuses to run outside a guarded method. */
    @Test
    void aWithinPatientDataMethodRefusesToRunOutsideAGuard(@Autowired se.koordinera.journal.JournalService journal,
            @Autowired se.koordinera.coordination.CaseService cases) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cases.caseRef("TSTNMT2321000156-1002", 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("@PatientData");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> journal.record(new se.koordinera.journal.NewJournalEntry(
                "TSTNMT2321000156-1002", "191212121212", null, se.koordinera.journal.JournalType.CORRECTION, null, null,
                java.time.LocalDate.now(), "x", null, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("@PatientData");
    }

    /** A method that could not be logged is refused when the application starts. */
    @Test
    void anUnloggableMethodIsRefused() throws Exception {
        class Bad {
            @PatientData(function = "x")
            public String noPatient(@UnitId String unit) {
                return unit;
            }
        }
        Method m = Bad.class.getMethod("noPatient", String.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PatientDataInterceptor.verify(m))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PatientListing");
    }

    private static List<RequestMethod> methodsOf(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methods);
    }
}
