package se.koordinera.integration.riv.rehabilitation.listperson.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import se.koordinera.integration.riv.rehabilitation.v1.IntygsLista;
import se.koordinera.integration.riv.rehabilitation.v1.Vardgivare;

/** Response: all elements optional. */
@XmlRootElement(name = "ListSickLeavesForPersonResponse")
@XmlType(name = "ListSickLeavesForPersonResponseType", propOrder = {"vardgivare", "intygsLista", "result"})
public class ListSickLeavesForPersonResponse {

    @XmlElement(name = "vardgivare")
    public Vardgivare vardgivare;

    @XmlElement(name = "intygsLista")
    public IntygsLista intygsLista;

    @XmlElement(name = "result")
    public ResultType result;
}
