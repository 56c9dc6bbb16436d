package dev.agentpool.ui.tray;

import dev.agentpool.core.format.StatuslineFormatter;
import dev.agentpool.core.format.StatuslineInput;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The seed's compact line for the whole pool, e.g. {@code A:25/145(5) T:7.5% C:99.2%}, formatted by core's
 * {@link StatuslineFormatter}. With no "current instance" in the tray, the figures mean: A = agents of live
 * instances / agents in the legacy aggregate (fresh metric files, stale ones included) (legacy instance count);
 * T = the highest context use of a live instance (the one closest to trouble); C = the legacy average confidence.
 */
public final class PoolStatusline {

    private static final StatuslineFormatter FORMATTER = new StatuslineFormatter(true);

    private PoolStatusline() {
    }

    public static String compact(Snapshot snapshot) {
        return FORMATTER.compact(input(snapshot));
    }

    static StatuslineInput input(Snapshot snapshot) {
        OptionalDouble maxTokens = snapshot.live().stream().mapToDouble(i -> i.tokensPct().value()).max();
        int total = snapshot.legacy() == null ? snapshot.liveAgents() + snapshot.staleAgents()
                : snapshot.legacy().totalAgents();
        int count = snapshot.legacy() == null ? snapshot.instances().size() : snapshot.legacy().instanceCount();
        double confidence = snapshot.legacy() == null ? 0 : snapshot.legacy().avgConfidence();
        long used = snapshot.live().stream().mapToLong(i -> i.tokensUsed().value()).max().orElse(0);
        long window = snapshot.live().stream().map(InstanceSnapshot::tokensTotal).mapToLong(s -> s.value())
                .max().orElse(StatuslineInput.DEFAULT_TOKENS_TOTAL);
        return new StatuslineInput(snapshot.liveAgents(), Optional.of(total), Optional.of(count), used, window,
                Optional.of(maxTokens.orElse(0)), confidence, "");
    }
}
