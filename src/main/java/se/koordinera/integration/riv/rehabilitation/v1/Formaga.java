package se.koordinera.integration.riv.rehabilitation.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** One sick-leave period; nedsattning is the reduction in percent. */
@XmlType(name = "Formaga", propOrder = {"startdatum", "slutdatum", "nedsattning"})
public class Formaga {

    @XmlJavaTypeAdapter(se.koordinera.integration.riv.LocalDateAdapter.class)
    @XmlElement(name = "startdatum")
    public java.time.LocalDate startdatum;

    @XmlJavaTypeAdapter(se.koordinera.integration.riv.LocalDateAdapter.class)
    @XmlElement(name = "slutdatum")
    public java.time.LocalDate slutdatum;

    @XmlElement(name = "nedsattning")
    public Integer nedsattning;
}
