package se.koordinera.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.AdditionalRequestHeadersInterceptor;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import se.koordinera.support.TestData;

/** HAPI's generic FHIR client for a test user (HTTP Basic) and, optionally, the care unit in X-Care-Unit. */
final class FhirClients {
    private FhirClients() {
    }

    static IGenericClient client(int port, TestData.User user, String careUnit) {
        FhirContext ctx = FhirContext.forR4Cached();
        ctx.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        // The shared test machine is slow: the first CapabilityStatement is built on demand.
        ctx.getRestfulClientFactory().setSocketTimeout(120_000);
        IGenericClient client = ctx.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        client.registerInterceptor(new BasicAuthInterceptor(user.username(), TestData.PASSWORD));
        if (careUnit != null) {
            AdditionalRequestHeadersInterceptor headers = new AdditionalRequestHeadersInterceptor();
            headers.addHeaderValue("X-Care-Unit", careUnit);
            client.registerInterceptor(headers);
        }
        return client;
    }
}
