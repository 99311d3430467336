package se.koordinera.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.koordinera.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description documents a schema for every request body of the API (typed request records). */
@IntegrationTest
class ApiDocsIT {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    @Test
    void everyRequestBodyHasASchema() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(httpBasic("rehab.vgr", "demo"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode docs = json.readTree(body);
        List<String> withBody = new ArrayList<>();
        List<String> withoutSchema = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode requestBody = op.getValue().get("requestBody");
                if (requestBody == null) {
                    continue;
                }
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                withBody.add(name);
                JsonNode schema = requestBody.path("content").path("application/json").path("schema");
                boolean typed = schema.has("$ref") || (schema.has("items") && schema.get("items").has("$ref"));
                if (!typed) {
                    withoutSchema.add(name + " " + schema);
                }
            }
        }
        assertThat(withBody).as("operations with a request body").contains("POST /api/v1/cases", "POST /api/v1/cases/{id}/interventions",
                "POST /api/v1/patients/{patientId}/consents");
        assertThat(withoutSchema).as("request bodies without a typed schema").isEmpty();
        JsonNode intervention = docs.get("components").get("schemas").properties().stream()
                .filter(e -> e.getKey().contains("Intervention")).findFirst().orElseThrow().getValue();
        assertThat(intervention.get("properties").propertyNames()).contains("type", "date", "note", "actor");
    }
}
