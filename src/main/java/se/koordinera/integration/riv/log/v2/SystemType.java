package se.koordinera.integration.riv.log.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The system that creates the post. */
@XmlType(name = "SystemType", propOrder = {"systemId", "systemName"})
public class SystemType {

    @XmlElement(name = "systemId")
    public String systemId;

    @XmlElement(name = "systemName")
    public String systemName;
}
