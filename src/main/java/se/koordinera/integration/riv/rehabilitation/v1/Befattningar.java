package se.koordinera.integration.riv.rehabilitation.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import se.koordinera.integration.riv.certificate.types.v2.Befattning;

/** Position codes of a professional. */
@XmlType(name = "Befattningar", propOrder = {"befattning"})
public class Befattningar {

    @XmlElement(name = "befattning")
    public List<Befattning> befattning = new ArrayList<>();
}
