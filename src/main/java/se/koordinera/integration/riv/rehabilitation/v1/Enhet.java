package se.koordinera.integration.riv.rehabilitation.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import se.koordinera.integration.riv.certificate.types.v2.HsaId;

/** Vårdenhet (care unit). */
@XmlType(name = "Enhet", propOrder = {"enhetsId", "enhetsnamn", "vardgivare"})
public class Enhet {

    @XmlElement(name = "enhetsId")
    public HsaId enhetsId;

    @XmlElement(name = "enhetsnamn")
    public String enhetsnamn;

    @XmlElement(name = "vardgivare")
    public Vardgivare vardgivare;
}
