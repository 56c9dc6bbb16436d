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
        // two concurrent events).
        InstanceFiles unlocked = files.quiet();
        Plan plan = plan(unlocked, event, process, now);
        if (plan.writesNothing()) {
            return;
        }
        try (InstanceFileLock lock = InstanceFileLock.acquire(ctx.layout(), Optional.of(files.id()))) {
            // The plan is a function of the files' text, the event and the time: if every file still holds the text
            // it was made from (nobody wrote in between), it is what a read under the lock would decide; else (or if
            // a file could not be read, which the locked read then reports) decide again, under the lock.
            if (!unlocked.unchangedOnDisk()) {
                plan = plan(files, event, process, now);
            }
            plan.writeTo(files);
        }
    }

    /** The files one event rewrites (null or negative: left as they are), decided from the files as read. */
    private static final class Plan {
        LockRecord lock;
        ActivityRecord activity;
        long counter = -1;
        StatuslineState state;

        boolean writesNothing() {
            return lock == null && activity == null && counter < 0 && state == null;
        }

        void writeTo(InstanceFiles files) throws IOException {
            if (lock != null) {
                files.writeLock(lock);
            }
            if (activity != null) {
                files.writeActivity(activity);
            }
            if (counter >= 0) {
                files.writeCounter(counter);
            }
            if (state != null) {
                files.writeState(state);
            }
        }
    }

    /** The read-modify-write of one event, without the write: lock heartbeat/registration, activity, counter, lifecycle. */
    private Plan plan(InstanceFiles files, HookEvent event, ClaudeProcess process, Instant now) {
        Plan plan = new Plan();
        Optional<LockRecord> lockBefore = files.readLock();
        LockRecord lockAfter = LockUpdate.apply(lockBefore, files.id(), process, SessionFacts.of(event), now, ctx);
        if (files.lockNeedsWrite(lockBefore, lockAfter, InstanceFiles.heartbeatRefresh(ctx.config().instanceMaxAge()))) {
            plan.lock = lockAfter;
        }
        ActivityRecord before = files.readActivity();
        ActivityRecord after = ActivityTransitions.apply(before, event, now, ctx.config().subagentTimeout());
        if (files.activityNeedsWrite(before, after)) {
            plan.activity = after;
        }
        long running = after.runningSubagents().size();
        if (files.readCounter().orElse(-1L) != running) {
            plan.counter = running;
        }
        LifecycleStep step = LifecycleStep.forEvent(event.name());
        if (step != LifecycleStep.NONE) {
            Optional<StatuslineState> read = files.readState();
            StatuslineState stateBefore = read.isPresent() ? read.get() : StatuslineState.initial();
            StatuslineState stateAfter = step.apply(stateBefore, now);
            if (stateAfter != stateBefore) {
                plan.state = StateDisplay.withAgents(stateAfter, running);
            }
        }
        return plan;
    }
}
