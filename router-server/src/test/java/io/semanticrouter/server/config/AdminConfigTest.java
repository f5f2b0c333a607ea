package io.semanticrouter.server.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code server.admin} in the file, and the masking of the effective configuration: no embedder, no network. */
class AdminConfigTest {

    private static final String MODELS = """
            models:
              - name: small
                type: demo
            default_model: small
            """;

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    private RouterConfig load(String yaml) throws IOException {
        Path f = dir.resolve("router.yaml");
        Files.writeString(f, yaml);
        return RouterConfig.load(f, env::get);
    }

    @Test
    void theAdminTokenComesFromItsVariableAndOnlyThatTokenPasses() throws IOException {
        env.put("ADMIN_TOKEN", "  adm-9d8c7b  ");
        RouterConfig c = load("server:\n  admin:\n    token_env: ADMIN_TOKEN\n" + MODELS);
        TokenAuth admin = c.adminAuth().orElseThrow();
        assertThat(admin.authenticate("adm-9d8c7b")).isPresent();
        assertThat(admin.authenticate("adm-9d8c7")).isEmpty();
        assertThat(admin.authenticate(null)).isEmpty();
        assertThat(admin.toString()).doesNotContain("adm-9d8c7b");
        assertThat(load(MODELS).adminAuth()).isEmpty();
    }

    @Test
    void aMissingOrUnsetAdminVariableIsAProblemAtItsKey() {
        assertThatThrownBy(() -> load("server:\n  admin: {}\n" + MODELS)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("server.admin.token_env: is required");
        assertThatThrownBy(() -> load("server:\n  admin:\n    token_env: NOT_SET_HERE\n" + MODELS))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("server.admin.token_env: environment variable NOT_SET_HERE is not set");
        assertThatThrownBy(() -> load("server:\n  admin:\n    token: abc\n" + MODELS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("token");
    }

    @Test
    void theEffectiveConfigurationNamesVariablesAndHidesValues() throws IOException {
        env.put("ADMIN_TOKEN", "adm-41f0aa");
        env.put("TEAM_TOKEN", "team-77e1bb");
        RouterConfig c = load("""
                server:
                  admin:
                    token_env: ADMIN_TOKEN
                  auth:
                    tokens:
                      - token_env: TEAM_TOKEN
                        tenant: team-a
                semantic_cache:
                  similarity_threshold: 0.9
                """ + MODELS);
        ObjectNode json = EffectiveConfig.json(c);
        String text = json.toString();
        assertThat(text).doesNotContain("adm-41f0aa").doesNotContain("team-77e1bb");
        assertThat(json.path("server").path("admin").path("token_env").asText()).isEqualTo("ADMIN_TOKEN");
        assertThat(json.path("server").path("port").asInt()).isEqualTo(ServerConfig.DEFAULT_PORT);
        assertThat(json.path("semantic_cache").path("similarity_threshold").asDouble()).isEqualTo(0.9);
        assertThat(json.path("semantic_cache").path("max_entries").asInt())
                .isEqualTo(SemanticCacheConfig.DEFAULT_MAX_ENTRIES);
        assertThat(json.path("models").path(0).path("name").asText()).isEqualTo("small");
    }

    @Test
    void secretLookingKeysAndUrlUserInfoAreMasked() throws IOException {
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree("""
                {"api_key": "sk-live-123", "api_key_env": "OPENAI_KEY", "nested": [{"password": "hunter2x"},
                 {"base_url": "https://alice:s3cr3tpw@llm.example.com/v1"}, "http://bob:pw9@h/x"],
                 "token": null, "plain": "http://example.com/v1", "tokens": [{"token_env": "T"}]}
                """);
        EffectiveConfig.mask(node);
        String text = node.toString();
        assertThat(text).doesNotContain("sk-live-123").doesNotContain("hunter2x").doesNotContain("s3cr3tpw")
                .doesNotContain("alice").doesNotContain("pw9");
        assertThat(node.path("api_key").asText()).isEqualTo(EffectiveConfig.MASK);
        assertThat(node.path("api_key_env").asText()).isEqualTo("OPENAI_KEY");
        assertThat(node.path("nested").path(1).path("base_url").asText()).isEqualTo("https://***@llm.example.com/v1");
        assertThat(node.path("nested").path(2).asText()).isEqualTo("http://***@h/x");
        assertThat(node.path("token").isNull()).isTrue();
        assertThat(node.path("plain").asText()).isEqualTo("http://example.com/v1");
        assertThat(node.path("tokens").path(0).path("token_env").asText()).isEqualTo("T");
    }
}
