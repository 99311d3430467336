package se.koordinera.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the API as a test user (HTTP Basic), checks the status and returns the JSON answer. */
@Component
public class ApiClient {

    private final MockMvc mvc;
    private final JsonMapper json;

    public ApiClient(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** Sends {@code body} as JSON (when not null) and fails with the response body when the status differs. */
    public JsonNode call(TestData.User user, MockHttpServletRequestBuilder request, Object body, int expectedStatus) throws Exception {
        request.with(httpBasic(user.username(), TestData.PASSWORD));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        MvcResult result = mvc.perform(request).andReturn();
        String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(content).isEqualTo(expectedStatus);
        return content.isEmpty() ? null : json.readTree(content);
    }
}
