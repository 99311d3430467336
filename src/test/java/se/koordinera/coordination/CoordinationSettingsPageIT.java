package se.koordinera.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import se.koordinera.access.LocalUserDetails;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;

/** The unit manager, and only the manager, sets the unit's threshold for the candidate worklist in the browser. */
@IntegrationTest
class CoordinationSettingsPageIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static Authentication signedIn(TestData.User user) {
        LocalUserDetails principal = new LocalUserDetails(user.username(), "", user.user());
        return new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities());
    }

    int threshold(TestData.Unit unit) {
        return jdbc.sql("select candidate_min_days from coordination_setting where unit_id = ?").param(unit.unitId())
                .query(Integer.class).single();
    }

    @Test
    void managerSetsTheThresholdAndCoordinatorIsRefused() throws Exception {
        TestData.Unit unit = data.newUnit();
        TestData.User manager = data.manager(unit.unitId());
        TestData.User coordinator = data.coordinator(unit.unitId());

        mvc.perform(get("/koordinering").with(authentication(signedIn(manager))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"threshold-form\"")));
        mvc.perform(get("/koordinering").with(authentication(signedIn(coordinator))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"threshold-form\""))));

        mvc.perform(post("/koordinering/installning").param("candidateMinDays", "30").with(csrf())
                        .with(authentication(signedIn(manager))))
                .andExpect(status().is3xxRedirection());
        assertThat(threshold(unit)).isEqualTo(30);

        mvc.perform(post("/koordinering/installning").param("candidateMinDays", "7").with(csrf())
                        .with(authentication(signedIn(coordinator))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/koordinering/installning").param("candidateMinDays", "0").with(csrf())
                        .with(authentication(signedIn(manager))))
                .andExpect(status().is3xxRedirection());
        assertThat(threshold(unit)).isEqualTo(30);
    }
}
