package dev.agentpool.claude.demo;

import dev.agentpool.claude.HotPathContext;
import dev.agentpool.claude.hook.HookRunner;
import dev.agentpool.claude.statusline.StatuslineRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One simulated Claude Code window: a script of 40 one-second steps (prompt, subagents rising then falling, turn
 * end), replayed forever through the real hook and statusline code. The window with {@code waits} asks for a
 * permission for a long stretch of each cycle, like a window that needs its user.
 */
final class DemoWindow {

    static final int CYCLE = 40;
    private static final String[] TYPES = {"Explore", "Plan", "general-purpose", "code-reviewer"};

    private final int index;
    private final HotPathContext ctx;
    private final DemoPayloads payloads;
    private final boolean waits;
    private final StatuslineRunner.Snapshots snapshots;
    private final List<String> running = new ArrayList<>();
    private final Random random;
    private int step;

    DemoWindow(int index, HotPathContext ctx, boolean waits, StatuslineRunner.Snapshots snapshots) {
        this.index = index;
        this.ctx = ctx;
        this.waits = waits;
        this.snapshots = snapshots;
        this.random = new Random(index * 7919L);
        this.payloads = new DemoPayloads(String.format("%08x-demo-4a1b-9c2d-%012d", index * 2654435761L & 0xffffffffL,
                index), "/home/demo/project-" + (char) ('a' + index));
        this.step = index * 3;
    }

    void open() {
        hook(payloads.sessionStart());
    }

    /** Runs one step of the script; returns the window's status line. */
    String tick() {
        int phase = step++ % CYCLE;
        int peak = 2 + index * 2;
        if (phase == 0) {
            hook(payloads.prompt());
        } else if (phase <= 14 && running.size() < peak) {
            startSubagent();
        } else if (phase > 18 && phase < 30 && !running.isEmpty() && phase % 2 == 0) {
            String id = running.remove(0);
            hook(payloads.subagent("SubagentStop", id, TYPES[Math.abs(id.hashCode()) % TYPES.length]));
        } else if (phase == 32) {
            hook(payloads.stop(List.copyOf(running.subList(0, Math.min(1, running.size())))));
            running.subList(1, Math.max(1, running.size())).clear();
        }
        waitingScript(phase);
        long tokens = 18_000 + (long) phase * 2_500 + index * 9_000L;
        return new StatuslineRunner(ctx, snapshots).run(payloads.statusLine(tokens, 0.05 * step), false, false);
    }

    private void waitingScript(int phase) {
        if (!waits) {
            return;
        }
        if (phase == 6) {
            hook(payloads.permissionRequest("Bash"));
        } else if (phase == 12) {
            hook(payloads.notification("permission_prompt", "Claude needs your permission to use Bash"));
        }
        // the Stop of phase 32 ends the wait: the user answered and the turn finished
    }

    private void startSubagent() {
        String id = Long.toHexString(random.nextLong() | Long.MIN_VALUE);
        running.add(id);
        hook(payloads.subagent("SubagentStart", id, TYPES[Math.abs(id.hashCode()) % TYPES.length]));
    }

    private void hook(String payload) {
        new HookRunner(ctx).handle(payload);
    }

    int index() {
        return index;
    }
}
