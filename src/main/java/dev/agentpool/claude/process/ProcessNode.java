package dev.agentpool.claude.process;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One process as seen while looking for Claude Code: what {@link ProcessTree} could learn about it.
 *
 * @param executable path of the executable (may be empty when the OS hides it)
 * @param argv the full command line including argv[0] (may be empty when the OS hides it)
 */
public record ProcessNode(long pid, Optional<Instant> startTime, Optional<Long> parentPid, String executable,
                          List<String> argv) {

    public ProcessNode {
        executable = executable == null ? "" : executable;
        argv = argv == null ? List.of() : List.copyOf(argv);
    }
}
