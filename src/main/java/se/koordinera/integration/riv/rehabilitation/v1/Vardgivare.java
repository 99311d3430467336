package se.koordinera.integration.riv.rehabilitation.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import se.koordinera.integration.riv.certificate.types.v2.HsaId;

/** Vårdgivare (care provider). */
@XmlType(name = "Vardgivare", propOrder = {"vardgivarId", "vardgivarnamn"})
public class Vardgivare {

    @XmlElement(name = "vardgivarId")
    public HsaId vardgivarId;

    @XmlElement(name = "vardgivarnamn")
    public String vardgivarnamn;
}
