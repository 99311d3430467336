package se.koordinera.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.koordinera.demo.DemoData;
import se.koordinera.support.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Login through an Inera-shaped IdP (a real Spring Authorization Server started here): the browser's
 * authorization code flow over real HTTP, and bearer tokens for the API with the same claims. The
 * chosen commission gives the session its unit and purpose; a commission that is not Vård och
 * behandling gives a Swedish page and no patient data; tokens for another audience are refused;
 * the region administrator role never comes from a claim.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@org.springframework.context.annotation.Import(TestClock.class)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class IneraOidcLoginIT {

    static final int APP_PORT = freePort();
    static final int IDP_PORT = freePort();
    static final String APP = "http://localhost:" + APP_PORT;
    static final ConfigurableApplicationContext IDP;

    static {
        Map<String, Map<String, Object>> claims = new LinkedHashMap<>();
        // rehab.vgr's commission for VGR unit 1002, purpose Vård och behandling
        claims.put("karin", commission("TSTNMT2321000156-R001", DemoData.VGR_UNIT, "Vård och behandling", "Karin", "Koordinator"));
        // the same person logged in with an administrative commission
        claims.put("karin-adm", commission("TSTNMT2321000156-R001", DemoData.VGR_UNIT, "Administration", "Karin", "Koordinator"));
        // lakare.vgr chose unit 1003 only, although provisioned for 1002 too
        claims.put("lakare", commission(DemoData.DOCTOR_HSA_ID, DemoData.VGR_UNIT_2, "Vård och behandling", "Lars", "Läkare"));
        // a user trying to make themselves region administrator with a self-chosen claim
        Map<String, Object> sneaky = new LinkedHashMap<>(commission("TSTNMT2321000156-R001", DemoData.VGR_UNIT, "Vård och behandling", "Karin", "K"));
        sneaky.put("roles", java.util.List.of("REGION_ADMIN"));
        sneaky.put("commissionName", "REGION_ADMIN");
        claims.put("sneaky", sneaky);
        IDP = IneraIdp.start(IDP_PORT, APP + "/login/oauth2/code/region", claims);
    }

    static Map<String, Object> commission(String hsaId, String unit, String purpose, String given, String family) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("employeeHsaId", hsaId);
        c.put("commissionHsaId", "TSTNMT2321000156-C" + Math.abs(unit.hashCode() % 1000));
        c.put("commissionPurpose", purpose);
        c.put("commissionName", "Uppdrag på " + unit);
        c.put("healthCareUnitHsaId", unit);
        c.put("healthCareProviderHsaId", "TSTNMT2321000156-1000");
        c.put("given_name", given);
        c.put("family_name", family);
        return c;
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry r) {
        String idp = IneraIdp.issuer();
        r.add("server.port", () -> APP_PORT);
        r.add("koordinera.auth.mode", () -> "oidc");
        r.add("spring.security.oauth2.client.registration.region.client-id", () -> "koordinera");
        r.add("spring.security.oauth2.client.registration.region.client-secret", () -> "koordinera-hemligt");
        r.add("spring.security.oauth2.client.registration.region.scope", () -> "openid,profile");
        r.add("spring.security.oauth2.client.registration.region.authorization-grant-type", () -> "authorization_code");
        r.add("spring.security.oauth2.client.registration.region.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        r.add("spring.security.oauth2.client.provider.region.authorization-uri", () -> idp + "/oauth2/authorize");
        r.add("spring.security.oauth2.client.provider.region.token-uri", () -> idp + "/oauth2/token");
        r.add("spring.security.oauth2.client.provider.region.jwk-set-uri", () -> idp + "/oauth2/jwks");
        r.add("spring.security.oauth2.client.provider.region.user-name-attribute", () -> "sub");
        r.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> idp + "/oauth2/jwks");
        r.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> idp);
    }

    @AfterAll
    static void stop() {
        IDP.close();
    }

    final JsonMapper json = JsonMapper.builder().build();

    /** A browser: cookies, redirects followed by hand so that each hop is visible. */
    static final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String lastUrl;

        HttpResponse<String> get(String url) throws Exception {
            lastUrl = url;
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String url, Map<String, String> form) throws Exception {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Follows redirects until a page, signing in at the IdP's login form when asked; returns the final response. */
        HttpResponse<String> follow(HttpResponse<String> response, String user) throws Exception {
            for (int hops = 0; hops < 15; hops++) {
                if (response.statusCode() / 100 != 3) {
                    if (response.statusCode() == 200 && response.body().contains("name=\"username\"") && user != null) {
                        String loginUrl = lastUrl;
                        response = postForm(loginUrl, Map.of("username", user, "password", IneraIdp.PASSWORD, "_csrf", csrf(response.body())));
                        user = null;
                        continue;
                    }
                    return response;
                }
                String location = response.headers().firstValue("Location").orElseThrow();
                URI next = URI.create(lastUrl).resolve(location);
                if (next.toString().startsWith("http://localhost/test-callback")) {
                    return response;
                }
                response = get(next.toString());
            }
            throw new AssertionError("too many redirects");
        }
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            m = Pattern.compile("value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(html);
            assertThat(m.find()).as(html).isTrue();
        }
        return m.group(1);
    }

    @Test
    void theChosenCommissionGivesTheSessionItsUnitAndPurpose() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> start = browser.get(APP + "/oauth2/authorization/region");
        String authorize = start.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(IneraIdp.issuer() + "/oauth2/authorize?");
        String claims = URLDecoder.decode(query(authorize).get("claims"), StandardCharsets.UTF_8);
        JsonNode asked = json.readTree(claims);
        assertThat(asked.get("id_token").has("employeeHsaId")).isTrue();
        assertThat(asked.get("id_token").has("commissionPurpose")).isTrue();
        assertThat(asked.get("id_token").has("healthCareUnitHsaId")).isTrue();

        HttpResponse<String> page = browser.follow(start, "lakare");
        assertThat(browser.lastUrl).endsWith("/oversikt");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Lars Läkare").contains("Vårdcentralen Lunden");
        // lakare.vgr is provisioned for two units, but the chosen commission is for VGR_UNIT_2 only
        HttpResponse<String> chooser = browser.get(APP + "/valj-enhet");
        assertThat(chooser.body()).contains(DemoData.VGR_UNIT_2).doesNotContain("value=\"" + DemoData.VGR_UNIT + "\"");
    }

    @Test
    void aCommissionThatIsNotVardOchBehandlingGivesASwedishPageAndNoPatientData() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.follow(browser.get(APP + "/oauth2/authorization/region"), "karin-adm");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Du har inget medarbetaruppdrag med syftet Vård och behandling")
                .contains("Du loggade in med ett medarbetaruppdrag med syftet").contains("Administration");
        HttpResponse<String> overview = browser.follow(browser.get(APP + "/oversikt"), null);
        assertThat(overview.body()).doesNotContain("191212121212").doesNotContain("<td class=\"pnr\"");
        assertThat(overview.statusCode()).isIn(200, 403);
        assertThat(overview.body()).doesNotContain("Sjukfall på");
    }

    @Test
    void bearerTokensCarryTheSameClaimsAndTheAudienceIsEnforced() throws Exception {
        String token = accessToken("koordinera", "karin");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/units/" + DemoData.VGR_UNIT + "/sick-leaves?limit=1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        // the commission is for VGR_UNIT only
        HttpResponse<String> otherUnit = http.send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/units/" + DemoData.VGR_UNIT_2 + "/sick-leaves?limit=1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(otherUnit.statusCode()).isEqualTo(403);

        String adm = accessToken("koordinera", "karin-adm");
        HttpResponse<String> noData = http.send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/units/" + DemoData.VGR_UNIT + "/sick-leaves?limit=1"))
                .header("Authorization", "Bearer " + adm).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noData.statusCode()).isEqualTo(403);

        String foreign = accessToken("annan-app", "karin");
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/units/" + DemoData.VGR_UNIT + "/sick-leaves?limit=1"))
                .header("Authorization", "Bearer " + foreign).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void theRegionAdministratorRoleNeverComesFromAClaim() throws Exception {
        String token = accessToken("koordinera", "sneaky");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> figures = http.send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/regions/TSTNMT2321000156-1000/figures"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(figures.statusCode()).as(figures.body()).isEqualTo(403);
    }

    /** The authorization code flow for {@code clientId} as {@code user}, then the token request: the access token. */
    String accessToken(String clientId, String user) throws Exception {
        Browser browser = new Browser();
        String authorize = IneraIdp.issuer() + "/oauth2/authorize?response_type=code&client_id=" + clientId
                + "&scope=openid%20profile&redirect_uri=" + URLEncoder.encode("http://localhost/test-callback", StandardCharsets.UTF_8) + "&state=s1";
        HttpResponse<String> last = browser.follow(browser.get(authorize), user);
        String location = last.headers().firstValue("Location").orElseThrow(() -> new AssertionError(last.statusCode() + " " + last.body()));
        String code = query(location).get("code");
        assertThat(code).isNotNull();
        HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(IneraIdp.issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientId + "-hemligt").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                        + "&redirect_uri=" + URLEncoder.encode("http://localhost/test-callback", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        JsonNode body = json.readTree(token.body());
        JsonNode idToken = json.readTree(Base64.getUrlDecoder().decode(body.get("id_token").asText().split("\\.")[1]));
        assertThat(idToken.get("employeeHsaId").asText()).startsWith("TSTNMT2321000156-");
        assertThat(idToken.has("commissionPurpose")).isTrue();
        return body.get("access_token").asText();
    }

    static Map<String, String> query(String url) {
        Map<String, String> q = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            q.put(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8), part.substring(eq + 1));
        }
        return q;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
