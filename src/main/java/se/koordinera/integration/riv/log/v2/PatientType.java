package se.koordinera.integration.riv.log.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The patient. */
@XmlType(name = "PatientType", propOrder = {"patientId", "patientName"})
public class PatientType {

    @XmlElement(name = "patientId")
    public IIType patientId;

    @XmlElement(name = "patientName")
    public String patientName;
}
