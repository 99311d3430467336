package se.koordinera.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.koordinera.support.ApiClient;
import se.koordinera.support.CoordinatedPatient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;

/** The journal hand-off (journalunderlag): a ready text per entry type, the not-transferred lists, the append-only mark. */
@IntegrationTest
class JournalHandoffIT {

    static final Pattern ICD10 = Pattern.compile("\\b[A-Z][0-9]{2}(\\.?[0-9][0-9A-Z]{0,3})?\\b");

    @Autowired TestData data;
    @Autowired ApiClient api;
    @Autowired JdbcClient jdbc;

    CoordinatedPatient f;

    @BeforeEach
    void setUp() throws Exception {
        f = new CoordinatedPatient(data, api);
    }

    JsonNode patientHandoffs(boolean notTransferred) throws Exception {
        return api.call(f.coordinator, get("/api/v1/patients/" + f.patient.value() + "/journal-handoff?unit=" + f.unit.unitId()
                + (notTransferred ? "&notTransferred=true" : "")), null, 200).get("items");
    }

    JsonNode of(JsonNode items, String type, String textContains) {
        for (JsonNode h : items) {
            if (h.get("entry").get("type").asText().equals(type) && h.get("text").asText().contains(textContains)) {
                return h;
            }
        }
        throw new AssertionError("no hand-off of type " + type + " containing " + textContains + " in " + items);
    }

    void assertReady(JsonNode h, String kva) {
        String text = h.get("text").asText();
        assertThat(text).contains(h.get("entry").get("date").asText());
        assertThat(text).contains(h.get("entry").get("author").get("name").asText()).contains("fysioterapeut");
        assertThat(ICD10.matcher(text).find()).as("no ICD-10 code in: " + text).isFalse();
        assertThat(text).doesNotContain("F43").doesNotContain("G47");
        if (kva != null) {
            assertThat(text).contains("KVÅ: " + kva);
            assertThat(h.get("entry").get("kva").asText()).isEqualTo(kva);
        } else {
            assertThat(h.get("entry").get("kva").isNull()).isTrue();
        }
        assertThat(h.get("transferred").isNull()).isTrue();
    }

    @Test
    @DisplayName("R15: an intervention's hand-off text carries GC001 and no diagnosis")
    void intervention() throws Exception {
        assertReady(of(patientHandoffs(false), "INTERVENTION", "Personligt stöd"), "GC001");
    }

    @Test
    @DisplayName("R15: an FK notice's hand-off text carries GC001 and no diagnosis")
    void fkNotice() throws Exception {
        assertReady(of(patientHandoffs(false), "FK_NOTIFICATION", "Försäkringskassan"), "GC001");
    }

    @Test
    @DisplayName("R15: a meeting's hand-off text carries GC001 and no diagnosis")
    void meeting() throws Exception {
        JsonNode h = of(patientHandoffs(false), "INTERVENTION", "Avstämningsmöte");
        assertReady(h, "GC001");
        assertThat(h.get("text").asText()).startsWith("Avstämningsmöte");
    }

    @Test
    @DisplayName("R15: an established return-to-work plan is journaled with DV077, its follow-up with AW026")
    void planAndFollowUp() throws Exception {
        assertReady(of(patientHandoffs(false), "PLAN", "upprättad"), "DV077");
        assertReady(of(patientHandoffs(false), "FOLLOW_UP", "följda upp"), "AW026");
    }

    @Test
    @DisplayName("R13: consent given and withdrawn have hand-off texts too, without a KVÅ code or diagnosis")
    void consents() throws Exception {
        assertReady(of(patientHandoffs(false), "CONSENT_GIVEN", "Samtycke"), null);
        assertReady(of(patientHandoffs(false), "CONSENT_WITHDRAWN", "Samtycke"), null);
    }

    @Test
    @DisplayName("R15: marking an entry transferred records who and when, cannot be repeated or undone")
    void transferredCannotBeUndone() throws Exception {
        JsonNode before = patientHandoffs(true);
        assertThat(before).hasSize(9);
        JsonNode unitList = api.call(f.coordinator, get("/api/v1/units/" + f.unit.unitId() + "/journal-handoff"), null, 200).get("items");
        assertThat(unitList).hasSize(9);
        long entry = of(before, "INTERVENTION", "Personligt stöd").get("entry").get("id").asLong();

        JsonNode marked = api.call(f.coordinator, post("/api/v1/journal/" + entry + "/transfer?unit=" + f.unit.unitId()), null, 201);
        assertThat(marked.get("transferred").get("byId").asText()).isEqualTo(f.coordinator.hsaId());
        assertThat(marked.get("transferred").get("time").asText()).isNotEmpty();
        api.call(f.coordinator, post("/api/v1/journal/" + entry + "/transfer?unit=" + f.unit.unitId()), null, 409);

        List<Long> open = new ArrayList<>();
        patientHandoffs(true).forEach(h -> open.add(h.get("entry").get("id").asLong()));
        assertThat(open).hasSize(8).doesNotContain(entry);
        assertThat(api.call(f.coordinator, get("/api/v1/units/" + f.unit.unitId() + "/journal-handoff"), null, 200).get("items")).hasSize(8);
        assertThat(of(patientHandoffs(false), "INTERVENTION", "Personligt stöd").get("transferred").get("byName").asText())
                .isEqualTo(f.coordinator.user().name());

        for (String sql : List.of("update journal_transfer set transferred_by = 'x' where journal_entry_id = :e",
                "delete from journal_transfer where journal_entry_id = :e")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param("e", entry).update()).rootCause().hasMessageContaining("append-only");
        }
        assertThatThrownBy(() -> jdbc.sql("truncate journal_transfer").update()).rootCause().hasMessageContaining("append-only");
    }

    @Test
    @DisplayName("R2: another unit's coordinator cannot read or mark this unit's entries")
    void anotherUnitIsRefused() throws Exception {
        TestData.Unit other = data.newUnit();
        TestData.User stranger = data.coordinator(other.unitId());
        long entry = patientHandoffs(false).get(0).get("entry").get("id").asLong();
        api.call(stranger, post("/api/v1/journal/" + entry + "/transfer?unit=" + f.unit.unitId()), null, 403);
        api.call(stranger, post("/api/v1/journal/" + entry + "/transfer?unit=" + other.unitId()), null, 404);
        api.call(stranger, get("/api/v1/units/" + f.unit.unitId() + "/journal-handoff"), null, 403);
    }

    @Test
    @DisplayName("R15: the figures count GC001, DV077 and AW026 per month")
    void figuresCountTheThreeCodes() throws Exception {
        String month = java.time.YearMonth.from(f.today).toString();
        JsonNode months = api.call(f.coordinator, get("/api/v1/units/" + f.unit.unitId() + "/figures?from=" + month + "&to=" + month), null, 200);
        JsonNode m = months.get(0);
        assertThat(m.get("month").asText()).isEqualTo(month);
        assertThat(m.get("gc001").asInt()).isEqualTo(3);
        assertThat(m.get("kva").get("GC001").asInt()).isEqualTo(3);
        assertThat(m.get("kva").get("DV077").asInt()).isEqualTo(1);
        assertThat(m.get("kva").get("AW026").asInt()).isEqualTo(1);
        String previous = java.time.YearMonth.from(f.today).minusMonths(1).toString();
        JsonNode before = api.call(f.coordinator, get("/api/v1/units/" + f.unit.unitId() + "/figures?from=" + previous + "&to=" + previous), null, 200);
        assertThat(before.get(0).get("kva").get("DV077").asInt()).isZero();
    }
}
