package se.koordinera.integration.riv.rehabilitation.listactive.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import se.koordinera.integration.riv.rehabilitation.v1.IntygsLista;
import se.koordinera.integration.riv.rehabilitation.v1.Vardgivare;

/** Response: all elements optional, as the real producer omits several. */
@XmlRootElement(name = "ListActiveSickLeavesForCareUnitResponse")
@XmlType(name = "ListActiveSickLeavesForCareUnitResponseType", propOrder = {"vardgivare", "intygsLista", "resultCode", "comment"})
public class ListActiveSickLeavesForCareUnitResponse {

    @XmlElement(name = "vardgivare")
    public Vardgivare vardgivare;

    @XmlElement(name = "intygsLista")
    public IntygsLista intygsLista;

    @XmlElement(name = "resultCode")
    public ResultCodeEnum resultCode;

    @XmlElement(name = "comment")
    public String comment;
}
