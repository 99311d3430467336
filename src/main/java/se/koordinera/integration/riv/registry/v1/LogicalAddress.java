package se.koordinera.integration.riv.registry.v1;

/** The RIV-TA BP 2.1 {@code LogicalAddress} SOAP header: a plain string, sent as a header parameter. */
public final class LogicalAddress {

    public static final String NAMESPACE = "urn:riv:itintegration:registry:1";
    public static final String ELEMENT = "LogicalAddress";

    private LogicalAddress() {
    }
}
