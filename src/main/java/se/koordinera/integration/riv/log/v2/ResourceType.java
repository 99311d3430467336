package se.koordinera.integration.riv.log.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** One piece of information accessed. */
@XmlType(name = "ResourceType", propOrder = {"resourceType", "patient", "careProvider", "careUnit"})
public class ResourceType {

    @XmlElement(name = "resourceType")
    public String resourceType;

    @XmlElement(name = "patient")
    public PatientType patient;

    @XmlElement(name = "careProvider")
    public CareProviderType careProvider;

    @XmlElement(name = "careUnit")
    public CareUnitType careUnit;
}
