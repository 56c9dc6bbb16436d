package dev.agentpool.claude.process;

import java.util.Map;
import java.util.Optional;

/**
 * Finds the Claude Code process a hook command runs for: {@code CLAUDE_PID} when Claude Code sets it (v2.1.214+),
 * else the nearest ancestor that {@link ClaudeProcessRule} recognises, else the nearest ancestor that is not a
 * shell (Claude Code starts hooks via {@code sh -c}), else this process itself.
 */
public final class ClaudeProcessLocator {

    static final int MAX_DEPTH = 32;

    private final ProcessTree tree;

    public ClaudeProcessLocator(ProcessTree tree) {
        this.tree = tree;
    }

    public ClaudeProcess locate(Map<String, String> env) {
        Optional<Long> fromEnv = parsePid(env.get("CLAUDE_PID"));
        if (fromEnv.isPresent()) {
            long pid = fromEnv.get();
            // only the start time is needed here: not the parent nor the command line
            return new ClaudeProcess(pid, tree.startTime(pid), ClaudeProcess.FoundBy.CLAUDE_PID);
        }
        // plain conditionals, not Optional.or(lambda): the hook JVM should bootstrap no lambda at all
        Optional<ClaudeProcess> claude = ancestor(true);
        if (claude.isPresent()) {
            return claude.get();
        }
        Optional<ClaudeProcess> parent = ancestor(false);
        return parent.isPresent() ? parent.get() : self();
    }

    /** Walks up from our parent: the first Claude Code process, or (when {@code claudeOnly} is false) non-shell. */
    private Optional<ClaudeProcess> ancestor(boolean claudeOnly) {
        Optional<ProcessNode> me = tree.lookup(tree.selfPid());
        Optional<Long> next = me.isPresent() ? me.get().parentPid() : Optional.empty();
        for (int depth = 0; depth < MAX_DEPTH && next.isPresent(); depth++) {
            Optional<ProcessNode> node = tree.lookup(next.get());
            if (node.isEmpty()) {
                return Optional.empty();
            }
            ProcessNode n = node.get();
            if (claudeOnly ? ClaudeProcessRule.isClaude(n) : !ClaudeProcessRule.isShell(n)) {
                ClaudeProcess.FoundBy how = claudeOnly ? ClaudeProcess.FoundBy.PROCESS_TREE
                        : ClaudeProcess.FoundBy.PARENT;
                return Optional.of(new ClaudeProcess(n.pid(), n.startTime(), how));
            }
            if (n.parentPid().isEmpty() || n.parentPid().get() == n.pid()) {
                return Optional.empty();
            }
            next = n.parentPid();
        }
        return Optional.empty();
    }

    private ClaudeProcess self() {
        long pid = tree.selfPid();
        return new ClaudeProcess(pid, tree.startTime(pid), ClaudeProcess.FoundBy.PARENT);
    }

    static Optional<Long> parsePid(String text) {
        if (text == null || text.isBlank() || text.length() > 12) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(text.trim());
            return pid > 0 ? Optional.of(pid) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
