package se.koordinera.integration.riv.rehabilitation.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import se.koordinera.integration.riv.certificate.types.v2.HsaId;

/** Hälso- och sjukvårdspersonal: the signing doctor and unit. */
@XmlType(name = "HosPersonal", propOrder = {"personalId", "fullstandigtNamn", "befattningar", "enhet"})
public class HosPersonal {

    @XmlElement(name = "personalId")
    public HsaId personalId;

    @XmlElement(name = "fullstandigtNamn")
    public String fullstandigtNamn;

    @XmlElement(name = "befattningar")
    public Befattningar befattningar;

    @XmlElement(name = "enhet")
    public Enhet enhet;
}
