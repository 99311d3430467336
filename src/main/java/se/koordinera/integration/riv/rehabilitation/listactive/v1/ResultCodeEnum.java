package se.koordinera.integration.riv.rehabilitation.listactive.v1;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Result code of ListActiveSickLeavesForCareUnit. */
@XmlType(name = "ResultCodeEnum")
@XmlEnum
public enum ResultCodeEnum {
    OK, ERROR, INFO
}
