package se.koordinera.integration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.koordinera.integration.riv.log.storelog.v2.StoreLog;
import se.koordinera.integration.riv.log.storelog.v2.StoreLogResponse;
import se.koordinera.integration.riv.log.v2.ResultCodeType;
import se.koordinera.integration.riv.rehabilitation.listactive.v1.ListActiveSickLeavesForCareUnitResponse;
import se.koordinera.integration.riv.rehabilitation.listactive.v1.ResultCodeEnum;
import se.koordinera.integration.riv.rehabilitation.v1.IntygsData;
import se.koordinera.sickleave.CertificateInput;

/** The hand-written JAXB classes against the contract's example messages (INTEGRATIONS.md), without SOAP. */
class RivJaxbTest {

    static <T> T unmarshalBody(String envelope, Class<T> type) throws Exception {
        Document doc = RivXml.parse(envelope);
        Element body = (Element) doc.getElementsByTagNameNS(RivXml.SOAP, "Body").item(0);
        JAXBElement<T> e = JAXBContext.newInstance(type).createUnmarshaller().unmarshal(RivXml.firstChild(body), type);
        return e.getValue();
    }

    @Test
    void theCompleteExampleResponseUnmarshals() throws Exception {
        String xml = RivXml.listActive("TSTNMT2321000156-1000", List.of(RivXml.cert("9f3c2a71-5b1e-4d0a-9c55-2f8e6b7d1a01", "191212121212",
                "TSTNMT2321000156-1002", "TSTNMT2321000156-1000", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 14), 100, false)));
        ListActiveSickLeavesForCareUnitResponse r = unmarshalBody(xml, ListActiveSickLeavesForCareUnitResponse.class);
        assertThat(r.resultCode).isEqualTo(ResultCodeEnum.OK);
        assertThat(r.vardgivare.vardgivarId.extension).isEqualTo("TSTNMT2321000156-1000");
        assertThat(r.vardgivare.vardgivarnamn).isEqualTo("Region Testland");
        IntygsData d = r.intygsLista.intygsData.get(0);
        assertThat(d.intygsId).isEqualTo("9f3c2a71-5b1e-4d0a-9c55-2f8e6b7d1a01");
        assertThat(d.patient.personId.root).isEqualTo("1.2.752.129.2.1.3.1");
        assertThat(d.patient.personId.extension).isEqualTo("191212121212");
        assertThat(d.skapadAv.befattningar.befattning.get(0).codeSystem).isEqualTo("1.2.752.129.2.2.1.4");
        assertThat(d.skapadAv.enhet.enhetsnamn).isEqualTo("Vårdcentralen Testby");
        assertThat(d.skapadAv.enhet.vardgivare.vardgivarId.extension).isEqualTo("TSTNMT2321000156-1000");
        assertThat(d.diagnoskod).isEqualTo("F438A");
        assertThat(d.bidiagnoser).containsExactly("G470");
        assertThat(d.arbetsformaga.formaga.get(0).startdatum).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(d.arbetsformaga.formaga.get(0).nedsattning).isEqualTo(100);
        assertThat(d.enkeltIntyg).isFalse();
        assertThat(d.signeringsTidpunkt).isEqualTo(LocalDateTime.of(2026, 10, 1, 9, 12));
        assertThat(d.sysselsattning).containsExactly("NUVARANDE_ARBETE");
    }

    @Test
    void theRealProducersFormMapsToAValidImportInput() throws Exception {
        String xml = RivXml.listActive(null, List.of(RivXml.cert("c1", "191212121212", "TSTNMT2321000156-1002", null,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 14), 50, true)));
        ListActiveSickLeavesForCareUnitResponse r = unmarshalBody(xml, ListActiveSickLeavesForCareUnitResponse.class);
        assertThat(r.vardgivare).isNull();
        IntygsData d = r.intygsLista.intygsData.get(0);
        assertThat(d.patient.personId.root).isNull();
        assertThat(d.signeringsTidpunkt).isEqualTo(LocalDateTime.of(2026, 10, 1, 9, 12));
        CertificateInput in = FeedMapper.toInput(d, r.vardgivare, "TSTNMT2321000156-1000", u -> u);
        assertThat(in.patient().id()).isEqualTo("191212121212");
        assertThat(in.careProviderId()).isEqualTo("TSTNMT2321000156-1000");
        assertThat(in.careUnitId()).isEqualTo("TSTNMT2321000156-1002");
        assertThat(in.doctor().id()).isEqualTo("TSTNMT2321000156-1003");
        assertThat(in.signed()).isEqualTo("2026-10-01");
        assertThat(in.periods()).containsExactly(new CertificateInput.PeriodInput("2026-10-01", "2026-10-14", 50));
        assertThat(in.secondaryDiagnoses()).extracting(CertificateInput.DiagnosisInput::code).containsExactly("G470");
        assertThat(in.occupation()).isEqualTo("NUVARANDE_ARBETE");
        assertThat(se.koordinera.sickleave.CertificateValidator.validate(List.of(in))).isEmpty();
    }

    @Test
    void personnummerAreNormalisedAndRootsChosenFromTheNumber() {
        assertThat(FeedMapper.normalizePersonnummer("19121212-1212")).isEqualTo("191212121212");
        assertThat(FeedMapper.normalizePersonnummer(" 191212121212 ")).isEqualTo("191212121212");
        assertThat(FeedMapper.normalizePersonnummer("1212121212")).isEqualTo("1212121212");
        assertThat(IntygstjanstClient.personId("191212721213").root).isEqualTo("1.2.752.129.2.1.3.3");
        assertThat(IntygstjanstClient.personId("191212121212").root).isEqualTo("1.2.752.129.2.1.3.1");
    }

    @Test
    void aZonedDateTimeIsConvertedToSwedishTime() {
        assertThat(new se.koordinera.integration.riv.LocalDateTimeAdapter().unmarshal("2026-10-01T07:12:00Z"))
                .isEqualTo(LocalDateTime.of(2026, 10, 1, 9, 12));
        assertThat(new se.koordinera.integration.riv.LocalDateTimeAdapter().unmarshal("2026-10-01T09:12:00.000"))
                .isEqualTo(LocalDateTime.of(2026, 10, 1, 9, 12));
        assertThat(new se.koordinera.integration.riv.LocalDateTimeAdapter().marshal(LocalDateTime.of(2026, 10, 1, 9, 12, 3, 500)))
                .isEqualTo("2026-10-01T09:12:03");
    }

    @Test
    void aStoreLogPostMarshalsInTheContractsNamespacesAndOrder() throws Exception {
        LoggtjanstOutbox.Row row = new LoggtjanstOutbox.Row(1, UUID.fromString("0b6f2a4e-8c1d-4e7a-a3f5-5d2c9e1b7a44"),
                java.time.OffsetDateTime.parse("2026-10-20T12:03:27Z"), "TSTNMT2321000156-1004", "Karin Koordinator", "Vård och behandling",
                "TSTNMT2321000156-1002", "191212121212", "sjukfallsöversikt", "READ", 0);
        StoreLog request = new StoreLog();
        request.log.add(LogPosts.post(row, new LogPosts.Unit("TSTNMT2321000156-1002", "Vårdcentralen Testby", "TSTNMT2321000156-1000",
                "Region Testland"), "TSTNMT2321000156-1099", "Koordinera"));
        Marshaller m = JAXBContext.newInstance(StoreLog.class).createMarshaller();
        StringWriter out = new StringWriter();
        m.marshal(request, out);
        Document doc = RivXml.parse(out.toString());
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(RivXml.SL);
        Element log = RivXml.firstChild(root);
        assertThat(log.getNamespaceURI()).isEqualTo(RivXml.SL);
        Element logId = RivXml.firstChild(log);
        assertThat(logId.getNamespaceURI()).isEqualTo(RivXml.LG);
        assertThat(logId.getTextContent()).isEqualTo("0b6f2a4e-8c1d-4e7a-a3f5-5d2c9e1b7a44");
        assertThat(RivXml.text(doc, RivXml.LG, "startDate")).isEqualTo("2026-10-20T14:03:27");
        assertThat(RivXml.text(doc, RivXml.LG, "activityType")).isEqualTo("Läsa");
        Element activity = (Element) doc.getElementsByTagNameNS(RivXml.LG, "activity").item(0);
        StringBuilder order = new StringBuilder();
        for (var n = activity.getFirstChild(); n != null; n = n.getNextSibling()) {
            order.append(n.getLocalName()).append(' ');
        }
        assertThat(order.toString().trim()).isEqualTo("activityType activityLevel startDate purpose");
    }

    @Test
    void aStoreLogResultInTheWrongNamespaceIsNull() throws Exception {
        StoreLogResponse ok = unmarshalBody(RivXml.storeLogResult("VALIDATION_ERROR", "dubblett"), StoreLogResponse.class);
        assertThat(ok.result.resultCode).isEqualTo(ResultCodeType.VALIDATION_ERROR);
        assertThat(ok.result.resultText).isEqualTo("dubblett");
        StoreLogResponse wrong = unmarshalBody(RivXml.storeLogResult("OK", null).replace("sl:result", "lg:result"), StoreLogResponse.class);
        assertThat(wrong.result).isNull();
    }

}
