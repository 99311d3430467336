package se.koordinera.integration.riv.rehabilitation.listactive.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import se.koordinera.integration.riv.certificate.types.v2.HsaId;
import se.koordinera.integration.riv.certificate.types.v2.PersonId;

/** Request: the unit, optionally one patient and how many days after the end a sick leave still counts (0-14). */
@XmlRootElement(name = "ListActiveSickLeavesForCareUnit")
@XmlType(name = "ListActiveSickLeavesForCareUnitType", propOrder = {"enhetsId", "personId", "maxDagarSedanAvslut"})
public class ListActiveSickLeavesForCareUnit {

    @XmlElement(name = "enhets-id")
    public HsaId enhetsId;

    @XmlElement(name = "person-id")
    public PersonId personId;

    @XmlElement(name = "max-dagar-sedan-avslut")
    public Integer maxDagarSedanAvslut;
}
