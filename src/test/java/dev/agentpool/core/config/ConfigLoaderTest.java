package dev.agentpool.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void usesTheDefaultsWithoutAFile() {
        ConfigLoader.Loaded loaded = ConfigLoader.load(dir, Map.of());
        assertThat(loaded.config()).isEqualTo(AgentPoolConfig.defaults());
        assertThat(loaded.messages()).isEmpty();
    }

    @Test
    void readsEveryKeyOfTheFile() throws Exception {
        Files.writeString(dir.resolve("config.json"), """
                {"isolation_enabled": false, "heartbeat_interval_seconds": 10, "cleanup_interval_seconds": 600,
                 "instance_max_age_seconds": 1800, "metric_freshness_seconds": 120, "pool_size": 800,
                 "pool_warning": 0.7, "pool_critical": 0.9, "subagent_timeout_seconds": 3600}
                """);
        ConfigLoader.Loaded loaded = ConfigLoader.load(dir, Map.of());
        assertThat(loaded.messages()).isEmpty();
        assertThat(loaded.config()).isEqualTo(new AgentPoolConfig(false, Duration.ofSeconds(10), Duration.ofSeconds(600),
                Duration.ofSeconds(1800), Duration.ofSeconds(120), 800, 0.7, 0.9, Duration.ofHours(1)));
    }

    @Test
    void theEnvironmentOverridesTheFile() throws Exception {
        Files.writeString(dir.resolve("config.json"), "{\"pool_size\": 800}");
        Map<String, String> env = Map.of("AGENTPOOL_POOL_SIZE", "1000", "AGENTPOOL_ISOLATION_ENABLED", "false");
        AgentPoolConfig config = ConfigLoader.load(dir, env).config();
        assertThat(config.poolSize()).isEqualTo(1000);
        assertThat(config.isolationEnabled()).isFalse();
    }

    @Test
    void aCorruptFileGivesTheDefaultsAndAMessage() throws Exception {
        Files.writeString(dir.resolve("config.json"), "{pool_size: 800");
        ConfigLoader.Loaded loaded = ConfigLoader.load(dir, Map.of());
        assertThat(loaded.config()).isEqualTo(AgentPoolConfig.defaults());
        assertThat(loaded.messages()).singleElement().asString().contains("config.json").contains("not valid JSON");
    }

    @Test
    void badValuesKeepThePreviousValueWithAMessageEach() throws Exception {
        Files.writeString(dir.resolve("config.json"), """
                {"pool_size": -5, "heartbeat_interval_seconds": "soon", "pool_warning": NaN, "colour": "red"}
                """);
        ConfigLoader.Loaded loaded = ConfigLoader.load(dir, Map.of("AGENTPOOL_POOL_CRITICAL", "lots"));
        assertThat(loaded.config()).isEqualTo(AgentPoolConfig.defaults());
        assertThat(loaded.messages()).hasSize(5)
                .anyMatch(m -> m.contains("pool_size") && m.contains("-5"))
                .anyMatch(m -> m.contains("AGENTPOOL_POOL_CRITICAL"))
                .anyMatch(m -> m.contains("unknown key 'colour'"));
    }

    @Test
    void aWarningAboveTheCriticalLevelFallsBackToTheDefaults() {
        Map<String, String> env = Map.of("AGENTPOOL_POOL_WARNING", "0.99", "AGENTPOOL_POOL_CRITICAL", "0.5");
        ConfigLoader.Loaded loaded = ConfigLoader.load(dir, env);
        assertThat(loaded.config().poolWarning()).isEqualTo(0.80);
        assertThat(loaded.config().poolCritical()).isEqualTo(0.95);
        assertThat(loaded.messages()).hasSize(1);
    }
}
