package se.koordinera.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.koordinera.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 8: /v3/api-docs documents the request body of every POST and PUT of the plan, meeting and staff API. */
@IntegrationTest
class PlanStaffApiDocsIT {

    static final Set<String> TAGS = Set.of("Rehabiliteringsplan", "Överenskommelse och möten", "Personal och rutin");
    /** Operations that take no body by design: approving a routine version is the POST itself. */
    static final Set<String> WITHOUT_BODY = Set.of("POST /api/v1/units/{unitId}/routine/versions/{version}/approval");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void everyPostAndPutOfPlanAndStaffHasARequestBodySchemaWithTheDocumentedFields() throws Exception {
        JsonNode docs = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            for (String method : List.of("post", "put")) {
                JsonNode op = path.getValue().get(method);
                if (op == null || !TAGS.contains(op.get("tags").get(0).asText())) {
                    continue;
                }
                String name = method.toUpperCase() + " " + path.getKey();
                if (WITHOUT_BODY.contains(name)) {
                    assertThat(op.get("requestBody")).as(name).isNull();
                    continue;
                }
                JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
                assertThat(schema.isMissingNode()).as(name + " has no request body schema").isFalse();
                assertThat(schema.has("$ref") || schema.has("properties")).as(name + ": " + schema).isTrue();
                checked.add(name);
            }
        }
        assertThat(checked).containsExactlyInAnyOrder("POST /api/v1/cases/{id}/plan", "POST /api/v1/cases/{id}/agreement",
                "POST /api/v1/cases/{id}/meetings", "POST /api/v1/meetings/{id}/minutes", "PUT /api/v1/cases/{id}/responsible",
                "POST /api/v1/units/{unitId}/routine", "PUT /api/v1/regions/{regionId}/policy", "PUT /api/v1/units/{unitId}/candidate-criteria",
                "POST /api/v1/meetings/{id}/move", "POST /api/v1/meetings/{id}/cancellation");

        JsonNode schemas = docs.get("components").get("schemas");
        assertThat(fields(schemas, "PlanRequest")).containsExactlyInAnyOrder("basedOnVersion", "goals", "patientWords", "steps", "activities",
                "collaborationNeeds", "collaborationNote", "followUpDates", "note");
        assertThat(fields(schemas, "PlanStepRequest")).containsExactlyInAnyOrder("degree", "from", "to");
        assertThat(fields(schemas, "ActivityRequest")).containsExactlyInAnyOrder("text", "actor", "due");
        assertThat(fields(schemas, "AgreementRequest")).containsExactlyInAnyOrder("basedOnVersion", "expectations", "worries", "agreed",
                "actions", "contactPerson", "contactPhone", "nextContact");
        assertThat(fields(schemas, "BookingRequest")).containsExactlyInAnyOrder("kind", "date", "time", "durationMinutes", "location", "video",
                "videoLink", "participants", "agenda", "recordedAfterwards");
        assertThat(fields(schemas, "MeetingMoveRequest")).containsExactlyInAnyOrder("date", "time", "durationMinutes", "reason");
        assertThat(fields(schemas, "MeetingCancelRequest")).containsExactly("reason");
        assertThat(fields(schemas, "MinutesRequest")).containsExactlyInAnyOrder("minutes", "agreedActions");
        assertThat(fields(schemas, "ResponsibleRequest")).containsExactly("hsaId");
        assertThat(fields(schemas, "RoutineRequest")).containsExactly("text");
        assertThat(fields(schemas, "CandidateCriteriaRequest")).containsExactlyInAnyOrder("mentalDiagnosis", "repeatedCases12Months",
                "repeatedDays3Years", "chainLimitWithinDays", "degreeUnchangedWeeks", "endedWithinDays");
        assertThat(fields(schemas, "PolicyRequest")).containsExactly("preventiveCoordination");
        assertThat(schemas.get("PlanRequest").get("required").toString()).contains("goals").contains("basedOnVersion");
    }

    static List<String> fields(JsonNode schemas, String name) {
        assertThat(schemas.has(name)).as(name).isTrue();
        List<String> names = new ArrayList<>();
        schemas.get(name).get("properties").propertyNames().forEach(names::add);
        return names;
    }
}
