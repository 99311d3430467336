package se.koordinera.integration.riv.log.v2;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** Result codes of the log contracts (all nine, so unmarshalling never fails). */
@XmlType(name = "ResultCodeType")
@XmlEnum
public enum ResultCodeType {
    OK, INFO, ERROR, VALIDATION_ERROR, ACCESSDENIED, REPORT_ON_QUEUE, REPORT_IN_PROCESS, REPORT_NOT_FOUND, MAX_QUERY_RESULT_EXCEEDED
}
