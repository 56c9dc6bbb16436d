package dev.agentpool.claude.hook;

import dev.agentpool.claude.HotPathContext;
import dev.agentpool.claude.InstanceFiles;
import dev.agentpool.claude.io.DiagnosticLog;
import dev.agentpool.claude.process.ClaudeProcess;
import dev.agentpool.claude.process.ClaudeProcessLocator;
import dev.agentpool.claude.process.InstanceIdentity;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.io.InstanceFileLock;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.json.JsonException;
import dev.agentpool.core.metrics.ActivityRecord;
import dev.agentpool.core.metrics.StatuslineState;
import dev.agentpool.core.model.LockRecord;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * {@code agentpool hook}: one Claude Code hook event → the instance's files. Under the instance's sidecar lock it
 * heartbeats (or registers) the lock file, applies {@link ActivityTransitions}, writes the agent counter (subagents
 * running now) and steps the lifecycle. A file whose content would not change is not rewritten, and a heartbeat
 * alone only when the one on disk is {@link InstanceFiles#REFRESH_AFTER} old ({@link InstanceFiles#lockNeedsWrite});
 * an event that would write nothing takes no lock ({@link #record}). Never throws and never prints: problems go to
 * the diagnostic log.
 */
public final class HookRunner {

    private final HotPathContext ctx;
    private final DiagnosticLog log;

    public HookRunner(HotPathContext ctx) {
        this.ctx = ctx;
        this.log = ctx.log();
    }

    /** Handles one payload; returns the instance it was recorded for, empty when the payload was unusable. */
    public Optional<InstanceId> handle(String payloadText) {
        try {
            Map<String, Object> payload = Json.parseObject(payloadText);
            HookEvent event = HookEvent.from(payload);
            if (event.name().isEmpty()) {
                log.warn("hook: payload has no hook_event_name, ignored");
                return Optional.empty();
            }
            ClaudeProcess process = new ClaudeProcessLocator(ctx.tree()).locate(ctx.env());
            InstanceId id = InstanceIdentity.of(process, ctx.offsetAt(InstanceIdentity.startOrEpoch(process)), ctx.env());
            record(new InstanceFiles(ctx.layout(), id, ctx.zone(), log), event, process);
            return Optional.of(id);
        } catch (JsonException e) {
            log.warn("hook: payload is not a JSON object: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.warn("hook: could not record the event", e);
        }
        return Optional.empty();
    }

    private void record(InstanceFiles files, HookEvent event, ClaudeProcess process) throws IOException {
        Instant now = ctx.clock().instant();
        // First without the lock and without writing: most events Claude Code sends change nothing on disk (a
        // repeated start, a tool event while not waiting, a heartbeat younger than REFRESH_AFTER). Such an event is
        // done once it has read that; it takes no lock, so it opens no FileChannel at all (about 1 ms of a hook JVM,
        // docs/benchmarks.md). Skipping it loses nothing: each file is replaced atomically, so every file read is one
        // a locked writer wrote whole, and an event that changes none of them has the same effect whether it is
        // ordered before or after a concurrent writer's update (which is as good as the locked path can promise for
        // two concurrent events). Anything to write is decided again from a fresh read under the lock.
        if (!update(files.quiet(), event, process, now, false)) {
            return;
        }
        try (InstanceFileLock lock = InstanceFileLock.acquire(ctx.layout(), Optional.of(files.id()))) {
            update(files, event, process, now, true);
        }
    }

    /**
     * The read-modify-write of one event: lock heartbeat/registration, activity, counter, lifecycle. With
     * {@code write} false nothing is written and it stops at the first file that would change. Returns whether a
     * file was (would be) written.
     */
    private boolean update(InstanceFiles files, HookEvent event, ClaudeProcess process, Instant now, boolean write)
            throws IOException {
        boolean changed = false;
        Optional<LockRecord> lockBefore = files.readLock();
        LockRecord lockAfter = LockUpdate.apply(lockBefore, files.id(), process, SessionFacts.of(event), now,
                ctx.host());
        if (files.lockNeedsWrite(lockBefore, lockAfter, InstanceFiles.heartbeatRefresh(ctx.config().instanceMaxAge()))) {
            if (!write) {
                return true;
            }
            files.writeLock(lockAfter);
            changed = true;
        }
        ActivityRecord before = files.readActivity();
        ActivityRecord after = ActivityTransitions.apply(before, event, now, ctx.config().subagentTimeout());
        if (files.activityNeedsWrite(before, after)) {
            if (!write) {
                return true;
            }
            files.writeActivity(after);
            changed = true;
        }
        long running = after.runningSubagents().size();
        if (files.readCounter().orElse(-1L) != running) {
            if (!write) {
                return true;
            }
            files.writeCounter(running);
            changed = true;
        }
        return stepLifecycle(files, LifecycleStep.forEvent(event.name()), running, now, write) || changed;
    }

    private boolean stepLifecycle(InstanceFiles files, LifecycleStep step, long running, Instant now, boolean write)
            throws IOException {
        if (step == LifecycleStep.NONE) {
            return false;
        }
        Optional<StatuslineState> read = files.readState();
        StatuslineState before = read.isPresent() ? read.get() : StatuslineState.initial();
        StatuslineState after = step.apply(before, now);
        if (after == before) {
            return false;
        }
        if (write) {
            files.writeState(StateDisplay.withAgents(after, running));
        }
        return true;
    }
}
