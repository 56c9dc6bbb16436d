package dev.agentpool.ui.notify;

import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Snapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Words for started conditions: one notification per kind, naming up to three instances. */
final class Messages {

    private static final int NAMES_SHOWN = 3;

    private Messages() {
    }

    static List<Notification> summarise(List<Condition> started) {
        Map<NotificationKind, List<Condition>> byKind = new EnumMap<>(NotificationKind.class);
        started.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
        if (byKind.containsKey(NotificationKind.POOL_CRITICAL)) {
            byKind.remove(NotificationKind.POOL_WARNING);
        }
        List<Notification> out = new ArrayList<>();
        byKind.forEach((kind, conditions) -> out.add(message(kind, conditions)));
        return List.copyOf(out);
    }

    private static Notification message(NotificationKind kind, List<Condition> conditions) {
        List<InstanceSnapshot> instances = conditions.stream().flatMap(c -> c.instance().stream()).toList();
        Optional<dev.agentpool.core.id.InstanceId> single =
                instances.size() == 1 ? Optional.of(instances.get(0).id()) : Optional.empty();
        Snapshot s = conditions.get(0).snapshot();
        return switch (kind) {
            case POOL_WARNING, POOL_CRITICAL -> new Notification(kind, poolTitle(s), poolText(s), Optional.empty(),
                    kind == NotificationKind.POOL_CRITICAL);
            case INSTANCE_CRITICAL -> new Notification(kind, plural(instances, "Context almost full"),
                    names(instances) + ": context window nearly used up; start a new session soon.", single, true);
            case WAITING_FOR_USER -> new Notification(kind, plural(instances, "Waiting for you"),
                    waitingText(instances), single, false);
            case NEW_STALE -> new Notification(kind, plural(instances, "Instance went stale"),
                    staleText(instances), single, false);
        };
    }

    private static String poolTitle(Snapshot s) {
        return String.format(Locale.ROOT, "Agent pool %.0f %% used", s.poolUtilisation() * 100);
    }

    private static String poolText(Snapshot s) {
        return s.liveAgents() + " of " + s.poolSize() + " agents are in use by " + s.live().size() + " live instance"
                + (s.live().size() == 1 ? "." : "s.");
    }

    private static String waitingText(List<InstanceSnapshot> instances) {
        if (instances.size() == 1) {
            String reason = instances.get(0).claude().waitingReason();
            return names(instances) + (reason.isBlank() ? " waits for your answer." : " waits for you (" + reason + ").");
        }
        return names(instances) + " wait for your answer.";
    }

    private static String staleText(List<InstanceSnapshot> instances) {
        String reasons = instances.size() == 1
                ? " (" + instances.get(0).stale().map(Object::toString).orElse("") + ")" : "";
        return names(instances) + reasons + " left files behind; open the monitor to clean up.";
    }

    private static String plural(List<InstanceSnapshot> instances, String title) {
        return instances.size() == 1 ? title : title + " (" + instances.size() + ")";
    }

    static String names(List<InstanceSnapshot> instances) {
        List<String> names = instances.stream().limit(NAMES_SHOWN).map(InstanceSnapshot::displayName).toList();
        String text = String.join(", ", names);
        int rest = instances.size() - names.size();
        return rest > 0 ? text + " and " + rest + " more" : text;
    }
}
