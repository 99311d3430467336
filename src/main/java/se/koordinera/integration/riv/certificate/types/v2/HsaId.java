package se.koordinera.integration.riv.certificate.types.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** HSA-id: fixed root 1.2.752.129.2.1.4.1 and the id as extension. */
@XmlType(name = "HsaId", propOrder = {"root", "extension"})
public class HsaId {

    @XmlElement(name = "root")
    public String root;

    @XmlElement(name = "extension")
    public String extension;
}
