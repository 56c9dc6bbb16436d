package dev.agentpool.claude.statusline;

import dev.agentpool.claude.HotPathContext;
import dev.agentpool.claude.InstanceFiles;
import dev.agentpool.claude.hook.LockUpdate;
import dev.agentpool.claude.hook.StateDisplay;
import dev.agentpool.claude.process.ClaudeProcess;
import dev.agentpool.core.io.InstanceFileLock;
import dev.agentpool.core.metrics.ActivityRecord;
import dev.agentpool.core.metrics.RealtimeMetrics;
import dev.agentpool.core.metrics.StatuslineState;
import dev.agentpool.core.model.LockRecord;
import dev.agentpool.core.model.Lifecycle;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Records one statusLine payload for its instance, under the instance's sidecar lock: heartbeat (or registration;
 * a heartbeat alone is written only when the one on disk is a few seconds old, {@link InstanceFiles#refreshLock})
 * in the lock, and the realtime-metrics file with the legacy keys (agents = subagents running now, executing while
 * a request is ACTIVE, tokens) plus ours (model, cost, session, window size, updated). The legacy confidence score
 * is kept as it was: Claude Code has no equivalent.
 */
public final class StatuslineRecorder {

    private final HotPathContext ctx;

    public StatuslineRecorder(HotPathContext ctx) {
        this.ctx = ctx;
    }

    public void record(InstanceFiles files, ClaudeProcess process, StatuslinePayload payload) throws IOException {
        Instant now = ctx.clock().instant();
        try (InstanceFileLock lock = InstanceFileLock.acquire(ctx.layout(), Optional.of(files.id()))) {
            Optional<LockRecord> lockBefore = files.readLock();
            files.refreshLock(lockBefore, LockUpdate.apply(lockBefore, files.id(), process, payload.facts(), now,
                    ctx), InstanceFiles.heartbeatRefresh(ctx.config().instanceMaxAge()));
            ActivityRecord activity = files.readActivity();
            long agents = activity.runningSubagents().size();
            Optional<StatuslineState> state = files.readState();
            boolean executing = state.isPresent() && state.get().lifecycle() == Lifecycle.ACTIVE;
            Optional<RealtimeMetrics> read = files.readMetrics();
            RealtimeMetrics before = read.isPresent() ? read.get() : RealtimeMetrics.empty();
            if (answeredSinceWaiting(activity, before, payload)) {
                files.writeActivity(new ActivityRecord(activity.runningSubagents(), activity.launchedTotal(),
                        Optional.empty(), activity.ended(), activity.costUsd(), Optional.of(now),
                        activity.recentlyStopped()));
            }
            files.writeMetrics(metrics(before, payload, agents, executing, now));
            if (state.isPresent() && payload.context().isPresent()) {
                updateStateTokens(files, state.get(), payload.context().get());
            }
        }
    }

    /**
     * The hooks see only Agent/Task tool events, so a permission answered for another tool is not reported until
     * the turn ends. The main context only grows when the main session makes an API call, which it cannot do while
     * a permission dialog blocks it: context tokens that changed between two statusline runs after the wait began
     * mean the user has answered.
     */
    static boolean answeredSinceWaiting(ActivityRecord activity, RealtimeMetrics before, StatuslinePayload p) {
        // plain conditionals, not Optional lambdas: this runs in every statusline JVM
        Optional<ActivityRecord.Waiting> waiting = activity.waitingForUser();
        if (waiting.isEmpty() || !(waiting.get().reason().startsWith("permission")
                || waiting.get().reason().startsWith("question"))) {
            return false;
        }
        if (p.context().isEmpty() || before.tokensUsed().isEmpty()) {
            return false;
        }
        boolean seenSinceWait = before.updated().isPresent() && before.updated().get().isAfter(waiting.get().since());
        return seenSinceWait && before.tokensUsed().get() != p.context().get().used();
    }

    private static RealtimeMetrics metrics(RealtimeMetrics before, StatuslinePayload p, long agents,
            boolean executing, Instant now) {
        Optional<ContextUsage> c = p.context();
        Optional<Long> used = c.isPresent() ? Optional.of(c.get().used()) : before.tokensUsed();
        long total = c.isPresent() ? c.get().window() : before.tokensTotal();
        Optional<Double> pct = c.isPresent() ? Optional.of(c.get().percent()) : before.tokensPct();
        Optional<Long> window = c.isPresent() ? Optional.of(c.get().window()) : before.contextWindowSize();
        return new RealtimeMetrics(Optional.of(agents), before.confidence(), Optional.of(executing), used, total,
                pct, pct, or(nonEmpty(p.modelId()), before.model()), or(p.costUsd(), before.costUsd()),
                or(nonEmpty(p.sessionId()), before.sessionId()), window, Optional.of(now));
    }

    private static <T> Optional<T> or(Optional<T> first, Optional<T> second) {
        return first.isPresent() ? first : second;
    }

    private static void updateStateTokens(InstanceFiles files, StatuslineState s, ContextUsage c) throws IOException {
        if (s.tokensUsed() != c.used() || s.tokensTotal() != c.window()) {
            files.writeState(StateDisplay.withTokens(s, c.used(), c.window(), c.percent()));
        }
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
