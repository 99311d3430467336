package se.koordinera.integration.riv.log.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Result of a log call. */
@XmlType(name = "ResultType", propOrder = {"resultCode", "resultText"})
public class ResultType {

    @XmlElement(name = "resultCode")
    public ResultCodeType resultCode;

    @XmlElement(name = "resultText")
    public String resultText;
}
