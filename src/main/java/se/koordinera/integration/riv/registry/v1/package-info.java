/** RIV-TA registry types: the LogicalAddress header. Namespace {@code urn:riv:itintegration:registry:1}. */
@XmlSchema(namespace = "urn:riv:itintegration:registry:1", elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package se.koordinera.integration.riv.registry.v1;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
