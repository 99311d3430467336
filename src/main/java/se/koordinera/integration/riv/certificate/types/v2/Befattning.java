package se.koordinera.integration.riv.certificate.types.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** HSA position code (befattning). */
@XmlType(name = "Befattning", propOrder = {"code", "codeSystem", "displayName"})
public class Befattning {

    @XmlElement(name = "code")
    public String code;

    @XmlElement(name = "codeSystem")
    public String codeSystem;

    @XmlElement(name = "displayName")
    public String displayName;
}
