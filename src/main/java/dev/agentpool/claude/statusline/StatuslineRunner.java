package dev.agentpool.claude.statusline;

import dev.agentpool.claude.HotPathContext;
import dev.agentpool.claude.InstanceFiles;
import dev.agentpool.claude.io.DiagnosticLog;
import dev.agentpool.claude.process.ClaudeProcess;
import dev.agentpool.claude.process.ClaudeProcessLocator;
import dev.agentpool.claude.process.InstanceIdentity;
import dev.agentpool.core.format.StatuslineFormatter;
import dev.agentpool.core.id.InstanceId;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.json.JsonException;
import dev.agentpool.core.model.Snapshot;
import java.io.IOException;
import java.util.Map;

/**
 * {@code agentpool statusline}: records the payload (see {@link StatuslineRecorder}), then returns the line to print,
 * built from a fresh snapshot of the whole state directory. Never throws: bad input or a failure gives
 * {@link #FALLBACK} (Claude Code blanks the status line on empty output or a non-zero exit).
 */
public final class StatuslineRunner {

    public static final String FALLBACK = "agentpool: no data";

    /**
     * How the line's fresh snapshot is taken, knowing the instance it is printed for: the command's own is
     * {@code Aggregation.STATUSLINE} (the live instances and this one).
     */
    public interface Snapshots {
        Snapshot take(HotPathContext ctx, InstanceId self);
    }

    private final HotPathContext ctx;
    private final Snapshots snapshots;
    private final DiagnosticLog log;

    public StatuslineRunner(HotPathContext ctx, Snapshots snapshots) {
        this.ctx = ctx;
        this.snapshots = snapshots;
        this.log = ctx.log();
    }

    public String run(String payloadText, boolean compact, boolean colour) {
        InstanceId id;
        try {
            Map<String, Object> json = Json.parseObject(payloadText);
            ClaudeProcess process = new ClaudeProcessLocator(ctx.tree()).locate(ctx.env());
            id = InstanceIdentity.of(process, ctx.offsetAt(InstanceIdentity.startOrEpoch(process)), ctx.env());
            new StatuslineRecorder(ctx).record(new InstanceFiles(ctx.layout(), id, ctx.zone(), log), process,
                    StatuslinePayload.from(json));
        } catch (JsonException e) {
            log.warn("statusline: payload is not a JSON object: " + e.getMessage());
            return FALLBACK;
        } catch (IOException | RuntimeException e) {
            log.warn("statusline: could not record the payload", e);
            return FALLBACK;
        }
        try {
            StatuslineFormatter formatter = new StatuslineFormatter(true, colour);
            var input = LineComposer.compose(snapshots.take(ctx, id), id);
            return compact ? formatter.compact(input) : formatter.full(input);
        } catch (RuntimeException e) {
            log.warn("statusline: could not aggregate", e);
            return FALLBACK;
        }
    }
}
