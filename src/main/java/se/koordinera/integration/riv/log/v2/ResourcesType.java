package se.koordinera.integration.riv.log.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The information accessed. */
@XmlType(name = "ResourcesType", propOrder = {"resource"})
public class ResourcesType {

    @XmlElement(name = "resource")
    public List<ResourceType> resource = new ArrayList<>();
}
