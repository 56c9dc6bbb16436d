package dev.agentpool.core.config;

import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.io.SafeFiles;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.json.JsonException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads {@link AgentPoolConfig}: defaults, then {@code <dir>/config.json}, then environment variables named
 * {@code AGENTPOOL_} + the upper-cased key (e.g. {@code AGENTPOOL_POOL_SIZE=800}). Keys: isolation_enabled,
 * heartbeat_interval_seconds, cleanup_interval_seconds, instance_max_age_seconds, metric_freshness_seconds,
 * pool_size, pool_warning, pool_critical (fractions 0–1), subagent_timeout_seconds. A missing file is normal; a
 * bad file or bad value keeps the previous value and adds a message — loading never fails.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = "config.json";

    /** The loaded config and what was wrong on the way (one line each, for a log or stderr). */
    public record Loaded(AgentPoolConfig config, List<String> messages) {
        public Loaded {
            messages = List.copyOf(messages);
        }
    }

    private ConfigLoader() {
    }

    public static Loaded load(Path stateDir, Map<String, String> env) {
        List<String> messages = new ArrayList<>();
        ConfigValues values = new ConfigValues(AgentPoolConfig.defaults(), messages);
        Path file = stateDir.resolve(FILE_NAME);
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Outcome<Map<String, Object>> read = SafeFiles.readJsonObject(file);
            if (read.isOk()) {
                for (Map.Entry<String, Object> e : read.value().entrySet()) { // no lambda: hot path (hook JVM)
                    values.apply(e.getKey(), e.getValue(), file.toString());
                }
            } else {
                messages.add(file + ": " + read.reason() + "; using defaults");
            }
        }
        for (String key : ConfigValues.KEYS) {
            String name = "AGENTPOOL_" + key.toUpperCase(Locale.ROOT);
            String text = env.get(name);
            if (text != null && !text.isBlank()) {
                values.apply(key, parseEnv(text.trim()), name);
            }
        }
        return new Loaded(values.config(), messages);
    }

    /** Environment values are JSON scalars ("800", "0.9", "true"); anything else stays a string (and is refused). */
    private static Object parseEnv(String text) {
        try {
            return Json.parse(text);
        } catch (JsonException e) {
            return text;
        }
    }
}
