package se.koordinera.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.koordinera.demo.DemoData;

/**
 * Production login: OIDC for the browser (the region's IdP, SITHS) and bearer tokens for the
 * API. Tokens are signed here with a test key that the application's JwtDecoder trusts, as the
 * IdP's signing key would be in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "koordinera.auth.mode=oidc",
        "koordinera.oidc.assignments-claim=assignments",
        "spring.security.oauth2.client.registration.region.client-id=koordinera",
        "spring.security.oauth2.client.registration.region.client-secret=hemligt",
        "spring.security.oauth2.client.registration.region.scope=openid,profile",
        "spring.security.oauth2.client.registration.region.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.region.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.region.authorization-uri=https://idp.region.test/oidc/authorize",
        "spring.security.oauth2.client.provider.region.token-uri=https://idp.region.test/oidc/token",
        "spring.security.oauth2.client.provider.region.jwk-set-uri=https://idp.region.test/oidc/jwks",
        "spring.security.oauth2.client.provider.region.user-name-attribute=sub"})
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class OidcLoginIT {

    static final RSAKey IDP_KEY = key();
    static final RSAKey OTHER_KEY = key();

    @TestConfiguration
    static class TrustTheTestIdp {
        @Bean
        JwtDecoder jwtDecoder() throws JOSEException {
            return NimbusJwtDecoder.withPublicKey(IDP_KEY.toRSAPublicKey()).build();
        }
    }

    @Autowired MockMvc mvc;

    @Test
    void aBearerTokenWithTheUsersHsaIdGivesTheUsersProvisionedAssignments() throws Exception {
        String token = token(IDP_KEY, Map.of("employeeHsaId", "TSTNMT2321000156-R001"), Instant.now().plusSeconds(300));
        mvc.perform(get("/api/v1/units/" + DemoData.VGR_UNIT + "/sick-leaves?limit=1").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/units/" + DemoData.KALMAR_UNIT + "/sick-leaves").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    @Test
    void assignmentsSentByTheIdpAreAuthoritative() throws Exception {
        String token = token(IDP_KEY, Map.of("employeeHsaId", "TSTNMT2321000156-R001",
                "assignments", List.of(DemoData.VGR_UNIT_2 + "|VARD_OCH_BEHANDLING", DemoData.VGR_UNIT + "|ADMINISTRATION")),
                Instant.now().plusSeconds(300));
        mvc.perform(get("/api/v1/units/" + DemoData.VGR_UNIT_2 + "/sick-leaves?limit=1").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/units/" + DemoData.VGR_UNIT + "/sick-leaves").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    @Test
    void forgedExpiredOrUnknownUserTokensAre401() throws Exception {
        String forged = token(OTHER_KEY, Map.of("employeeHsaId", "TSTNMT2321000156-R001"), Instant.now().plusSeconds(300));
        String expired = token(IDP_KEY, Map.of("employeeHsaId", "TSTNMT2321000156-R001"), Instant.now().minusSeconds(600));
        String unknown = token(IDP_KEY, Map.of("employeeHsaId", "TSTNMT-NOBODY"), Instant.now().plusSeconds(300));
        String noHsaId = token(IDP_KEY, Map.of("name", "Utan HSA-id"), Instant.now().plusSeconds(300));
        for (String token : List.of(forged, expired, unknown, noHsaId)) {
            mvc.perform(get("/api/v1/units/" + DemoData.VGR_UNIT + "/sick-leaves").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/units/" + DemoData.VGR_UNIT + "/sick-leaves")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("rehab.vgr:demo".getBytes())))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theBrowserIsSentToTheRegionsIdp() throws Exception {
        MvcResult first = mvc.perform(get("/oversikt")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).endsWith("/oauth2/authorization/region");
        mvc.perform(get("/oauth2/authorization/region"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("https://idp.region.test/oidc/authorize?"),
                        org.hamcrest.Matchers.containsString("client_id=koordinera"),
                        org.hamcrest.Matchers.containsString("scope=openid"))));
    }

    static String token(RSAKey key, Map<String, Object> claims, Instant expires) throws JOSEException {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("user").issuer("https://idp.region.test").audience("koordinera")
                .issueTime(Date.from(Instant.now().minusSeconds(900))).expirationTime(Date.from(expires));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), builder.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID(java.util.UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
