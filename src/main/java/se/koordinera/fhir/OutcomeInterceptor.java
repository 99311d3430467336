package se.koordinera.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import se.koordinera.shared.ForbiddenException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.NotFoundException;

/**
 * A safety net: a feature's problem that reaches HAPI unconverted (wrapped as an internal error)
 * still answers with its own status (403, 404, 400) as an OperationOutcome, never as a 500.
 */
@Interceptor
class OutcomeInterceptor {

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(RequestDetails request, Throwable thrown, HttpServletRequest servletRequest) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BaseServerResponseException hapi && t != thrown) {
                return hapi;
            }
            if (t instanceof ForbiddenException) {
                return new ForbiddenOperationException(t.getMessage());
            }
            if (t instanceof NotFoundException) {
                return new ResourceNotFoundException(t.getMessage());
            }
            if (t instanceof InvalidInputException || t instanceof se.koordinera.patient.InvalidPersonnummerException) {
                return new InvalidRequestException(t.getMessage());
            }
        }
        return thrown instanceof BaseServerResponseException b ? b : null;
    }
}
