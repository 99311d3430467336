/** StoreLog v2 responder (sl). Namespace {@code urn:riv:informationsecurity:auditing:log:StoreLogResponder:2}. */
@XmlSchema(namespace = "urn:riv:informationsecurity:auditing:log:StoreLogResponder:2", elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package se.koordinera.integration.riv.log.storelog.v2;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
