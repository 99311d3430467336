/** Rehabilitation core types (r): IntygsData and its parts. Namespace {@code urn:riv:clinicalprocess:healthcond:rehabilitation:1}. */
@XmlSchema(namespace = "urn:riv:clinicalprocess:healthcond:rehabilitation:1", elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package se.koordinera.integration.riv.rehabilitation.v1;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
