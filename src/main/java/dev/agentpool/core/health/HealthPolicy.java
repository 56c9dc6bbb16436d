package dev.agentpool.core.health;

import dev.agentpool.core.config.AgentPoolConfig;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.verify.StatusWord;

/**
 * Turns a snapshot into the one {@link OverallHealth} the tray shows, with the precedence documented on the enum:
 * RED (pool ≥ critical or a live CRITICAL instance) over YELLOW (pool ≥ warning or a live WARNING instance) over
 * GREY (no live instance, or the directory could not be read) over GREEN. Stale instances never change the colour.
 *
 * @param warning pool fraction (0–1) at which health turns yellow
 * @param critical pool fraction (0–1) at which health turns red
 */
public record HealthPolicy(double warning, double critical) {

    public HealthPolicy {
        if (!(warning > 0) || !(critical >= warning)) {
            throw new IllegalArgumentException("need 0 < warning ≤ critical, got " + warning + " and " + critical);
        }
    }

    public static HealthPolicy from(AgentPoolConfig config) {
        return new HealthPolicy(config.poolWarning(), config.poolCritical());
    }

    public OverallHealth evaluate(Snapshot snapshot) {
        if (snapshot.directoryUnreadable()) {
            return OverallHealth.GREY;
        }
        double pool = snapshot.poolUtilisation();
        if (pool >= critical || anyLive(snapshot, StatusWord.CRITICAL)) {
            return OverallHealth.RED;
        }
        if (pool >= warning || anyLive(snapshot, StatusWord.WARNING)) {
            return OverallHealth.YELLOW;
        }
        return snapshot.live().isEmpty() ? OverallHealth.GREY : OverallHealth.GREEN;
    }

    private static boolean anyLive(Snapshot snapshot, StatusWord word) {
        for (InstanceSnapshot i : snapshot.instances()) {
            if (i.isLive() && StatusWord.fromText(i.status()).filter(word::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
