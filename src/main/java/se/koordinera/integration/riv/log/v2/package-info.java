/** Log core types (lg) of Loggtjänsten. Namespace {@code urn:riv:informationsecurity:auditing:log:2}. */
@XmlSchema(namespace = "urn:riv:informationsecurity:auditing:log:2", elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package se.koordinera.integration.riv.log.v2;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
