package se.koordinera.integration.riv.log.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The user and the assignment. */
@XmlType(name = "UserType", propOrder = {"userId", "name", "personId", "assignment", "title", "careProvider", "careUnit"})
public class UserType {

    @XmlElement(name = "userId")
    public String userId;

    @XmlElement(name = "name")
    public String name;

    @XmlElement(name = "personId")
    public IIType personId;

    @XmlElement(name = "assignment")
    public String assignment;

    @XmlElement(name = "title")
    public String title;

    @XmlElement(name = "careProvider")
    public CareProviderType careProvider;

    @XmlElement(name = "careUnit")
    public CareUnitType careUnit;
}
