package se.koordinera.integration.riv.log.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Vårdgivare. */
@XmlType(name = "CareProviderType", propOrder = {"careProviderId", "careProviderName"})
public class CareProviderType {

    @XmlElement(name = "careProviderId")
    public String careProviderId;

    @XmlElement(name = "careProviderName")
    public String careProviderName;
}
