package se.koordinera.integration.riv.log.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** What was done, when and why. */
@XmlType(name = "ActivityType", propOrder = {"activityType", "activityLevel", "activityArgs", "startDate", "purpose"})
public class ActivityType {

    @XmlElement(name = "activityType")
    public String activityType;

    @XmlElement(name = "activityLevel")
    public String activityLevel;

    @XmlElement(name = "activityArgs")
    public String activityArgs;

    @XmlJavaTypeAdapter(se.koordinera.integration.riv.LocalDateTimeAdapter.class)
    @XmlElement(name = "startDate")
    public java.time.LocalDateTime startDate;

    @XmlElement(name = "purpose")
    public String purpose;
}
