package dev.agentpool.core.registry;

import java.time.Instant;
import java.util.Optional;

/** What the OS says about a running process. Start time and command may be unknown on some platforms. */
public record ProcessInfo(long pid, Optional<Instant> startTime, Optional<Long> parentPid, Optional<String> command) {
}
