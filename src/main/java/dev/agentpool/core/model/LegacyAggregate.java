package dev.agentpool.core.model;

import java.util.List;

/**
 * The legacy aggregator's figures, with its meaning: a metric file counts while its modification time is within
 * the metric freshness window (default 300 s), whatever its lock file says. Kept so old scripts see the same
 * numbers; every field maps to a key of the legacy JSON.
 */
public record LegacyAggregate(
        int totalAgents,
        int instanceCount,
        int maxAgents,
        int minAgents,
        List<AgentEntry> agentBreakdown,
        double avgConfidence,
        double maxConfidence,
        double minConfidence,
        List<ConfidenceEntry> confidenceBreakdown,
        int activeInstances,
        int completingInstances,
        int idleInstances,
        int totalInstances,
        long totalRequests,
        List<StateEntry> stateBreakdown) {

    public LegacyAggregate {
        agentBreakdown = List.copyOf(agentBreakdown);
        confidenceBreakdown = List.copyOf(confidenceBreakdown);
        stateBreakdown = List.copyOf(stateBreakdown);
    }

    public record AgentEntry(String instanceId, int agents, double ageSeconds) {
    }

    public record ConfidenceEntry(String instanceId, double confidence, double ageSeconds) {
    }

    public record StateEntry(String instanceId, String lifecycleState, boolean executing, String agents,
                             String tokensDisplay, String confidence, double ageSeconds) {
    }
}
