package dev.agentpool.core.config;

import java.time.Duration;

/**
 * Tunables, from (lowest to highest precedence) defaults, {@code <dir>/config.json}, environment, flags.
 *
 * @param isolationEnabled per-instance files (true) or the legacy shared mode (false)
 * @param heartbeatInterval how often long-lived processes refresh their heartbeat (30 s)
 * @param cleanupInterval how often long-lived processes clean stale instances (3600 s)
 * @param instanceMaxAge heartbeat age after which an instance is stale (3600 s)
 * @param metricFreshness how long a metric file counts in the legacy aggregate (300 s)
 * @param poolSize the shared agent pool all instances draw from (500)
 * @param poolWarning pool fraction at which health turns yellow (0.80)
 * @param poolCritical pool fraction at which health turns red (0.95)
 * @param subagentTimeout a subagent with no stop after this long is dropped from the running set (2 h)
 */
public record AgentPoolConfig(
        boolean isolationEnabled,
        Duration heartbeatInterval,
        Duration cleanupInterval,
        Duration instanceMaxAge,
        Duration metricFreshness,
        int poolSize,
        double poolWarning,
        double poolCritical,
        Duration subagentTimeout) {

    public static AgentPoolConfig defaults() {
        return new AgentPoolConfig(true, Duration.ofSeconds(30), Duration.ofSeconds(3600), Duration.ofSeconds(3600),
                Duration.ofSeconds(300), 500, 0.80, 0.95, Duration.ofHours(2));
    }

    public AgentPoolConfig withPoolSize(int size) {
        return new AgentPoolConfig(isolationEnabled, heartbeatInterval, cleanupInterval, instanceMaxAge,
                metricFreshness, size, poolWarning, poolCritical, subagentTimeout);
    }
}
