package se.koordinera.integration.riv.log.storelog.v2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import se.koordinera.integration.riv.log.v2.LogType;

/** Request: one to 500 log posts. */
@XmlRootElement(name = "StoreLog")
@XmlType(name = "StoreLogType", propOrder = {"log"})
public class StoreLog {

    @XmlElement(name = "log")
    public List<LogType> log = new ArrayList<>();
}
