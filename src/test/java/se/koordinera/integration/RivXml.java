package se.koordinera.integration;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SOAP messages of the contracts as INTEGRATIONS.md shows them, written out as text. */
final class RivXml {

    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String ITR = "urn:riv:itintegration:registry:1";
    static final String LA = "urn:riv:clinicalprocess:healthcond:rehabilitation:ListActiveSickLeavesForCareUnitResponder:1";
    static final String LP = "urn:riv:clinicalprocess:healthcond:rehabilitation:ListSickLeavesForPersonResponder:1";
    static final String R = "urn:riv:clinicalprocess:healthcond:rehabilitation:1";
    static final String T = "urn:riv:clinicalprocess:healthcond:certificate:types:2";
    static final String SL = "urn:riv:informationsecurity:auditing:log:StoreLogResponder:2";
    static final String LG = "urn:riv:informationsecurity:auditing:log:2";

    private RivXml() {
    }

    /** One certificate; {@code quirks} = as the real producer fills it (no roots, hyphen, no befattningar, no vardgivarnamn). */
    record Cert(String id, String personnummer, String patientName, String doctorId, String unitId, String providerId,
            String diagnosis, List<String[]> periods, boolean quirks) {

        String xml() {
            String pnr = quirks ? personnummer.substring(0, 8) + "-" + personnummer.substring(8) : personnummer;
            StringBuilder sb = new StringBuilder();
            sb.append("<r:intygsData><r:intygsId>").append(id).append("</r:intygsId>")
                    .append("<r:patient><r:personId>").append(quirks ? "" : "<t:root>1.2.752.129.2.1.3.1</t:root>")
                    .append("<t:extension>").append(pnr).append("</t:extension></r:personId>")
                    .append("<r:fullstandigtNamn>").append(patientName).append("</r:fullstandigtNamn></r:patient>")
                    .append("<r:skapadAv><r:personalId>").append(hsa(doctorId)).append("</r:personalId>")
                    .append("<r:fullstandigtNamn>Ajla Doktor</r:fullstandigtNamn>")
                    .append(quirks ? "" : "<r:befattningar><r:befattning><t:code>201010</t:code><t:codeSystem>1.2.752.129.2.2.1.4</t:codeSystem></r:befattning></r:befattningar>")
                    .append("<r:enhet><r:enhetsId>").append(hsa(unitId)).append("</r:enhetsId><r:enhetsnamn>Vårdcentralen Testby</r:enhetsnamn>");
            if (providerId != null) {
                sb.append("<r:vardgivare><r:vardgivarId>").append(hsa(providerId)).append("</r:vardgivarId>")
                        .append(quirks ? "" : "<r:vardgivarnamn>Region Testland</r:vardgivarnamn>").append("</r:vardgivare>");
            }
            sb.append("</r:enhet></r:skapadAv>")
                    .append("<r:diagnoskod>").append(diagnosis).append("</r:diagnoskod><r:bidiagnoser>G470</r:bidiagnoser><r:arbetsformaga>");
            for (String[] p : periods) {
                sb.append("<r:formaga><r:startdatum>").append(p[0]).append("</r:startdatum><r:slutdatum>").append(p[1])
                        .append("</r:slutdatum><r:nedsattning>").append(p[2]).append("</r:nedsattning></r:formaga>");
            }
            sb.append("</r:arbetsformaga><r:enkeltIntyg>false</r:enkeltIntyg><r:signeringsTidpunkt>").append(periods.get(0)[0])
                    .append(quirks ? "T09:12:00.000" : "T09:12:00").append("</r:signeringsTidpunkt><r:sysselsattning>NUVARANDE_ARBETE</r:sysselsattning>");
            if (quirks) {
                // a foreign extension element, which a client must ignore
                sb.append("<x:extra xmlns:x=\"urn:example:extension\">okänt</x:extra>");
            }
            return sb.append("</r:intygsData>").toString();
        }

        private String hsa(String id) {
            return (quirks ? "" : "<t:root>1.2.752.129.2.1.4.1</t:root>") + "<t:extension>" + id + "</t:extension>";
        }
    }

    static Cert cert(String id, String personnummer, String unitId, String providerId, LocalDate from, LocalDate to, int degree,
            boolean quirks) {
        List<String[]> periods = new ArrayList<>();
        periods.add(new String[] {from.toString(), to.toString(), String.valueOf(degree)});
        return new Cert(id, personnummer, "Tolvan Tolvansson", "TSTNMT2321000156-1003", unitId, providerId, "F438A", periods, quirks);
    }

    /** ListActiveSickLeavesForCareUnitResponse; {@code providerId} null = no top-level vardgivare (the real producer). */
    static String listActive(String providerId, List<Cert> certs) {
        StringBuilder sb = new StringBuilder(256 + certs.size() * 1500);
        sb.append("<soap:Envelope xmlns:soap=\"").append(SOAP).append("\"><soap:Body>")
                .append("<la:ListActiveSickLeavesForCareUnitResponse xmlns:la=\"").append(LA).append("\" xmlns:r=\"").append(R)
                .append("\" xmlns:t=\"").append(T).append("\">");
        if (providerId != null) {
            sb.append("<la:vardgivare><r:vardgivarId><t:root>1.2.752.129.2.1.4.1</t:root><t:extension>").append(providerId)
                    .append("</t:extension></r:vardgivarId><r:vardgivarnamn>Region Testland</r:vardgivarnamn></la:vardgivare>");
        }
        sb.append("<la:intygsLista>");
        certs.forEach(c -> sb.append(c.xml()));
        sb.append("</la:intygsLista><la:resultCode>OK</la:resultCode></la:ListActiveSickLeavesForCareUnitResponse></soap:Body></soap:Envelope>");
        return sb.toString();
    }

    static String listActiveError(String comment) {
        return "<soap:Envelope xmlns:soap=\"" + SOAP + "\"><soap:Body><la:ListActiveSickLeavesForCareUnitResponse xmlns:la=\"" + LA
                + "\"><la:resultCode>ERROR</la:resultCode><la:comment>" + comment
                + "</la:comment></la:ListActiveSickLeavesForCareUnitResponse></soap:Body></soap:Envelope>";
    }

    static String listPerson(List<Cert> certs) {
        StringBuilder sb = new StringBuilder();
        sb.append("<soap:Envelope xmlns:soap=\"").append(SOAP).append("\"><soap:Body>")
                .append("<lp:ListSickLeavesForPersonResponse xmlns:lp=\"").append(LP).append("\" xmlns:r=\"").append(R)
                .append("\" xmlns:t=\"").append(T).append("\"><lp:intygsLista>");
        certs.forEach(c -> sb.append(c.xml()));
        sb.append("</lp:intygsLista><lp:result><lp:resultCode>OK</lp:resultCode></lp:result></lp:ListSickLeavesForPersonResponse></soap:Body></soap:Envelope>");
        return sb.toString();
    }

    static String listPersonError(String message) {
        return "<soap:Envelope xmlns:soap=\"" + SOAP + "\"><soap:Body><lp:ListSickLeavesForPersonResponse xmlns:lp=\"" + LP
                + "\"><lp:result><lp:resultCode>ERROR</lp:resultCode><lp:resultMessage>" + message
                + "</lp:resultMessage></lp:result></lp:ListSickLeavesForPersonResponse></soap:Body></soap:Envelope>";
    }

    static String fault(String code, String text) {
        return "<soap:Envelope xmlns:soap=\"" + SOAP + "\"><soap:Body><soap:Fault><faultcode>" + code + "</faultcode><faultstring>" + text
                + "</faultstring><detail>No receiverId (logical address) found in message header.</detail></soap:Fault></soap:Body></soap:Envelope>";
    }

    static String storeLogResult(String code, String text) {
        return "<soap:Envelope xmlns:soap=\"" + SOAP + "\"><soap:Body><sl:StoreLogResponse xmlns:sl=\"" + SL + "\" xmlns:lg=\"" + LG
                + "\"><sl:result><lg:resultCode>" + code + "</lg:resultCode>" + (text == null ? "" : "<lg:resultText>" + text + "</lg:resultText>")
                + "</sl:result></sl:StoreLogResponse></soap:Body></soap:Envelope>";
    }

    /** The text of the first element {namespace}local in the message, or null. */
    static String text(Document doc, String namespace, String local) {
        NodeList nodes = doc.getElementsByTagNameNS(namespace, local);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The unit HSA-id of a ListActiveSickLeavesForCareUnit request, by regex (fast for the producer). */
    static String requestedUnit(String body) {
        Matcher m = Pattern.compile("enhets-id>.*?extension>([^<]+)<", Pattern.DOTALL).matcher(body);
        return m.find() ? m.group(1) : null;
    }

    static Element firstChild(Element parent) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }
}
