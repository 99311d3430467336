package se.koordinera.integration.riv.log.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Person id: root and extension. */
@XmlType(name = "IIType", propOrder = {"root", "extension"})
public class IIType {

    @XmlElement(name = "root")
    public String root;

    @XmlElement(name = "extension")
    public String extension;
}
