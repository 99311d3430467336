package se.koordinera.integration.riv.log.storelog.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import se.koordinera.integration.riv.log.v2.ResultType;

/** Response: result is in sl, its children in lg. */
@XmlRootElement(name = "StoreLogResponse")
@XmlType(name = "StoreLogResponseType", propOrder = {"result"})
public class StoreLogResponse {

    @XmlElement(name = "result")
    public ResultType result;
}
