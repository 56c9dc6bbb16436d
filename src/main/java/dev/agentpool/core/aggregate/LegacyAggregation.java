package dev.agentpool.core.aggregate;

import dev.agentpool.core.metrics.StatuslineState;
import dev.agentpool.core.model.LegacyAggregate;
import dev.agentpool.core.model.LegacyAggregate.AgentEntry;
import dev.agentpool.core.model.LegacyAggregate.ConfidenceEntry;
import dev.agentpool.core.model.LegacyAggregate.StateEntry;
import dev.agentpool.core.model.Lifecycle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The legacy aggregator's numbers with the legacy meaning: a per-instance file counts while its modification time is
 * within {@code freshness} (default 300 s), whatever its lock file says. Agents come from the counter files,
 * confidence from the realtime metrics files (weighted by recency, {@code 1 / (1 + age_s / 60)}; "--" excluded),
 * lifecycle counts and requests from the state files. Empty sets give zeros.
 */
public final class LegacyAggregation {

    private LegacyAggregation() {
    }

    public static LegacyAggregate of(List<InstanceFiles> instances, Instant now, Duration freshness) {
        List<AgentEntry> agents = new ArrayList<>();
        List<ConfidenceEntry> confidences = new ArrayList<>();
        List<StateEntry> states = new ArrayList<>();
        for (InstanceFiles f : instances) {
            String id = f.id().value();
            if (fresh(f.counter(), now, freshness)) {
                agents.add(new AgentEntry(id, (int) Math.min(Integer.MAX_VALUE, f.counter().value()),
                        seconds(f.counter().age(now))));
            }
            if (fresh(f.realtime(), now, freshness) && f.realtime().value().confidence().isPresent()) {
                confidences.add(new ConfidenceEntry(id, f.realtime().value().confidence().get(),
                        seconds(f.realtime().age(now))));
            }
            if (fresh(f.state(), now, freshness)) {
                states.add(stateEntry(id, f.state().value(), seconds(f.state().age(now))));
            }
        }
        return assemble(agents, confidences, states, instances, now, freshness);
    }

    private static LegacyAggregate assemble(List<AgentEntry> agents, List<ConfidenceEntry> conf,
            List<StateEntry> states, List<InstanceFiles> instances, Instant now, Duration freshness) {
        // loops, not streams: the statusline JVM runs this once and each stream lambda costs it a bootstrap
        int total = 0;
        int max = agents.isEmpty() ? 0 : Integer.MIN_VALUE;
        int min = agents.isEmpty() ? 0 : Integer.MAX_VALUE;
        for (AgentEntry a : agents) {
            total += a.agents();
            max = Math.max(max, a.agents());
            min = Math.min(min, a.agents());
        }
        double weighted = 0;
        double weights = 0;
        for (ConfidenceEntry c : conf) {
            double w = 1.0 / (1.0 + Math.max(0, c.ageSeconds()) / 60.0);
            weighted += c.confidence() * w;
            weights += w;
        }
        double avg = weights == 0 ? 0.0 : weighted / weights;
        double maxC = conf.isEmpty() ? 0.0 : Double.NEGATIVE_INFINITY;
        double minC = conf.isEmpty() ? 0.0 : Double.POSITIVE_INFINITY;
        for (ConfidenceEntry c : conf) {
            maxC = Math.max(maxC, c.confidence());
            minC = Math.min(minC, c.confidence());
        }
        long requests = 0;
        for (InstanceFiles f : instances) {
            if (fresh(f.state(), now, freshness)) {
                requests += f.state().value().requestCount();
            }
        }
        return new LegacyAggregate(total, agents.size(), max, min, agents, avg, maxC, minC, conf,
                count(states, Lifecycle.ACTIVE), count(states, Lifecycle.COMPLETING), count(states, Lifecycle.IDLE),
                states.size(), requests, states);
    }

    private static StateEntry stateEntry(String id, StatuslineState s, double age) {
        return new StateEntry(id, s.lifecycle().wireName(), s.executing(), s.agents(), s.tokensDisplay(),
                s.confidence(), age);
    }

    private static int count(List<StateEntry> states, Lifecycle lifecycle) {
        int n = 0;
        for (StateEntry s : states) {
            if (s.lifecycleState().equals(lifecycle.wireName())) {
                n++;
            }
        }
        return n;
    }

    static boolean fresh(FileRead<?> file, Instant now, Duration freshness) {
        return file != null && file.isOk() && file.modified() != null && file.age(now).compareTo(freshness) <= 0;
    }

    private static double seconds(Duration age) {
        return age.toMillis() / 1000.0;
    }
}
