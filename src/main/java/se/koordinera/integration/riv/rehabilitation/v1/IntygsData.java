package se.koordinera.integration.riv.rehabilitation.v1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.ArrayList;
import java.util.List;

/** One sick-leave certificate (sjukintyg). */
@XmlType(name = "IntygsData", propOrder = {"intygsId", "patient", "skapadAv", "diagnoskod", "bidiagnoser", "arbetsformaga", "enkeltIntyg", "signeringsTidpunkt", "sysselsattning"})
public class IntygsData {

    @XmlElement(name = "intygsId")
    public String intygsId;

    @XmlElement(name = "patient")
    public Patient patient;

    @XmlElement(name = "skapadAv")
    public HosPersonal skapadAv;

    @XmlElement(name = "diagnoskod")
    public String diagnoskod;

    @XmlElement(name = "bidiagnoser")
    public List<String> bidiagnoser = new ArrayList<>();

    @XmlElement(name = "arbetsformaga")
    public Arbetsformaga arbetsformaga;

    @XmlElement(name = "enkeltIntyg")
    public Boolean enkeltIntyg;

    @XmlJavaTypeAdapter(se.koordinera.integration.riv.LocalDateTimeAdapter.class)
    @XmlElement(name = "signeringsTidpunkt")
    public java.time.LocalDateTime signeringsTidpunkt;

    @XmlElement(name = "sysselsattning")
    public List<String> sysselsattning = new ArrayList<>();
}
