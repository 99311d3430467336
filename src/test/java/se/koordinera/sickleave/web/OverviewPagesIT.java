package se.koordinera.sickleave.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.koordinera.access.LocalUserDetails;
import se.koordinera.sickleave.OverviewPageService;
import se.koordinera.sickleave.SickLeaveItem;
import se.koordinera.sickleave.SickLeaveList;
import se.koordinera.sickleave.SickLeaveStatistics;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.StatementCounter;
import se.koordinera.support.TestData;
import tools.jackson.databind.json.JsonMapper;

/** The overview's pages over HTTP for a unit with known certificates: statistics, filters, print and export logging. */
@IntegrationTest
class OverviewPagesIT {

    @Autowired
    se.koordinera.web.PatientReferences references;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData testData;
    @Autowired
    JsonMapper json;

    KnownUnit known;

    @BeforeEach
    void setUp() throws Exception {
        known = new KnownUnit(testData, mvc, json);
    }

    MockHttpServletRequestBuilder as(TestData.User u, MockHttpServletRequestBuilder request) {
        return request.with(user(new LocalUserDetails(u.username(), "x", u.user())));
    }

    OverviewPageService.OverviewPage page(TestData.User u, String query) throws Exception {
        MvcResult result = mvc.perform(as(u, get("/oversikt" + query))).andExpect(status().isOk()).andReturn();
        return (OverviewPageService.OverviewPage) result.getModelAndView().getModel().get("page");
    }

    static Map<String, Integer> counts(List<SickLeaveStatistics.Bar> bars) {
        return bars.stream().collect(Collectors.toMap(SickLeaveStatistics.Bar::key, SickLeaveStatistics.Bar::count));
    }

    @Test
    @DisplayName("The overview reads the user's settings and the unit once per page, however many of its parts need them (issue 13)")
    void settingsAndUnitAreReadOncePerPage() throws Exception {
        List<String> statements = StatementCounter.statements(() -> mvc.perform(as(known.coordinator, get("/oversikt")))
                .andExpect(status().isOk()));
        assertThat(statements.stream().filter(sql -> sql.contains("from user_setting"))).hasSize(1);
        assertThat(statements.stream().filter(sql -> sql.contains("from care_unit where id = ?"))).hasSize(1);

        // A switch saved by the page is what the rest of that page and the next one read: the saved row is read again.
        List<String> switching = StatementCounter.statements(() -> mvc.perform(as(known.coordinator, get("/oversikt?privacy=1")))
                .andExpect(status().isOk()).andExpect(model().attribute("privacy", true)));
        assertThat(switching.stream().filter(sql -> sql.contains("into user_setting"))).hasSize(1);
        assertThat(switching.stream().filter(sql -> sql.contains("from user_setting"))).hasSize(2);
        mvc.perform(as(known.coordinator, get("/oversikt"))).andExpect(model().attribute("privacy", true));
        mvc.perform(as(known.coordinator, get("/oversikt?privacy=false"))).andExpect(model().attribute("privacy", false));
    }

    @Test
    void statisticsOfTheKnownUnitAgreeWithTheEngine() throws Exception {
        OverviewPageService.OverviewPage page = page(known.coordinator, "");
        // p1..p4 and p6 are active today; p5 ended three days ago.
        assertThat(page.list().total()).isEqualTo(5);
        SickLeaveStatistics stats = page.statistics();
        assertThat(stats.total()).isEqualTo(5);
        assertThat(counts(stats.bySex())).containsEntry("F", 2).containsEntry("M", 3);
        assertThat(counts(stats.byChapter())).containsEntry("F00-F99", 3).containsEntry("M00-M99", 1).containsEntry("J00-J99", 1)
                .hasSize(3);
        assertThat(counts(stats.byDegree())).containsEntry("100", 1).containsEntry("75", 1).containsEntry("50", 2).containsEntry("25", 1);
        // Lengths 31, 8, 69 (p6 merged over a 2-day gap) < 90; p2 111 in 90-180; p3 406 > 365.
        assertThat(counts(stats.byLength())).containsEntry("0-89", 3).containsEntry("90-180", 1).containsEntry("181-365", 0)
                .containsEntry("366-", 1);
        Map<String, Integer> days = page.list().items().stream().collect(Collectors.toMap(i -> i.patient().id(), SickLeaveItem::days));
        assertThat(days).containsEntry(known.p1.value(), 31).containsEntry(known.p2.value(), 111).containsEntry(known.p3.value(), 406)
                .containsEntry(known.p4.value(), 8).containsEntry(known.p6.value(), 69);

        // The same counts from the engine's API answer for the unit.
        MvcResult api = mvc.perform(as(known.coordinator, get("/api/v1/units/" + known.unit.unitId() + "/sick-leaves")))
                .andExpect(status().isOk()).andReturn();
        SickLeaveList fromApi = json.readValue(api.getResponse().getContentAsString(), SickLeaveList.class);
        assertThat(fromApi.total()).isEqualTo(stats.total());
        assertThat(fromApi.items().stream().filter(i -> i.patient().gender().equals("F")).count()).isEqualTo(2);
    }

    @Test
    void filtersAndLengthBandsNarrowTheListAndTheStatistics() throws Exception {
        OverviewPageService.OverviewPage bands = page(known.coordinator, "?lengthBand=0-14&lengthBand=731-&lengthBand=366-730");
        assertThat(bands.list().items()).extracting(i -> i.patient().id()).containsExactlyInAnyOrder(known.p4.value(), known.p3.value());
        assertThat(bands.statistics().total()).isEqualTo(2);

        OverviewPageService.OverviewPage women = page(known.coordinator, "?gender=F&diagnosisChapter=F00-F99&sort=days");
        assertThat(women.list().items()).extracting(i -> i.patient().id()).containsExactly(known.p1.value(), known.p3.value());
        assertThat(counts(women.statistics().bySex())).containsEntry("F", 2).containsEntry("M", 0);

        OverviewPageService.OverviewPage degree = page(known.coordinator, "?degree=50&minAge=40");
        assertThat(degree.list().items()).extracting(i -> i.patient().id()).containsExactly(known.p2.value());

        // The page's length filter is a free from-to (issue 12 item 10); a reversed one is explained next to its fields,
        // keeps what was typed and narrows nothing.
        String reversed = mvc.perform(as(known.coordinator, get("/oversikt?minDays=30&maxDays=10"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String reversedEnd = mvc.perform(as(known.coordinator, get("/oversikt?statistik=0&doctorId=&minDays=30&maxDays=60&endFrom=2026-12-31&endTo=2026-01-01&sort=-days")).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the message is next to the fields (not only in the summary above the list)
        assertThat(reversedEnd).containsPattern("id=\"err-end\"[^>]*>Slutdatum från får inte ligga efter slutdatum till");
        assertThat(reversed).contains("Längden från får inte vara större än längden till").contains("value=\"30\"").contains("value=\"10\"");
        // A refused filter is explained on the overview itself and left out (issue 12: values kept, no silent 0).
        String error = mvc.perform(as(known.coordinator, get("/oversikt?lengthBand=1-2"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(error).contains("Okänt längdintervall").contains("id=\"filter-refused\"");
        String fragment = mvc.perform(as(known.coordinator, get("/oversikt?minAge=70&maxAge=20")).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The message names the filter as the page shows it, never the parameter (issue 12 item 4).
        assertThat(fragment).contains("id=\"results\"").contains("role=\"alert\"")
                .contains("Lägsta ålder får inte vara högre än högsta ålder").doesNotContain("minAge får inte");
    }

    @Test
    void htmxRequestGetsOnlyTheResultsFragment() throws Exception {
        String html = mvc.perform(as(known.coordinator, get("/oversikt?gender=M")).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"results\"").contains("hx-swap-oob").doesNotContain("<header").contains("Bertil");
        assertThat(html).doesNotContain("Anna Ettan");
    }

    @Test
    void doctorSeesOwnCasesByDefaultAndAllOnRequest() throws Exception {
        OverviewPageService.OverviewPage own = page(known.doctor, "");
        assertThat(own.list().items()).extracting(i -> i.patient().id()).containsExactly(known.p1.value());
        OverviewPageService.OverviewPage all = page(known.doctor, "?doctorId=");
        assertThat(all.list().total()).isEqualTo(5);
    }

    @Test
    void printAndExportAreLoggedAsPrintAndExport() throws Exception {
        String unit = known.unit.unitId();
        String html = mvc.perform(as(known.coordinator, get("/oversikt/utskrift?privacy=on"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("Anna Ettan").doesNotContain(known.p1.formatted());
        assertThat(testData.count("select count(*) from access_log where unit_id = ? and action = 'PRINT' and function = 'sjukfallsöversikt'",
                unit)).isEqualTo(5);

        // the print above switched privacy on, and it is saved for the user (issue 12 item 11): switch it off for the export
        byte[] xlsx = mvc.perform(as(known.coordinator, get("/oversikt/excel?gender=F&privacy=off"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(testData.count("select count(*) from access_log where unit_id = ? and action = 'EXPORT'", unit)).isEqualTo(2);
        assertThat(testData.count("select count(*) from access_log where unit_id = ? and action = 'EXPORT' and patient_id = ?", unit,
                known.p1.value())).isEqualTo(1);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4); // title, filter description, header, two rows
            String all = text(sheet);
            assertThat(all).contains("Anna Ettan").contains("Cecilia Trean").doesNotContain("Bertil");
        }

        byte[] hidden = mvc.perform(as(known.coordinator, get("/oversikt/excel?privacy=on"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(hidden))) {
            String all = text(book.getSheetAt(0));
            assertThat(all).doesNotContain("Anna Ettan").doesNotContain(known.p1.formatted()).contains("F43.2");
        }

        mvc.perform(as(known.coordinator, get("/patient/" + references.of(known.p3.value()) + "/utskrift"))).andExpect(status().isOk());
        assertThat(testData.count("select count(*) from access_log where unit_id = ? and action = 'PRINT' and patient_id = ? and function = 'patientens sjukfall'",
                unit, known.p3.value())).isEqualTo(1);
        assertThat(testData.count("select count(*) from access_log where unit_id = ? and action = 'READ' and patient_id = ? and function = 'patientens sjukfall'",
                unit, known.p3.value())).isZero();
    }

    @Test
    void patientPageShowsEveryCaseNewestFirstAndIsLogged() throws Exception {
        String html = mvc.perform(as(known.coordinator, get("/patient/" + references.of(known.p6.value())))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Filip Sexan").contains("<svg").contains("F43.8A");
        assertThat(testData.count("select count(*) from access_log where unit_id = ? and action = 'READ' and patient_id = ? and function = 'patientens sjukfall'",
                known.unit.unitId(), known.p6.value())).isEqualTo(1);
        mvc.perform(as(testData.coordinator(testData.newUnit().unitId()), get("/patient/" + references.of(known.p6.value())))).andExpect(status().isNotFound());
    }

    static String text(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        StringBuilder b = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(c -> b.append(f.formatCellValue(c)).append('|'));
            b.append('\n');
        }
        return b.toString();
    }
}
