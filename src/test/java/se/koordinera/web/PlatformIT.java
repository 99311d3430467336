package se.koordinera.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.koordinera.demo.DemoData;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;

@IntegrationTest
class PlatformIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void healthAndPrometheusMetricsAreServed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void openApiDescribesThePublicApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/certificates'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units/{unitId}/sick-leaves'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/patients/{patientId}/access-log'].get").exists());
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }

    @Test
    void browserSessionsAreStoredInPostgresqlSoNodesStayStateless() throws Exception {
        long before = data.count("spring_session");
        mvc.perform(formLogin("/login").user("rehab.vgr").password("demo")).andExpect(status().is3xxRedirection());
        assertThat(data.count("spring_session")).isGreaterThan(before);
    }

    @Test
    void demoDataHasAtLeast300ActiveCasesPerVgrUnit() throws Exception {
        for (String[] userAndUnit : new String[][] {{"rehab.vgr", DemoData.VGR_UNIT}, {"lakare.vgr", DemoData.VGR_UNIT_2}}) {
            String body = mvc.perform(get("/api/v1/units/" + userAndUnit[1] + "/sick-leaves?limit=1")
                            .with(httpBasic(userAndUnit[0], "demo")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            int total = Integer.parseInt(body.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
            assertThat(total).as(userAndUnit[1]).isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void browserPagesAnswerErrorsWithASwedishPageNotJson(@Autowired org.springframework.security.core.userdetails.UserDetailsService users) throws Exception {
        var principal = users.loadUserByUsername("rehab.vgr");
        var auth = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(principal, null,
                principal.getAuthorities());
        mvc.perform(get("/koordinering/arenden/987654321").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(auth)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hittades inte")));
    }

    @Test
    void pagesSendAUserWithSeveralUnitsToTheUnitChooserUntilOneIsChosen(@Autowired org.springframework.security.core.userdetails.UserDetailsService users)
            throws Exception {
        var principal = users.loadUserByUsername("lakare.vgr");
        var auth = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(principal, null,
                principal.getAuthorities());
        for (String page : new String[] {"/oversikt", "/oversikt/excel", "/patient/191212121212", "/koordinering",
                "/koordinering/uppfoljning", "/koordinering/brev/1", "/koordinering/personal"}) {
            mvc.perform(get(page).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .authentication(auth)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/valj-enhet"));
        }
    }

    @Test
    void everyHistoryTableRefusesUpdateDeleteAndTruncate(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        var tables = jdbc.sql("""
                select c.relname, array_agg(t.tgname::text order by t.tgname) as triggers
                from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
                where p.proname = 'forbid_change' and not t.tgisinternal
                  and exists (select 1 from pg_trigger a where a.tgrelid = c.oid and a.tgname = c.relname || '_append_only')
                group by c.relname""").query((rs, n) -> java.util.Map.entry(rs.getString(1),
                java.util.List.of((String[]) rs.getArray(2).getArray()))).list();
        assertThat(tables).extracting(java.util.Map.Entry::getKey).contains("access_log", "journal_entry", "consent",
                "consent_withdrawal", "coordination_case_event", "care_plan_version", "unit_routine");
        for (var table : tables) {
            assertThat(table.getValue()).as(table.getKey())
                    .containsExactlyInAnyOrder(table.getKey() + "_append_only", table.getKey() + "_no_truncate");
        }
    }

    @Test
    void theAdministratorHasNoPatientData() throws Exception {
        mvc.perform(get("/api/v1/units/" + DemoData.VGR_UNIT + "/sick-leaves").with(httpBasic("admin.vgr", "demo")))
                .andExpect(status().isForbidden());
    }
}
