package se.koordinera.integration;

import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a RIV-TA operation with retries on technical errors (timeouts, connection problems,
 * {@code soap:Server} faults), waiting {@code backoff}, twice that, and so on between attempts.
 * {@code soap:Client} faults (VP002-VP005, VP011, VP013: a problem of the call itself) are not retried.
 */
final class Retrying {

    private static final Logger log = LoggerFactory.getLogger(Retrying.class);

    private Retrying() {
    }

    static <T> T call(String service, int attempts, Duration backoff, Supplier<T> call) {
        RivCallException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return call.get();
            } catch (WebServiceException e) {
                String faultCode = faultCode(e);
                if (faultCode == null) {
                    last = new RivCallException(service + " kunde inte nås: " + rootMessage(e), true, e);
                } else {
                    last = new RivCallException(service + " svarade med SOAP-fel (" + faultCode + "): " + faultString(e), true, e);
                    if ("Client".equals(faultCode)) {
                        throw last;
                    }
                }
            }
            if (attempt < attempts) {
                long wait = backoff.toMillis() << (attempt - 1);
                log.info("{}: attempt {} of {} failed ({}), retrying in {} ms", service, attempt, attempts, last.getMessage(), wait);
                sleep(wait);
            }
        }
        throw last;
    }

    /** The local part of the SOAP fault code ("Client", "Server"), or null when the error was no SOAP fault. */
    static String faultCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SOAPFaultException s && s.getFault() != null && s.getFault().getFaultCodeAsQName() != null) {
                return s.getFault().getFaultCodeAsQName().getLocalPart();
            }
            if (t instanceof org.apache.cxf.binding.soap.SoapFault s && s.getFaultCode() != null) {
                return s.getFaultCode().getLocalPart();
            }
        }
        return null;
    }

    private static String faultString(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.cxf.binding.soap.SoapFault s) {
                return s.getMessage();
            }
        }
        return e.getMessage();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return t == e ? text : text + " (" + t.getClass().getSimpleName() + ")";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RivCallException("Avbruten", true, e);
        }
    }
}
