package se.koordinera.integration;

import java.util.List;
import org.springframework.stereotype.Component;
import se.koordinera.integration.riv.certificate.types.v2.HsaId;
import se.koordinera.integration.riv.certificate.types.v2.PersonId;
import se.koordinera.integration.riv.rehabilitation.listactive.v1.ListActiveSickLeavesForCareUnit;
import se.koordinera.integration.riv.rehabilitation.listactive.v1.ListActiveSickLeavesForCareUnitResponderInterface;
import se.koordinera.integration.riv.rehabilitation.listactive.v1.ListActiveSickLeavesForCareUnitResponse;
import se.koordinera.integration.riv.rehabilitation.listperson.v1.ListSickLeavesForPerson;
import se.koordinera.integration.riv.rehabilitation.listperson.v1.ListSickLeavesForPersonResponderInterface;
import se.koordinera.integration.riv.rehabilitation.listperson.v1.ListSickLeavesForPersonResponse;
import se.koordinera.integration.riv.rehabilitation.v1.IntygsData;
import se.koordinera.integration.riv.rehabilitation.v1.Vardgivare;

/** The two Intygstjänsten contracts: a unit's active sick leaves and one person's certificates. */
@Component
class IntygstjanstClient {

    static final String HSA_ROOT = "1.2.752.129.2.1.4.1";
    static final String PERSONNUMMER_ROOT = "1.2.752.129.2.1.3.1";
    static final String SAMORDNINGSNUMMER_ROOT = "1.2.752.129.2.1.3.3";

    private final IntegrationSettings settings;
    private final RivClientFactory factory;
    private volatile ListActiveSickLeavesForCareUnitResponderInterface unitPort;
    private volatile ListSickLeavesForPersonResponderInterface personPort;

    IntygstjanstClient(IntegrationSettings settings, RivClientFactory factory) {
        this.settings = settings;
        this.factory = factory;
        factory.warnIfPlainHttp("Intygstjänsten (ListActiveSickLeavesForCareUnit)", settings.unitUrl());
        factory.warnIfPlainHttp("Intygstjänsten (ListSickLeavesForPerson)", settings.personUrl());
    }

    boolean unitFeedConfigured() {
        return settings.unitUrl() != null;
    }

    boolean personHistoryConfigured() {
        return settings.personUrl() != null;
    }

    /** The answer's certificates and care provider; a logical ERROR or a fault is a {@link RivCallException}. */
    record Answer(List<IntygsData> certificates, Vardgivare careProvider, String comment) {
    }

    Answer activeSickLeaves(String unitHsaId, int maxDaysSinceEnd) {
        if (unitPort == null) {
            unitPort = factory.create(ListActiveSickLeavesForCareUnitResponderInterface.class, require(settings.unitUrl(), "KOORDINERA_INTYGSTJANST_UNIT_URL"));
        }
        ListActiveSickLeavesForCareUnit request = new ListActiveSickLeavesForCareUnit();
        request.enhetsId = hsaId(unitHsaId);
        request.maxDagarSedanAvslut = maxDaysSinceEnd;
        ListActiveSickLeavesForCareUnitResponse response = Retrying.call("Intygstjänsten", settings.attempts(), settings.backoff(),
                () -> unitPort.listActiveSickLeavesForCareUnit(settings.intygstjanstLogicalAddress(), request));
        if (response == null || response.resultCode == null) {
            throw new RivCallException("Intygstjänsten gav ett svar utan resultatkod", true, null);
        }
        if (response.resultCode == se.koordinera.integration.riv.rehabilitation.listactive.v1.ResultCodeEnum.ERROR) {
            throw new RivCallException("Intygstjänsten svarade ERROR: " + (response.comment == null ? "(ingen förklaring)" : response.comment), false, null);
        }
        return new Answer(response.intygsLista == null ? List.of() : response.intygsLista.intygsData, response.vardgivare, response.comment);
    }

    Answer sickLeavesOfPerson(String personnummer12) {
        if (personPort == null) {
            personPort = factory.create(ListSickLeavesForPersonResponderInterface.class, require(settings.personUrl(), "KOORDINERA_INTYGSTJANST_PERSON_URL"));
        }
        ListSickLeavesForPerson request = new ListSickLeavesForPerson();
        request.personId = personId(personnummer12);
        ListSickLeavesForPersonResponse response = Retrying.call("Intygstjänsten", settings.attempts(), settings.backoff(),
                () -> personPort.listSickLeavesForPerson(settings.intygstjanstLogicalAddress(), request));
        if (response == null || response.result == null || response.result.resultCode == null) {
            throw new RivCallException("Intygstjänsten gav ett svar utan resultatkod", true, null);
        }
        if (response.result.resultCode == se.koordinera.integration.riv.rehabilitation.listperson.v1.ResultCodeEnum.ERROR) {
            String message = response.result.resultMessage;
            throw new RivCallException("Intygstjänsten svarade ERROR: " + (message == null ? "(ingen förklaring)" : message), false, null);
        }
        return new Answer(response.intygsLista == null ? List.of() : response.intygsLista.intygsData, response.vardgivare,
                response.result.resultMessage);
    }

    static HsaId hsaId(String id) {
        HsaId h = new HsaId();
        h.root = HSA_ROOT;
        h.extension = id;
        return h;
    }

    static PersonId personId(String personnummer12) {
        PersonId p = new PersonId();
        int day = Integer.parseInt(personnummer12.substring(6, 8));
        p.root = day > 60 ? SAMORDNINGSNUMMER_ROOT : PERSONNUMMER_ROOT;
        p.extension = personnummer12;
        return p;
    }

    private static String require(String url, String setting) {
        if (url == null) {
            throw new RivCallException("Intygstjänsten är inte konfigurerad (" + setting + ")", false, null);
        }
        return url;
    }
}
