package dev.agentpool.core.model;

import java.time.Instant;

/** A subagent Claude Code reported as started and not yet stopped. {@code type} may be empty, never null. */
public record Subagent(String agentId, String type, Instant startedAt) {
}
