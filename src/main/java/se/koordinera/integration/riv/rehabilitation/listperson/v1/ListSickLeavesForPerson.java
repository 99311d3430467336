package se.koordinera.integration.riv.rehabilitation.listperson.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import se.koordinera.integration.riv.certificate.types.v2.PersonId;

/** Request: one person. */
@XmlRootElement(name = "ListSickLeavesForPerson")
@XmlType(name = "ListSickLeavesForPersonType", propOrder = {"personId"})
public class ListSickLeavesForPerson {

    @XmlElement(name = "person-id")
    public PersonId personId;
}
