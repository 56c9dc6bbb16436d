package dev.agentpool.export;

import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.Lifecycle;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot.InfoDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot.StateSetDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The per-instance series. Every numeric series carries only the identity labels {@code host} and
 * {@code instance_id}, which never change over an instance's life; the descriptive labels that can change (the
 * readable name, the model, the stale reason) live on {@code agentpool_instance_info} alone, to be joined in
 * queries. So a model switch or a session rename never breaks a graph line. See
 * docs/decisions/export-metric-labels.md.
 */
final class InstanceMetrics {

    private static final Unit TOKENS = new Unit("tokens");

    private final GaugeSnapshot.Builder agents = gauge("agentpool_instance_agents",
            "Subagents running in this instance now", null);
    private final CounterSnapshot.Builder launched = CounterSnapshot.builder().name("agentpool_instance_agents_launched")
            .help("Subagents launched over the life of this instance");
    private final CounterSnapshot.Builder requests = CounterSnapshot.builder().name("agentpool_instance_requests")
            .help("Requests (turns) completed by this instance");
    private final GaugeSnapshot.Builder tokensUsed = gauge("agentpool_instance_context_used_tokens",
            "Context tokens in use", TOKENS);
    private final GaugeSnapshot.Builder tokensWindow = gauge("agentpool_instance_context_window_tokens",
            "Context window size", TOKENS);
    private final StateSetSnapshot.Builder lifecycle = StateSetSnapshot.builder().name("agentpool_instance_lifecycle")
            .help("Request lifecycle: active, completing or idle");
    private final GaugeSnapshot.Builder waiting = gauge("agentpool_instance_waiting_for_user",
            "1 while Claude Code waits for the user (permission dialog or prompt), else 0", null);
    private final GaugeSnapshot.Builder waitingFor = gauge("agentpool_instance_waiting_for_user_seconds",
            "How long this instance has been waiting for the user; 0 when not waiting", Unit.SECONDS);
    private final GaugeSnapshot.Builder heartbeatAge = gauge("agentpool_instance_heartbeat_age_seconds",
            "Time since the instance's last heartbeat (absent when it has none)", Unit.SECONDS);
    private final GaugeSnapshot.Builder stale = gauge("agentpool_instance_stale",
            "1 when the instance is stale (reason on agentpool_instance_info), 0 when live", null);
    private final InfoSnapshot.Builder info = InfoSnapshot.builder().name("agentpool_instance")
            .help("Descriptive labels of an instance: readable name, model, stale reason (empty when live)");

    private InstanceMetrics() {
    }

    static List<MetricSnapshot> of(List<InstanceSnapshot> instances, String host, Instant takenAt) {
        InstanceMetrics metrics = new InstanceMetrics();
        for (InstanceSnapshot instance : instances) {
            metrics.add(instance, Labels.of("host", host, "instance_id", instance.id().value()), takenAt);
        }
        return metrics.build();
    }

    private void add(InstanceSnapshot i, Labels id, Instant takenAt) {
        agents.dataPoint(point(id, i.agents().value()));
        launched.dataPoint(CounterDataPointSnapshot.builder().labels(id).value(i.claude().launchedTotal()).build());
        requests.dataPoint(CounterDataPointSnapshot.builder().labels(id).value(i.requestCount()).build());
        tokensUsed.dataPoint(point(id, i.tokensUsed().value()));
        tokensWindow.dataPoint(point(id, i.tokensTotal().value()));
        lifecycle.dataPoint(lifecyclePoint(id, i.lifecycle().value()));
        boolean isWaiting = i.claude().waitingForUser();
        waiting.dataPoint(point(id, isWaiting ? 1 : 0));
        waitingFor.dataPoint(point(id, isWaiting ? waitedSeconds(i, takenAt) : 0));
        i.heartbeatAge().ifPresent(age -> heartbeatAge.dataPoint(point(id, HostMetrics.seconds(age))));
        stale.dataPoint(point(id, i.isStale() ? 1 : 0));
        info.dataPoint(InfoDataPointSnapshot.builder().labels(id.merge(Labels.of(
                "name", i.displayName(),
                "model", i.claude().model(),
                "stale_reason", i.stale().map(r -> r.kind().name().toLowerCase(java.util.Locale.ROOT)).orElse(""))))
                .build());
    }

    private List<MetricSnapshot> build() {
        return List.of(agents.build(), launched.build(), requests.build(), tokensUsed.build(), tokensWindow.build(),
                lifecycle.build(), waiting.build(), waitingFor.build(), heartbeatAge.build(), stale.build(),
                info.build());
    }

    private static double waitedSeconds(InstanceSnapshot i, Instant takenAt) {
        Instant since = i.claude().waitingSince();
        return since == null ? 0 : Math.max(0.0, HostMetrics.seconds(Duration.between(since, takenAt)));
    }

    private static StateSetDataPointSnapshot lifecyclePoint(Labels id, Lifecycle current) {
        StateSetDataPointSnapshot.Builder b = StateSetDataPointSnapshot.builder().labels(id);
        for (Lifecycle state : Lifecycle.values()) {
            b.state(state.wireName(), state == current);
        }
        return b.build();
    }

    private static GaugeSnapshot.Builder gauge(String name, String help, Unit unit) {
        return GaugeSnapshot.builder().name(name).help(help).unit(unit);
    }

    private static GaugeDataPointSnapshot point(Labels labels, double value) {
        return GaugeDataPointSnapshot.builder().labels(labels).value(value).build();
    }
}
