package se.koordinera.integration.riv.rehabilitation.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** List of certificates. */
@XmlType(name = "IntygsLista", propOrder = {"intygsData"})
public class IntygsLista {

    @XmlElement(name = "intygsData")
    public List<IntygsData> intygsData = new ArrayList<>();
}
