package org.twintowns.partnerships.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.security.Caller;
import org.twintowns.commons.security.DevTokenGuard;
import org.twintowns.partnerships.importing.OfficialCodeIds;
import org.twintowns.testing.TestTokens;
import org.yaml.snakeyaml.Yaml;

/**
 * The Keycloak realm of docker-compose.yml (docker/keycloak/twintowns-realm.json) issues the
 * tokens the services expect: the roles, the audience, roles in {@code groups}, the editors'
 * municipalities as ids that the Destatis import gives, and the issuer the services check.
 * Keycloak cannot run here (no Docker engine), so the files are checked against each other.
 */
class KeycloakRealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REALM_FILE = Path.of("../docker/keycloak/twintowns-realm.json");
    private static final List<String> CLIENTS = List.of("twintowns-web", "twintowns-cli");

    private static JsonNode realm() throws IOException {
        return JSON.readTree(REALM_FILE.toFile());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> value.equals(n.path(field).asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + " = " + value + " in " + array));
    }

    /** The one mapper of a client that writes this claim into access tokens. */
    private static JsonNode claimMapper(JsonNode client, String type, String claim) {
        List<JsonNode> found = new ArrayList<>();
        client.path("protocolMappers").forEach(m -> {
            if (m.path("protocolMapper").asText().equals(type) && m.path("config").path("claim.name").asText().equals(claim)
                    && m.path("config").path("access.token.claim").asText().equals("true")) {
                found.add(m);
            }
        });
        assertEquals(1, found.size(), client.path("clientId").asText() + ": mappers of " + type + " for " + claim);
        return found.get(0).path("config");
    }

    @Test
    void shouldDefineTheRolesTheServicesCheck() throws IOException {
        JsonNode roles = realm().path("roles").path("realm");
        find(roles, "name", Caller.ADMIN);
        find(roles, "name", Caller.EDITOR);
    }

    @Test
    void shouldPutAudienceRolesNameAndMunicipalitiesIntoEveryAccessToken() throws IOException {
        for (String clientId : CLIENTS) {
            JsonNode client = find(realm().path("clients"), "clientId", clientId);
            JsonNode audience = find(client.path("protocolMappers"), "protocolMapper", "oidc-audience-mapper").path("config");
            assertEquals(TestTokens.AUDIENCE, audience.path("included.custom.audience").asText(), clientId);
            assertEquals("true", audience.path("access.token.claim").asText(), clientId);
            // MicroProfile JWT takes the roles from "groups", the principal's name from "upn".
            JsonNode groups = claimMapper(client, "oidc-usermodel-realm-role-mapper", "groups");
            assertEquals("true", groups.path("multivalued").asText(), clientId);
            assertEquals("", groups.path("usermodel.realmRoleMapping.rolePrefix").asText(), clientId);
            assertEquals("username", claimMapper(client, "oidc-usermodel-property-mapper", "upn")
                    .path("user.attribute").asText());
            claimMapper(client, "oidc-usermodel-property-mapper", "preferred_username");
            // Always a JSON array, also for an editor of one municipality: Caller reads a collection.
            JsonNode municipalities = claimMapper(client, "oidc-usermodel-attribute-mapper", Caller.MUNICIPALITIES_CLAIM);
            assertEquals("municipalities", municipalities.path("user.attribute").asText());
            assertEquals("true", municipalities.path("multivalued").asText(), clientId);
        }
    }

    @Test
    void shouldLetBrowsersUseTheCodeFlowWithPkceAndOnlyTheDemoClientUsePasswords() throws IOException {
        JsonNode web = find(realm().path("clients"), "clientId", "twintowns-web");
        assertTrue(web.path("publicClient").asBoolean() && web.path("standardFlowEnabled").asBoolean());
        assertFalse(web.path("directAccessGrantsEnabled").asBoolean());
        assertEquals("S256", web.path("attributes").path("pkce.code.challenge.method").asText());
        assertTrue(web.path("redirectUris").toString().contains("\"http://localhost:8080/*\""), web.toString());
        assertTrue(web.path("webOrigins").toString().contains("\"http://localhost:8080\""), web.toString());
        JsonNode cli = find(realm().path("clients"), "clientId", "twintowns-cli");
        assertTrue(cli.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(cli.path("standardFlowEnabled").asBoolean());
        assertTrue(cli.path("description").asText().contains("DEMO ONLY"));
    }

    @Test
    void shouldGiveTheDemoEditorsTheIdsTheImportGivesJenaAndKassel() throws IOException {
        JsonNode users = realm().path("users");
        JsonNode jena = find(users, "username", "jena-editor");
        JsonNode kassel = find(users, "username", "kassel-editor");
        assertEquals(List.of(OfficialCodeIds.municipality("DE", "16053000").toString()), strings(jena.path("attributes").path("municipalities")));
        assertEquals(List.of(OfficialCodeIds.municipality("DE", "06611000").toString()), strings(kassel.path("attributes").path("municipalities")));
        assertEquals(List.of(Caller.EDITOR), strings(jena.path("realmRoles")));
        assertEquals(List.of(Caller.EDITOR), strings(kassel.path("realmRoles")));
        assertTrue(StreamSupport.stream(users.spliterator(), false)
                .anyMatch(u -> strings(u.path("realmRoles")).contains(Caller.ADMIN)), "an admin");
        users.forEach(u -> assertTrue(u.path("credentials").get(0).path("value").asText().startsWith("demo-only-"),
                "demo passwords say so: " + u.path("username")));
    }

    @Test
    void shouldLetOnlyAdministratorsChangeWhichMunicipalitiesAUserActsFor() throws IOException {
        JsonNode component = realm().path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0);
        JsonNode profile = JSON.readTree(component.path("config").path("kc.user.profile.config").get(0).asText());
        JsonNode attribute = find(profile.path("attributes"), "name", "municipalities");
        assertTrue(attribute.path("multivalued").asBoolean());
        assertEquals(List.of("admin"), strings(attribute.path("permissions").path("edit")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldMakeEveryComposeServiceCheckTheRealmsIssuerAndKeys() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("../docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        Map<String, Object> keycloak = services.get("keycloak");
        Map<String, String> keycloakEnv = (Map<String, String>) keycloak.get("environment");
        String realmName = realm().path("realm").asText();
        String issuer = keycloakEnv.get("KC_HOSTNAME") + "/realms/" + realmName;
        String port = ((List<String>) keycloak.get("ports")).get(0).split(":")[1];
        assertTrue(((List<String>) keycloak.get("volumes")).stream()
                .anyMatch(v -> v.startsWith("./docker/keycloak/twintowns-realm.json:/opt/keycloak/data/import/")));
        assertTrue(((List<String>) keycloak.get("command")).contains("--import-realm"));

        for (String name : List.of("partnerships", "events", "news", "gateway")) {
            Map<String, String> env = (Map<String, String>) services.get(name).get("environment");
            assertEquals(issuer, env.get("TT_JWT_ISSUER"), name);
            assertNotEquals(DevTokenGuard.DEV_ISSUER, env.get("TT_JWT_ISSUER"), name);
            assertEquals("http://keycloak:" + port + "/realms/" + realmName + "/protocol/openid-connect/certs",
                    env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), name);
            Map<String, Object> dependsOn = (Map<String, Object>) services.get(name).get("depends_on");
            assertEquals(Map.of("condition", "service_healthy"), dependsOn.get("keycloak"), name);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
