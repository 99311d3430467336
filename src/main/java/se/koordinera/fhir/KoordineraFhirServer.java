package se.koordinera.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;

/**
 * The FHIR R4 server. No paging provider on purpose: HAPI then pages by {@code _offset} and
 * {@code _count} in the links, so nothing is kept on the node between requests (stateless nodes).
 */
class KoordineraFhirServer extends RestfulServer {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    KoordineraFhirServer(FhirContext context, List<IResourceProvider> providers) {
        super(context);
        setResourceProviders(providers);
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setDefaultPrettyPrint(true);
        setImplementationDescription("Koordinera – koordineringsinsatser för sjukskrivna patienter (HL7 FHIR R4)");
        setServerName("Koordinera");
        setDefaultPageSize(DEFAULT_PAGE_SIZE);
        setMaximumPageSize(MAX_PAGE_SIZE);
        registerInterceptor(new OutcomeInterceptor());
    }
}
