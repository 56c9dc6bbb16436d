package dev.agentpool.ui.notify;

import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import dev.agentpool.core.verify.StatusWord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The notifiable conditions that hold in one snapshot, keyed by what they are about. */
final class Conditions {

    static final String POOL_WARNING = "pool-warning";
    static final String POOL_CRITICAL = "pool-critical";

    private Conditions() {
    }

    /**
     * @param active the keys active in the previous snapshot (pool episodes stay active until use drops below the
     *     threshold minus {@link NotifierRules#REARM_MARGIN})
     */
    static Map<String, Condition> of(Snapshot snapshot, NotifierRules rules, Set<String> active) {
        Map<String, Condition> conditions = new LinkedHashMap<>();
        double use = snapshot.poolUtilisation();
        boolean critical = holds(use, rules.critical(), active.contains(POOL_CRITICAL));
        if (critical) {
            conditions.put(POOL_CRITICAL, new Condition(NotificationKind.POOL_CRITICAL, Optional.empty(), snapshot));
        }
        // Jumping straight past critical counts as the warning episode too: one message, not two.
        if (critical || holds(use, rules.warning(), active.contains(POOL_WARNING))) {
            conditions.put(POOL_WARNING, new Condition(NotificationKind.POOL_WARNING, Optional.empty(), snapshot));
        }
        for (InstanceSnapshot i : snapshot.instances()) {
            addInstance(conditions, i, snapshot);
        }
        return conditions;
    }

    private static void addInstance(Map<String, Condition> conditions, InstanceSnapshot i, Snapshot snapshot) {
        if (i.isStale()) {
            conditions.put("stale:" + i.id(), new Condition(NotificationKind.NEW_STALE, Optional.of(i), snapshot));
            return;
        }
        if (StatusWord.fromText(i.status()).filter(StatusWord.CRITICAL::equals).isPresent()) {
            conditions.put("critical:" + i.id(), new Condition(NotificationKind.INSTANCE_CRITICAL, Optional.of(i), snapshot));
        }
        if (i.claude().waitingForUser()) {
            conditions.put("waiting:" + i.id(), new Condition(NotificationKind.WAITING_FOR_USER, Optional.of(i), snapshot));
        }
    }

    private static boolean holds(double use, double threshold, boolean wasActive) {
        return wasActive ? use >= threshold - NotifierRules.REARM_MARGIN : use >= threshold;
    }
}
