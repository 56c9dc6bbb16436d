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
 * alone only when the one on disk is {@link InstanceFiles#REFRESH_AFTER} old ({@link InstanceFiles#refreshLock}). Never throws and never prints: problems go to the diagnostic log.
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
        try (InstanceFileLock lock = InstanceFileLock.acquire(ctx.layout(), Optional.of(files.id()))) {
            Optional<LockRecord> lockBefore = files.readLock();
            files.refreshLock(lockBefore, LockUpdate.apply(lockBefore, files.id(), process, SessionFacts.of(event),
                    now, ctx.host()), InstanceFiles.heartbeatRefresh(ctx.config().instanceMaxAge()));
            ActivityRecord before = files.readActivity();
            ActivityRecord after = ActivityTransitions.apply(before, event, now, ctx.config().subagentTimeout());
            files.refreshActivity(before, after);
            long running = after.runningSubagents().size();
            if (files.readCounter().orElse(-1L) != running) {
                files.writeCounter(running);
            }
            stepLifecycle(files, LifecycleStep.forEvent(event.name()), running, now);
        }
    }

    private void stepLifecycle(InstanceFiles files, LifecycleStep step, long running, Instant now)
            throws IOException {
        if (step == LifecycleStep.NONE) {
            return;
        }
        Optional<StatuslineState> read = files.readState();
        StatuslineState before = read.isPresent() ? read.get() : StatuslineState.initial();
        StatuslineState after = step.apply(before, now);
        if (after != before) {
            files.writeState(StateDisplay.withAgents(after, running));
        }
    }
}
