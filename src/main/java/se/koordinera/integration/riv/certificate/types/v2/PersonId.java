package se.koordinera.integration.riv.certificate.types.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Personnummer (root 1.2.752.129.2.1.3.1) or samordningsnummer (1.2.752.129.2.1.3.3), extension 12 digits. */
@XmlType(name = "PersonId", propOrder = {"root", "extension"})
public class PersonId {

    @XmlElement(name = "root")
    public String root;

    @XmlElement(name = "extension")
    public String extension;
}
