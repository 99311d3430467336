package se.koordinera.fhir;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Stateless offset paging: one page of the matches by {@code _offset} and {@code _count}, the total,
 * and HAPI's next/previous links carrying {@code _offset}. Nothing is kept between requests, so any
 * node can answer the next page (it reads again, through the same guard and log).
 */
final class Paging {

    private Paging() {
    }

    static IBundleProvider of(List<? extends IBaseResource> matches, RequestDetails request) {
        return of(matches, request, page -> List.of());
    }

    /** A page of {@code matches} with the resources {@code includes} adds for that page (marked as included by the caller). */
    static IBundleProvider of(List<? extends IBaseResource> matches, RequestDetails request,
            Function<List<IBaseResource>, List<IBaseResource>> includes) {
        int offset = number(request, "_offset", 0);
        int count = Math.min(number(request, "_count", KoordineraFhirServer.DEFAULT_PAGE_SIZE), KoordineraFhirServer.MAX_PAGE_SIZE);
        int from = Math.min(offset, matches.size());
        int to = Math.min(matches.size(), from + count);
        List<IBaseResource> page = new ArrayList<>(matches.subList(from, to));
        page.addAll(includes.apply(List.copyOf(page)));
        SimpleBundleProvider provider = new SimpleBundleProvider(page);
        provider.setSize(matches.size());
        provider.setCurrentPageOffset(offset);
        provider.setCurrentPageSize(count);
        return provider;
    }

    private static int number(RequestDetails request, String name, int otherwise) {
        String[] values = request.getParameters().get(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(values[0].trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("Ogiltigt värde för " + name + ": " + values[0]);
        }
    }
}
