package se.koordinera.integration.riv.rehabilitation.listperson.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Result of ListSickLeavesForPerson (all in lp). */
@XmlType(name = "ResultType", propOrder = {"resultCode", "resultMessage"})
public class ResultType {

    @XmlElement(name = "resultCode")
    public ResultCodeEnum resultCode;

    @XmlElement(name = "resultMessage")
    public String resultMessage;
}
