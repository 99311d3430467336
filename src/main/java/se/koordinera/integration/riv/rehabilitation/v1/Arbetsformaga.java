package se.koordinera.integration.riv.rehabilitation.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** Work capacity: the sick-leave periods. */
@XmlType(name = "Arbetsformaga", propOrder = {"formaga"})
public class Arbetsformaga {

    @XmlElement(name = "formaga")
    public List<Formaga> formaga = new ArrayList<>();
}
