package se.koordinera.integration.riv.log.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Vårdenhet. */
@XmlType(name = "CareUnitType", propOrder = {"careUnitId", "careUnitName"})
public class CareUnitType {

    @XmlElement(name = "careUnitId")
    public String careUnitId;

    @XmlElement(name = "careUnitName")
    public String careUnitName;
}
