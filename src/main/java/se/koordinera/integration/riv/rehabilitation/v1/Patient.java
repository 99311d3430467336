package se.koordinera.integration.riv.rehabilitation.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import se.koordinera.integration.riv.certificate.types.v2.PersonId;

/** The patient of a certificate. */
@XmlType(name = "Patient", propOrder = {"personId", "fullstandigtNamn"})
public class Patient {

    @XmlElement(name = "personId")
    public PersonId personId;

    @XmlElement(name = "fullstandigtNamn")
    public String fullstandigtNamn;
}
