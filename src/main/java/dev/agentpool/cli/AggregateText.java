package dev.agentpool.cli;

import dev.agentpool.core.format.Decimals;
import dev.agentpool.core.model.InstanceSnapshot;
import dev.agentpool.core.model.LegacyAggregate;
import dev.agentpool.core.model.Problem;
import dev.agentpool.core.model.Snapshot;
import java.io.PrintWriter;

/** The short human lines {@code aggregate} prints without {@code --json}, legacy first, then ours. */
final class AggregateText {

    private AggregateText() {
    }

    static void agents(LegacyAggregate l, PrintWriter out) {
        out.println("Total Agents: " + l.totalAgents() + " across " + l.instanceCount() + " instances");
        if (l.instanceCount() > 0) {
            out.println("Max Agents: " + l.maxAgents() + ", Min Agents: " + l.minAgents());
        }
        // loops, not lambdas: a lambda would be the JVM's first and bootstrap java.lang.invoke (~6 ms of a one-shot run)
        for (LegacyAggregate.AgentEntry e : l.agentBreakdown()) {
            out.println("  " + e.instanceId() + ": " + e.agents() + " agents");
        }
    }

    static void confidence(LegacyAggregate l, PrintWriter out) {
        out.println("Average Confidence: " + Decimals.oneDecimal(l.avgConfidence()) + "% across "
                + l.confidenceBreakdown().size() + " instances");
        if (!l.confidenceBreakdown().isEmpty()) {
            out.println("Max Confidence: " + Decimals.oneDecimal(l.maxConfidence()) + "%, Min Confidence: "
                    + Decimals.oneDecimal(l.minConfidence()) + "%");
        }
    }

    static void state(LegacyAggregate l, PrintWriter out) {
        out.println("Instances: " + l.totalInstances() + " (active " + l.activeInstances() + ", completing "
                + l.completingInstances() + ", idle " + l.idleInstances() + ")");
        out.println("Total Requests: " + l.totalRequests());
    }

    static void all(Snapshot s, PrintWriter out) {
        agents(s.legacy(), out);
        confidence(s.legacy(), out);
        state(s.legacy(), out);
        ours(s, out);
    }

    static void ours(Snapshot s, PrintWriter out) {
        out.println("Pool: " + s.liveAgents() + "/" + s.poolSize() + " agents in use by " + s.live().size()
                + " live instances (" + Decimals.oneDecimal(s.poolUtilisation() * 100) + "%)");
        if (!s.stale().isEmpty()) {
            out.println("Stale: " + s.stale().size() + " instances still holding " + s.staleAgents()
                    + " agents (clean up with: agentpool aggregate --cleanup)");
            for (InstanceSnapshot i : s.stale()) {
                out.println("  " + i.id() + ": " + (i.stale().isPresent() ? i.stale().get().toString() : ""));
            }
        }
        if (!s.problems().isEmpty()) {
            out.println("Skipped " + s.problems().size() + " unreadable files:");
            for (Problem p : s.problems()) {
                out.println("  " + p);
            }
        }
    }
}
