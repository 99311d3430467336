package se.koordinera.integration.riv.log.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** One PDL log post. */
@XmlType(name = "LogType", propOrder = {"logId", "system", "activity", "user", "resources"})
public class LogType {

    @XmlElement(name = "logId")
    public String logId;

    @XmlElement(name = "system")
    public SystemType system;

    @XmlElement(name = "activity")
    public ActivityType activity;

    @XmlElement(name = "user")
    public UserType user;

    @XmlElement(name = "resources")
    public ResourcesType resources;
}
