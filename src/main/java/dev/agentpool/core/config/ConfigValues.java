package dev.agentpool.core.config;

import dev.agentpool.core.json.Json;
import java.time.Duration;
import java.util.List;

/** Applies one config key at a time to an {@link AgentPoolConfig}, refusing bad values with a message. */
final class ConfigValues {

    static final List<String> KEYS = List.of("isolation_enabled", "heartbeat_interval_seconds",
            "cleanup_interval_seconds", "instance_max_age_seconds", "metric_freshness_seconds", "pool_size",
            "pool_warning", "pool_critical", "subagent_timeout_seconds");

    private static final long MAX_SECONDS = 366L * 24 * 3600;

    private final List<String> messages;
    private boolean isolation;
    private Duration heartbeat;
    private Duration cleanup;
    private Duration maxAge;
    private Duration freshness;
    private int poolSize;
    private double warning;
    private double critical;
    private Duration subagentTimeout;

    ConfigValues(AgentPoolConfig c, List<String> messages) {
        this.messages = messages;
        isolation = c.isolationEnabled();
        heartbeat = c.heartbeatInterval();
        cleanup = c.cleanupInterval();
        maxAge = c.instanceMaxAge();
        freshness = c.metricFreshness();
        poolSize = c.poolSize();
        warning = c.poolWarning();
        critical = c.poolCritical();
        subagentTimeout = c.subagentTimeout();
    }

    void apply(String key, Object value, String origin) {
        switch (key) {
            case "isolation_enabled" -> {
                if (value instanceof Boolean b) {
                    isolation = b;
                } else {
                    refuse(origin, key, "expected true or false, found " + Json.typeName(value));
                }
            }
            case "heartbeat_interval_seconds" -> heartbeat = seconds(key, value, origin, heartbeat);
            case "cleanup_interval_seconds" -> cleanup = seconds(key, value, origin, cleanup);
            case "instance_max_age_seconds" -> maxAge = seconds(key, value, origin, maxAge);
            case "metric_freshness_seconds" -> freshness = seconds(key, value, origin, freshness);
            case "subagent_timeout_seconds" -> subagentTimeout = seconds(key, value, origin, subagentTimeout);
            case "pool_size" -> poolSize = (int) whole(key, value, origin, poolSize, 1_000_000);
            case "pool_warning" -> warning = fraction(key, value, origin, warning);
            case "pool_critical" -> critical = fraction(key, value, origin, critical);
            default -> messages.add(origin + ": unknown key '" + key + "' ignored");
        }
    }

    AgentPoolConfig config() {
        if (warning > critical) {
            messages.add("pool_warning " + warning + " is above pool_critical " + critical + "; using both defaults");
            AgentPoolConfig d = AgentPoolConfig.defaults();
            warning = d.poolWarning();
            critical = d.poolCritical();
        }
        return new AgentPoolConfig(isolation, heartbeat, cleanup, maxAge, freshness, poolSize, warning, critical,
                subagentTimeout);
    }

    private Duration seconds(String key, Object value, String origin, Duration previous) {
        return Duration.ofSeconds(whole(key, value, origin, previous.toSeconds(), MAX_SECONDS));
    }

    private long whole(String key, Object value, String origin, long previous, long max) {
        if (value instanceof Long l && l >= 1 && l <= max) {
            return l;
        }
        refuse(origin, key, "expected a whole number from 1 to " + max + ", found " + describe(value));
        return previous;
    }

    private double fraction(String key, Object value, String origin, double previous) {
        if (value instanceof Number n && n.doubleValue() > 0 && n.doubleValue() <= 1) {
            return n.doubleValue();
        }
        refuse(origin, key, "expected a fraction above 0 and at most 1, found " + describe(value));
        return previous;
    }

    private static String describe(Object value) {
        return value instanceof Number || value instanceof Boolean ? String.valueOf(value) : Json.typeName(value);
    }

    private void refuse(String origin, String key, String why) {
        messages.add(origin + ": " + key + ": " + why + "; keeping the previous value");
    }
}
