/** Certificate types (t): HsaId, PersonId, Befattning. Namespace {@code urn:riv:clinicalprocess:healthcond:certificate:types:2}. */
@XmlSchema(namespace = "urn:riv:clinicalprocess:healthcond:certificate:types:2", elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package se.koordinera.integration.riv.certificate.types.v2;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
